// Tests for round twelve (postvakt-model/2.11.0): the owner's own private forward is hers, a weak official lead carried by roles registers, and more request forms set svar_kravs.

import { extractFeatures } from '../../../src/domain/classify/features';
import { OWN_FORWARD_EVIDENCE, ROLE_DEFAULT_EVIDENCE, roleDefault } from '../../../src/domain/classify/positive';
import type { Hit, Scored } from '../../../src/domain/classify/score';
import type { Leaning } from '../../../src/domain/classify/signals';
import { KRONOBERG, OWNER, message, requestIn, verdictOf } from './support';

const hit = (id: string, leaning: Leaning, weight: number, subtype: string): Hit => ({ id, x: 1, leaning, weight, label: id, subtype, evidence: '', quoted: false });
function scoredOf(hits: Hit[]): Scored {
  const totals = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  for (const h of hits) totals[h.leaning] += h.weight;
  return { totals, shippedTotals: { ...totals }, hits, learnedIds: [] };
}
const weakMatter = scoredOf([hit('stam.verksamhet', 'registrera', 1.1, 'verksamhet')]);
const featuresOf = (partial: Parameters<typeof message>[0]) => extractFeatures(message(partial), KRONOBERG, OWNER);
const forward = (inner: string) => `Sparar här.\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Avsändaren <post@avsandaren.se>\nÄmne: Papper\nDatum: 2 december 2026\n\n${inner}`;
const fromOwnPrivate = { from: { name: 'Karin Ek', address: 'karin.ek.privat@hotmail.com' } };

describe("the owner's own mail forwarded from her private address", () => {
  it('with nothing official in it is proposed as ej allmän, citing the forward', () => {
    const v = verdictOf(message({ ...fromOwnPrivate, subject: 'Fwd: Hyresavi december', text: forward('Hyran för december är 8 450 kr. Förfallodag 30 november.') }));
    expect(v.category).toBe('gallra_ej_allman');
    expect(v.reasons[0].evidence).toBe(OWN_FORWARD_EVIDENCE);
  });

  it('that names a matter of the organisation stays osäker', () => {
    const v = verdictOf(message({ ...fromOwnPrivate, subject: 'Fwd: Vårdcentralen', text: forward('Vi har skrivit till regionen om vårdcentralen i Ljungby och väntetiderna i primärvården.') }));
    expect(v.category).toBe('osaker');
  });

  it('that passes on a letter asking something is never proposed for purge', () => {
    const v = verdictOf(message({ ...fromOwnPrivate, subject: 'Fwd: Fråga', text: forward('Hej Karin, kan du ta upp väntetiderna på vårdcentralen med nämnden?') }));
    expect(v.category.startsWith('gallra')).toBe(false);
  });
});

describe('a weak lead for registrera carried by roles', () => {
  it('registers a letter from another organisation to the owner alone that asks something', () => {
    const f = featuresOf({ fromAddress: 'anders@holmbygg.se', subject: 'Tillbyggnaden', text: 'Hej Karin, när blir tillbyggnaden klar?' });
    expect(roleDefault(weakMatter, f)).toBe(true);
  });

  it('does not register such a letter when it asks nothing', () => {
    const f = featuresOf({ fromAddress: 'anders@holmbygg.se', subject: 'Tillbyggnaden', text: 'Hej Karin, tillbyggnaden blir klar i vår.' });
    expect(roleDefault(weakMatter, f)).toBe(false);
  });

  it('does not register it when any gallra sign is present, or with no official sign at all', () => {
    const f = featuresOf({ fromAddress: 'anders@holmbygg.se', subject: 'Tillbyggnaden', text: 'Hej Karin, när blir tillbyggnaden klar?' });
    expect(roleDefault(scoredOf([hit('stam.verksamhet', 'registrera', 1.1, 'verksamhet'), hit('reklam.1', 'gallra_ringa', 0.4, 'reklam')]), f)).toBe(false);
    expect(roleDefault(scoredOf([]), f)).toBe(false);
  });

  it('does not register a union, a colleague in the administration, or a letter to many', () => {
    const ask = 'Hej Karin, när blir tillbyggnaden klar?';
    expect(roleDefault(weakMatter, featuresOf({ fromAddress: 'ombud@vision.se', subject: 'Tillbyggnaden', text: ask }))).toBe(false);
    expect(roleDefault(weakMatter, featuresOf({ fromAddress: 'lena.berg@kronoberg.se', subject: 'Tillbyggnaden', text: ask }))).toBe(false);
    const many = [{ name: OWNER.name, address: OWNER.address }, { name: 'Per', address: 'per.ny@kronoberg.se' }];
    expect(roleDefault(weakMatter, featuresOf({ fromAddress: 'anders@holmbygg.se', toRecipients: many, subject: 'Tillbyggnaden', text: ask }))).toBe(false);
  });

  it("registers the owner's own mail to staff, not her mail to herself", () => {
    const toStaff = featuresOf({ fromAddress: OWNER.address, toRecipients: [{ name: 'Lena Berg', address: 'lena.berg@kronoberg.se' }], subject: 'Tillbyggnaden', text: 'Hej Lena, tillbyggnaden är klar.' });
    expect(roleDefault(weakMatter, toStaff)).toBe(true);
    const toSelf = featuresOf({ fromAddress: OWNER.address, subject: 'Minne', text: 'Tillbyggnaden.' });
    expect(roleDefault(weakMatter, toSelf)).toBe(false);
  });

  it('cites that nothing spoke for a purge when it registers', () => {
    const v = verdictOf(message({ fromAddress: 'anders@holmbygg.se', subject: 'Tillbyggnaden av vårdcentralen', text: 'Hej Karin, tillbyggnaden av vårdcentralen blev försenad. Vet du varför?' }));
    expect(v.category).toBe('registrera');
    expect(v.reasons.map((r) => r.evidence)).toContain(ROLE_DEFAULT_EVIDENCE);
  });
});

