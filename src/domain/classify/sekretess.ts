// detectSekretess: content that is or may be covered by secrecy — an individual's health, social services or a pupil's case.

import { PatternSet } from '../text/patternSet';
import { excerptAt, wordRe } from '../text/words';

interface SekretessRule {
  kind: string;
  pattern: RegExp;
}

// Sensitive matters; each needs an individual in the text (INDIVIDUAL) unless it names secrecy itself.
const RULES: SekretessRule[] = [
  { kind: 'hälsa', pattern: wordRe(String.raw`\b(diagnos(en)?|adhd|autism|alzheimer|demens|funktionsnedsättning|neuropsykiatrisk\w*|sjukhus(et)?|medicin(en)?|avvikelserapport|psykiatri\w*|självmord\w*|inte vilja leva|skada sig själv)\b`) },
  { kind: 'socialtjänst', pattern: wordRe(String.raw`\b(boendestöd\w*|försörjningsstöd\w*|bistånd(sbeslut)?|orosanmälan|lss-?\w*|missbruk\w*|placerad i familjehem|hvb|skrik och bråk|rädd att något ska hända barnen|socialtjänsten får veta|verkar påverkad)\b`) },
  { kind: 'elevärende', pattern: wordRe(String.raw`\b(åtgärdsprogram\w*|särskilt stöd|extra anpassningar|elevhälsa\w*|kränkande behandling|kränkningar av (eleven|andra elever)|resursperson)\b`) },
];

const INDIVIDUAL = wordRe(String.raw`\b(min|mitt|mina|vår|hans|hennes) (son|dotter|mamma|mor|pappa|far|barn|bror|syster|man|fru|sambo|mormor|farmor|morfar|farfar)\b|\b(eleven|en elev|brukaren|patienten|pojken|flickan|barnen hos|mamman|personen)\b|\b\d{6,8}[-+]?\d{4}\b`);

const NAMED_SECRECY = wordRe(String.raw`\b(omfattas av sekretess|sekretessbelagd\w*|sekretessuppgift\w*|sekretessärende)\b`);

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
