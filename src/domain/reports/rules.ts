// The guideline rules the reports cite, quoted from the sources (../shared/seeds), one place.

export const RULES = {
  registerThenPurge: 'Kramfors 5.2: allmänna handlingar ska vidarebefordras för diarieföring och sedan gallras',
  purgeSoon: 'Kramfors 5.2: e-post som ska gallras gallras så fort det är möjligt eller när den inte är aktuell',
  decideEach: 'Kramfors 5.2: var och en måste själv bedöma om e-posten är en allmän handling',
  emptyDeleted: 'Kramfors 5.2: håll inkorg, utkorg (skickat) och papperskorgen så tomma som möjligt',
  emptyYearly: 'Mjölby: Töm brevlådan regelbundet, minst en gång per år',
  outOfOffice: 'Mjölby: Vid all frånvaro ska ett frånvaromeddelande skapas',
  logRequest: 'Kramfors 5.3: allmänhet och media har rätt att begära ut e-postloggar för de senaste 30 dagarna',
} as const;
