// detectSekretess: content that is or may be covered by secrecy — an individual's health, social services or a pupil's case.

import { PatternSet } from '../text/patternSet';
import { excerptAt, wordRe } from '../text/words';

interface SekretessRule {
  kind: string;
  pattern: RegExp;
}

// Sensitive matters; each needs an individual in the text (INDIVIDUAL) unless it names secrecy itself.
const RULES: SekretessRule[] = [
  {
    kind: 'hälsa',
    pattern: wordRe(
      String.raw`\b(skolsköterska\w*|skolläkare\w*|bup|hjärtsvikt|rullator\w*|tandreglering\w*|tooth ?pain|toothache|diagnos(en)?|adhd|autism\w*|alzheimer|demens|funktionsnedsättning\w*|utvecklingsstörning|intellektuell funktionsnedsättning|neuropsykiatrisk\w*|sjukhus(et)?|medicin(en|erna)?|avvikelserapport|psykiatri\w*|självmord\w*|inte vilja leva|skada sig själv|` +
        String.raw`astma|diabetes|insulin\w*|parkinson|stroke|dialys\w*|depression\w*|cancer\w*|epilepsi|dyslexi|sjukskriven|sjukskrivning\w*|psykisk[at]? (sjukdom|ohälsa)|missbruk\w*|infektion(en)?|hjärtinfarkt|ramlat (hemma|i hemmet|i badrummet|i duschen)|tandvärk|implantat\w*|glömmer att äta|tappat [\p{L}\d ]{0,10}kilo|journal(en)?|lex maria|läkarintyg\w*|rullstol(en)?|` +
        String.raw`uttorkad|inlagd|vårdas (på|vid|i)|ligger på (avd|avdelning|sjukhus|akuten|iva|geriatrik)\w*|psykakut\w*|akutmottagning\w*|geriatrik\w*|leva(?<=(inte|ville inte|vill inte) (vilja |ville |vill )?leva)|självmordstank\w*|suicid\w*|skickades hem|remiss(en)? till|provsvar(et)?|(mammas|pappas|sons|dotters|makes|makas|frus|mans|barns) (vård|behandling|sjukdom|hälsa|medicinering))\b`,
    ),
  },
  {
    kind: 'socialtjänst',
    pattern: wordRe(
      String.raw`\b(lvu|lvm|omedelbart omhändertagande|omhändertag\w*|placeringsärende\w*|samverkansteam\w*|sjukpenning\w*|utmattningssyndrom\w*|fallit(?<=(har|hade) fallit)|fallolyck\w*|skyddade personuppgifter|inte få mat|väntar på (en )?plats (på|i)|väntat på (en )?plats (på|i)|boendeplats\w*|skyddad identitet|sekretessmarkering\w*|kvarskrivning\w*|socialen|boendestöd\w*|försörjningsstöd\w*|ekonomiskt bistånd|bistånd(sbeslut)?|orosanmälan|lss-?\w*|placerad i familjehem|placerad|familjehem\w*|hvb|skrik och bråk|hör (vi )?skrik|rädd att något ska hända barnen|hända något med barnen|far illa|inte får mat|socialtjänsten (får veta|har sagt|säger)|verkar påverkad|min akt|hemtjänst(en)? (hos|till|för) (min|mitt|hans|hennes)|har ingen hemtjänst|god man för|förvaltare för|huvudman(nen|nens)?|årsräkning(en)? för|särskilt boende|klarar sig inte|` +
        String.raw`(hemtjänst|boendestöd|trygghetslarm|ledsagning|avlösning)(?<=(hon|han) (har|får|fick|beviljades|nekades) (ingen )?(hemtjänst|boendestöd|trygghetslarm|ledsagning|avlösning))|trygghetslarm\w*)\b`,
    ),
  },
  {
    kind: 'elevärende',
    pattern: wordRe(
      String.raw`\b(åtgärdsprogram\w*|särskilt stöd|extra anpassningar|anpassningar|elevhälsa\w*|kränkande behandling|kränkningar av (eleven|andra elever)|resursperson|specialpedagog\w*|stöd i skolan|elevärende\w*|mobbad|mobbas|mobbning\w*|betyg(en)?|skolgång(en)?|hotat (två |en )?(klasskamrat|elev)\w*)\b`,
    ),
  },
];

