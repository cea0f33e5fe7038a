// The words the verdict card and the task pane's first paint need, in both languages: a small module of
// its own so the entry bundle, which paints the verdict before React loads, does not carry the whole
// dictionary (strings.ts spreads these into it, so each word is written once).

export type Language = 'sv' | 'en';

const sv = {
  appTitle: 'Postvakt',
  loadFailed: 'Postvakt kunde inte laddas klart, så åtgärderna saknas. Stäng fönstret och öppna det igen.',
  verdict: 'Bedömning',
  confidence: 'Säkerhet',
  rule: 'Regel',
  evidence: 'Underlag',
  from: 'Från',
};

export const CARD_STRINGS: Record<Language, typeof sv> = {
  sv,
  en: {
    appTitle: 'Postvakt',
    loadFailed: 'Postvakt could not finish loading, so the actions are missing. Close the pane and open it again.',
    verdict: 'Verdict',
    confidence: 'Confidence',
    rule: 'Rule',
    evidence: 'Evidence',
    from: 'From',
  },
};

/** Picks the UI language from a BCP 47 tag: Swedish unless the tag says English. */
export function languageFromTag(tag: string | null | undefined): Language {
  return tag && /^en\b/i.test(tag) ? 'en' : 'sv';
}