describe('svar_kravs in more request forms', () => {
  it('finds an imperative to the reader with its object', () => {
    expect(requestIn('Protokollet är klart. Säg till vilken dag du kommer in.')).not.toBeNull();
    expect(requestIn('Vi visar anläggningen. Anmäl dig till Lisa senast 20/11 så vi vet hur många vi blir.')).not.toBeNull();
    expect(requestIn('Intyget saknas. Skicka det till lönekontoret.')).not.toBeNull();
    expect(requestIn('Medlemsmötet vill diskutera det, vi måste veta hur ni röstar.')).not.toBeNull();
  });

  it("does not take an advertisement's open invitation for a request", () => {
    expect(requestIn('Lär dig mer om AI i förvaltningen. Anmäl dig kostnadsfritt.')).toBeNull();
    expect(requestIn('Tack för i går, det var ett bra möte.')).toBeNull();
  });

  it('finds a two-word inverted question closing its sentence, not a statement', () => {
    expect(requestIn('Hej\nJag har hört att man måste anmäla komposten. Stämmer det. Hälsningar Per')).not.toBeNull();
    expect(requestIn('Hej\nDu frågade om komposten. Det stämmer. Hälsningar Per')).toBeNull();
  });

  it("flags the organisation's mailing to all that demands an act on the owner's own phone", () => {
    const all = [{ name: 'Alla förtroendevalda', address: 'alla-fortroendevalda@kronoberg.se' }];
    const it = verdictOf(message({ fromAddress: 'it@kronoberg.se', toRecipients: all, subject: 'Ny mobilpolicy', text: 'Till alla förtroendevalda: från 1 december krävs att telefonen är registrerad i Intune. Registrera dig via Företagsportalen senast 30 november, annars stängs e-posten.' }));
    expect(it.flags).toContain('svar_kravs');
    const fika = verdictOf(message({ fromAddress: 'info@kronoberg.se', toRecipients: all, subject: 'Julfika', text: 'Till alla förtroendevalda: välkomna på julfika i matsalen den 18 december.' }));
    expect(fika.flags).not.toContain('svar_kravs');
  });

  // Round thirteen: the same letter to a group address asks too (the corpora label 18 of 30 such letters so).
  it("flags a citizens' letter that asks, to named members and to a group address alike", () => {
    const letter = { fromAddress: 'foraldrar.angsby@gmail.com', subject: 'Öppet brev: Låt skolan leva', text: 'Till förtroendevalda i Region Kronoberg. Vi är föräldrar till barnen i Ängsby skola. Vi vill att ni röstar nej till nedläggningen och svarar oss före den 1 december.' };
    const named = [{ name: OWNER.name, address: OWNER.address }, { name: 'Per Ny', address: 'per.ny@kronoberg.se' }, { name: 'Eva Lund', address: 'eva.lund@kronoberg.se' }];
    expect(verdictOf(message({ ...letter, toRecipients: named })).flags).toContain('svar_kravs');
    const group = verdictOf(message({ ...letter, toRecipients: [{ name: 'Alla ledamöter', address: 'alla-ledamoter@kronoberg.se' }] }));
    expect(group.flags).toContain('massutskick');
    expect(group.flags).toContain('svar_kravs');
  });
});
