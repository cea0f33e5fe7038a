// Tests for round eleven (postvakt-model/2.10.0): a purge needs evidence of its own class, a registration over a party or private sign needs clear official evidence, English to the owner alone is no spam.

import { extractFeatures } from '../../../src/domain/classify/features';
import { officialEvidence, POSITIVE_PREFIX, privateSign, purgeBacked } from '../../../src/domain/classify/positive';
import type { Hit, Scored } from '../../../src/domain/classify/score';
import type { Leaning } from '../../../src/domain/classify/signals';
import { KRONOBERG, OWNER, message, verdictOf } from './support';

const hit = (id: string, leaning: Leaning, weight: number, subtype: string, quoted = false): Hit => ({ id, x: 1, leaning, weight, label: id, subtype, evidence: '', quoted });
function scoredOf(hits: Hit[]): Scored {
  const totals = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  for (const h of hits) totals[h.leaning] += h.weight;
  return { totals, shippedTotals: { ...totals }, hits, learnedIds: [] };
}
/** A colleague in the administration writes to the owner alone. */
const fromStaff = extractFeatures(message({ fromAddress: 'lena.berg@kronoberg.se', subject: 'Underlag', text: 'Hej Karin, här kommer siffrorna till beredningen.' }), KRONOBERG, OWNER);

describe('a purge the model proposes', () => {
  it('is not backed by one light word outside the routine families', () => {
    expect(purgeBacked('gallra_ringa', scoredOf([hit('nyhetsbrev.1', 'gallra_ringa', 2.8, 'nyhetsbrev')]), fromStaff)).toBe(false);
    expect(purgeBacked('gallra_ej_allman', scoredOf([hit('fackligt.1', 'gallra_ej_allman', 2.9, 'fackligt')]), fromStaff)).toBe(false);
  });

  it('is not backed by a sign found only in quoted text', () => {
    expect(purgeBacked('gallra_ringa', scoredOf([hit('inbjudan.0', 'gallra_ringa', 2.8, 'inbjudan', true)]), fromStaff)).toBe(false);
  });

  it('is backed by a routine family, a party family, a heavy sign, two signs or structure', () => {
    expect(purgeBacked('gallra_ringa', scoredOf([hit('inbjudan.0', 'gallra_ringa', 2.8, 'inbjudan')]), fromStaff)).toBe(true);
    expect(purgeBacked('gallra_ej_allman', scoredOf([hit('partipolitiskt.2', 'gallra_ej_allman', 2.7, 'partipolitiskt')]), fromStaff)).toBe(true);
    expect(purgeBacked('gallra_ringa', scoredOf([hit('nyhetsbrev.0', 'gallra_ringa', 3.2, 'nyhetsbrev')]), fromStaff)).toBe(true);
    expect(purgeBacked('gallra_ringa', scoredOf([hit('nyhetsbrev.1', 'gallra_ringa', 2.8, 'nyhetsbrev'), hit('reklam.1', 'gallra_ringa', 1.5, 'reklam')]), fromStaff)).toBe(true);
    expect(purgeBacked('gallra_ringa', scoredOf([hit('struktur.stor_grupp', 'gallra_ringa', 2, 'massutskick')]), fromStaff)).toBe(true);
  });

  it('of private mail is backed by a private sender whatever its words', () => {
    const friend = extractFeatures(message({ fromAddress: 'olle.nord@gmail.com', text: 'Ses vi på lördag?' }), KRONOBERG, OWNER);
    expect(purgeBacked('gallra_ej_allman', scoredOf([hit('stam.privat', 'gallra_ej_allman', 1.9, 'privat')]), friend)).toBe(true);
  });
});

