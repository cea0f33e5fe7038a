// tieBreak: round eighteen's precedence for a close call between two categories — structure over words, a matter over the copy that brings it, a meeting over a party word.

import type { Leaning } from './signals';
import type { Hit, Scored } from './score';

/** Evidence that rests on who writes, to whom and how (a thread, secrecy, a reply in the role, a private note), not on words. */
const structural = (h: Hit) => h.id.startsWith('struktur.') || h.id.startsWith('roll.');
/** A word of private life (family, leisure, health): not a party's or a union's business, which stays osäker. */
const PRIVATE_WORD = /^(stam\.privat|privat\.\d+)$/;
/** Signs of a party group's or a union's own business: their meetings are theirs, not routine mail. */
const GROUP_LIFE = /^(stam\.partigrupp|roll\.partigrupp)$|^fackligt\./;

// Loops over the hits, no filtered copies: a close call asks these on every message near the margin.
/** Some hit of category `c` passes `test` (only the newest part's hits when `ownOnly`). */
function someOf(scored: Scored, c: Leaning, test: (h: Hit) => boolean, ownOnly = false): boolean {
  for (const h of scored.hits) if (h.leaning === c && !(ownOnly && h.quoted) && test(h)) return true;
  return false;
}
/** Category `c` has hits, and every one passes `test`. */
function allOf(scored: Scored, c: Leaning, test: (h: Hit) => boolean): boolean {
  let any = false;
  for (const h of scored.hits) {
    if (h.leaning !== c) continue;
    if (!test(h)) return false;
    any = true;
  }
  return any;
}
const anyHit = () => true;

/**
 * Round eighteen: the category the labels follow when two are within the margin, or null (osäker stays). The safety
 * checks (decide.ts) still run on the answer. Three precedences, each followed by the labels across many organisations:
 * - registrera against ej allmän: structural evidence of a matter (a thread, secrecy, a reply in the role) wins over
 *   words of private life alone;
 * - registrera against ringa: a matter sent as a copy for information (the matter may be the forwarded letter) is the
 *   matter, when "för kännedom" in the newest part is ringa's only sign;
 * - ringa against ej allmän: a meeting's invitation or kallelse wins over a party or private word, not over a party
 *   group's or a union's own business.
 */
export function tieBreak(scored: Scored, top: Leaning, second: Leaning): Leaning | null {
  const pair = (a: Leaning, b: Leaning) => (top === a && second === b) || (top === b && second === a);
  if (pair('registrera', 'gallra_ej_allman')) {
    // Only toward registrera: the reverse (a contact outside or a private note against a matter word) purged public records.
    // Round nineteen: an attachment alone is no such structure (a friend's photos from a wedding are attachments too).
    return allOf(scored, 'gallra_ej_allman', (h) => PRIVATE_WORD.test(h.id)) && someOf(scored, 'registrera', (h) => structural(h) && h.id !== 'struktur.bilaga_utifran', true) ? 'registrera' : null;
  }
  if (pair('registrera', 'gallra_ringa')) {
    const copyOnly = allOf(scored, 'gallra_ringa', (h) => h.quoted || h.subtype === 'kopia_for_kannedom' || h.id.startsWith('struktur.kopia'));
    // The words "för kännedom" in the newest part, not only the structure of a copy (a copy to people outside was ringa).
    const said = someOf(scored, 'gallra_ringa', (h) => !h.quoted && !structural(h) && h.subtype === 'kopia_for_kannedom');
    return copyOnly && said && someOf(scored, 'registrera', anyHit) ? 'registrera' : null;
  }
  const meeting = someOf(scored, 'gallra_ringa', (h) => h.subtype === 'inbjudan' || h.subtype === 'kallelse', true);
  return meeting && !someOf(scored, 'gallra_ej_allman', (h) => GROUP_LIFE.test(h.id)) ? 'gallra_ringa' : null;
}
