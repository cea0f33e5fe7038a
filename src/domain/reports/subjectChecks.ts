// Subject-line checks for the exposure report: Luhn-valid personnummer and words naming an
// individual's health, social-services or pupil matter. Stand-ins with the same signatures as the
// classifier's findPersonnummer/detectSekretess (src/domain/classify), used until that lands.

const PNR = /(?<!\d)(?:(\d{2}))?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)(?!\d)/g;

function luhnOk(nine: string, check: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(d / 10) + (d % 10);
  }
  return (10 - (sum % 10)) % 10 === Number(check);
}

function validDate(month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  // Samordningsnummer add 60 to the day.
  const dd = d > 60 ? d - 60 : d;
  return m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
}

/** Luhn-valid personnummer (and samordningsnummer) in the text, as written. */
export function findPersonnummer(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PNR)) {
    const [whole, , yy, mm, dd, , serial, check] = m;
    if (validDate(mm, dd) && luhnOk(`${yy}${mm}${dd}${serial}`, check)) found.push(whole);
  }
  return found;
}

const MATTERS: { kind: string; pattern: RegExp }[] = [
  { kind: 'socialtjänst', pattern: /\b(försörjningsstöd|ekonomiskt bistånd|orosanmälan|socialtjänst\w*|lss[- ]?\w*|hemtjänst\w*|placering\w*|vårdnad\w*|umgängesstöd|missbruk\w*|lvu|lvm|skyddat boende)\b/iu },
  { kind: 'hälsa', pattern: /\b(diagnos\w*|sjukskriv\w*|journal(?:en|anteckning\w*)?|vårdcentral\w*|psykiatri\w*|läkarintyg\w*|sjukdom\w*|cancer|depression)\b/iu },
  { kind: 'elevärende', pattern: /\b(elevhälsa\w*|kränkning\w*|åtgärdsprogram\w*|skolpsykolog\w*|särskilt stöd|elevärende\w*)\b/iu },
];

/** The first individual matter the text names, with the words that show it. */
export function detectSekretess(text: string): { kind: string; evidence: string } | null {
  for (const { kind, pattern } of MATTERS) {
    const m = pattern.exec(text);
    if (m) return { kind, evidence: `"${m[0]}"` };
  }
  return null;
}