// An identifiable individual: a relative, neighbour or colleague, the writer's own condition, a named patient or pupil, an age, a personnummer.
const INDIVIDUAL = wordRe(
  String.raw`\b(min|mitt|mina|vår|vårt|hans|hennes|din|ditt|dina|er|ert|era) (son|dotter|mamma|mor|pappa|far|barn|bror|syster|man|fru|make|maka|sambo|mormor|farmor|morfar|farfar|granne|kollega|arbetskamrat|vän|väninna|barnbarn|svärmor|svärfar|svärdotter|svärson)s?\b|` +
    String.raw`\b(eleven|en elev|brukaren|patienten|en patient|pojken|flickan|barnen hos|mamman|personen|en enskild|enskilda barn|grannen|honom|henne)\b|\b(jag|han|hon) (har|är|sitter|fick|blev|var)\b|\b\d{1,3} år\b|\b\d0-årsåldern|\b\d{6,8}[-+]?\d{4}\b`,
);

// Secrecy named outright, or a procurement bid (OSL 19:3: secret until the award is decided).
const NAMED_SECRECY = wordRe(
  String.raw`\b((skicka|skriv|mejla) (helst |gärna )?(inte|inga) (mer |fler )?(uppgifter|personuppgifter|personnummer)|av hänsyn till (din|er|hans|hennes) integritet|omfattas av sekretess|sekretessbelagd\w*|sekretessuppgift\w*|sekretessärende|sekretessbilaga\w*|under sekretess|begär(er|an om)? sekretess|(lämnar|lämna|härmed) anbud|anbud(et)? (i|avseende) upphandling\w*|vårt anbud|` +
    String.raw`absolut sekretess|sekretess (enligt|gäller|råder)|kap\.? \d+ ?§ osl|sekretess(?<=[-–:(] ?sekretess)|anbudssammanställning\w*|utvärdering(en)? av anbud(en)?|anbudsutvärdering\w*|patientuppgifter)\b`,
);

/** Index of named secrecy among SEKRETESS_PATTERNS. */
export const SEKRETESS_NAMED = RULES.length;
/** The patterns whose first matches sekretessFrom reads: the rules in order, then named secrecy. */
export const SEKRETESS_PATTERNS: readonly RegExp[] = [...RULES.map((r) => r.pattern), NAMED_SECRECY];
const OWN_SET = new PatternSet({ sekretess: SEKRETESS_PATTERNS });

/**
 * The first sign of secrecy-covered content, with its kind in Swedish and a quoted excerpt; null if none.
 * `lower` is `text.toLowerCase()` when the caller already has it.
 */
export function detectSekretess(text: string, lower: string = text.toLowerCase()): { kind: string; evidence: string } | null {
  return sekretessFrom(text, lower, OWN_SET.scan(lower).firstMatches('sekretess'));
}

/** detectSekretess from the first matches of SEKRETESS_PATTERNS in `lower` (found by the caller's scan). */
export function sekretessFrom(text: string, lower: string, found: readonly (RegExpExecArray | null)[]): { kind: string; evidence: string } | null {
  let individual: boolean | undefined;
  for (let i = 0; i < RULES.length; i++) {
    const m = found[i];
    if (!m) continue;
    individual ??= INDIVIDUAL.test(lower);
    if (individual) return { kind: RULES[i].kind, evidence: excerptAt(text, m.index, m[0].length) };
  }
  const named = found[RULES.length];
  if (named) return { kind: 'sekretess', evidence: excerptAt(text, named.index, named[0].length) };
  return null;
}
