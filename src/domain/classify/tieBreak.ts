// tieBreak: round eighteen's precedence for a close call between two categories — structure over words, a matter over the copy that brings it, a meeting over a party word.

import type { Leaning } from './signals';
import type { Hit, Scored } from './score';

/** Evidence that rests on who writes, to whom and how (a thread, secrecy, a reply in the role, a private note), not on words. */
const structural = (h: Hit) => h.id.startsWith('struktur.') || h.id.startsWith('roll.');
/** A word of private life (family, leisure, health): not a party's or a union's business, which stays osäker. */
const PRIVATE_WORD = /^(stam\.privat|privat\.\d+)$/;
/** Signs of a party group's or a union's own business: their meetings are theirs, not routine mail. */
const GROUP_LIFE = /^(stam\.partigrupp|roll\.partigrupp)$|^fackligt\./;

const own = (scored: Scored, c: Leaning) => scored.hits.filter((h) => h.leaning === c && !h.quoted);
const of = (scored: Scored, c: Leaning) => scored.hits.filter((h) => h.leaning === c);

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
  const pair = new Set([top, second]);
  if (pair.has('registrera') && pair.has('gallra_ej_allman')) {
    // Only toward registrera: the reverse (a contact outside or a private note against a matter word) purged public records.
    const ej = of(scored, 'gallra_ej_allman');
    return ej.length > 0 && ej.every((h) => PRIVATE_WORD.test(h.id)) && own(scored, 'registrera').some(structural) ? 'registrera' : null;
  }
  if (pair.has('registrera') && pair.has('gallra_ringa')) {
    const ringa = of(scored, 'gallra_ringa');
    const copyOnly = ringa.length > 0 && ringa.every((h) => h.quoted || h.subtype === 'kopia_for_kannedom' || h.id.startsWith('struktur.kopia'));
    // The words "för kännedom" in the newest part, not only the structure of a copy (a copy to people outside was ringa).
    const said = ringa.some((h) => !h.quoted && !structural(h) && h.subtype === 'kopia_for_kannedom');
    return copyOnly && said && of(scored, 'registrera').length > 0 ? 'registrera' : null;
  }
  const meeting = own(scored, 'gallra_ringa').some((h) => h.subtype === 'inbjudan' || h.subtype === 'kallelse');
  return meeting && !of(scored, 'gallra_ej_allman').some((h) => GROUP_LIFE.test(h.id)) ? 'gallra_ringa' : null;
}