describe('a registration over a party or private sign', () => {
  it('sees the owner forwarding from a private address and a party named as the sender', () => {
    const ownPrivate = extractFeatures(message({ from: { name: 'Karin Ek', address: 'karin.ek71@gmail.com' }, subject: 'Fwd: kvitto', text: 'x' }), KRONOBERG, OWNER);
    expect(privateSign(ownPrivate, 'Karin Ek', scoredOf([]))).toBe(true);
    const branch = extractFeatures(message({ fromAddress: 'styrelsen@v-angsby.nu', text: 'Hej Karin' }), KRONOBERG, OWNER);
    expect(privateSign(branch, 'Vänsterpartiet Ängsby', scoredOf([]))).toBe(true);
  });

  it('sees no sign in a person whose name only resembles a party, or in the owner\'s own mail', () => {
    const person = extractFeatures(message({ fromAddress: 'anna.lind@foretaget.se', text: 'Hej' }), KRONOBERG, OWNER);
    expect(privateSign(person, 'Anna Centerlind', scoredOf([]))).toBe(false);
    const own = extractFeatures(message({ fromAddress: OWNER.address, text: 'Hej' }), KRONOBERG, OWNER);
    expect(privateSign(own, 'Socialdemokraterna Kronoberg', scoredOf([]))).toBe(false);
  });

  it('counts as official evidence the forwarded letter\'s signs but neither the forward itself nor the thread', () => {
    const scored = scoredOf([
      hit('struktur.vidarebefordrat_av_agaren', 'registrera', 2.8, 'vidarebefordrat', true),
      hit('struktur.trad', 'registrera', 1.7, 'konversation'),
      hit('klagomal.0', 'registrera', 1.2, 'klagomal', true),
      hit('remiss.0', 'registrera', 2, 'remiss'),
      hit('stam.privat', 'gallra_ej_allman', 1, 'privat'),
    ]);
    expect(officialEvidence(scored)).toBeCloseTo(3.2);
  });

  it('makes the owner\'s own private paper forwarded to work osäker, not a registration', () => {
    const v = verdictOf(
      message({
        from: { name: 'Karin Ek', address: 'karin.ek71@gmail.com' },
        subject: 'Fwd: Kontoutdrag november',
        text: 'Spara till deklarationen.\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Banken <info@banken.se>\nÄmne: Kontoutdrag november\nDatum: 1 december 2026\n\nSaldo 12 400 kr.',
      }),
    );
    expect(v.category).not.toBe('registrera');
  });
});

describe('English mail from outside', () => {
  const letter = 'Dear Ms Ek, we stayed at the lake camping in Kronoberg in the summer and the toilets were closed for the whole week. We would like to know who is responsible for this and whether the fee will be paid back to us. Kind regards, the Miller family';

  it('written to the owner alone about the organisation\'s place, with no link, is not proposed as spam', () => {
    const v = verdictOf(message({ fromAddress: 'millers@web.de', subject: 'Our stay', text: letter }));
    expect(v.subtype).not.toBe('spam');
    expect(v.category.startsWith('gallra')).toBe(false);
  });

  // Round thirteen: English mail is spam only on a lure, a link, a generic greeting or a newsletter of its own.
  it('written to the owner alone but naming no place of the organisation is no longer spam without a lure', () => {
    const v = verdictOf(message({ fromAddress: 'millers@web.de', subject: 'Our stay', text: letter.replace(' in Kronoberg', '') }));
    expect(v.subtype).not.toBe('spam');
  });

  it('with a link is still spam', () => {
    const v = verdictOf(message({ fromAddress: 'offers@deals-now.com', subject: 'Last chance', text: 'Dear friend, get your free trial today, only for you and your team, click here: https://deals-now.com/offer' }));
    expect(v.subtype).toBe('spam');
  });

  it('to many recipients is still spam', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ name: `R${i}`, address: `r${i}@kronoberg.se` }));
    const v = verdictOf(message({ fromAddress: 'news@vendor-x.com', toRecipients: [{ name: OWNER.name, address: OWNER.address }, ...many], subject: 'Join now', text: 'Hello, join our community today and get the best offers for your team with our new service for you' }));
    expect(v.subtype).toBe('spam');
  });
});

describe('the osäker reason of the principle', () => {
  it('names that a colleague\'s letter with a data-protection footer had no evidence of its own for a purge', () => {
    const v = verdictOf(message({ fromAddress: 'lena.berg@kronoberg.se', subject: 'Siffrorna', text: 'Hej Karin, här är siffrorna.\n\nRegion Kronoberg behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på kronoberg.se/dataskydd' }));
    expect(v.category).toBe('osaker');
    expect(v.reasons[0].evidence.startsWith(POSITIVE_PREFIX)).toBe(true);
  });

  it('names the party or private sender behind a registration held back', () => {
    // Round twelve: a forward with nothing official in it is the owner's own (ej allmän); one naming a matter is still held.
    const v = verdictOf(message({ from: { name: 'Karin Ek', address: 'karin.ek71@gmail.com' }, subject: 'Fwd: Vårdcentralen', text: 'Till pärmen.\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Föreningen <info@foreningen.se>\nÄmne: Vårdcentralen\nDatum: 25 november 2026\n\nVi har skrivit till regionen om vårdcentralen i Ljungby och väntetiderna i primärvården.' }));
    expect(v.category).toBe('osaker');
    expect(v.reasons[0].evidence).toContain('parti- eller privat');
  });
});
