// Tests for round twenty-one (postvakt-model/2.20.0): a party's own address among the recipients, a subject that offers a course, booking confirmations in their general words, and the two phrases removed to pay for them.

import { buildClassifyContext, modelInputs } from '../../../src/domain/classify';
import type { MailMessage } from '../../../src/domain/types';
import { featureIds, KRONOBERG, message, OWNER, verdictOf } from './support';

const labels = (m: MailMessage): string[] => (modelInputs(m, KRONOBERG, buildClassifyContext(OWNER, [])) ?? []).map((h) => h.label);
const ROUTINE = 'tillfällig betydelse – rutinmeddelande';
const COURSE = 'ringa betydelse – inbjudan till konferens/utbildning';

describe("a party's own address among the recipients", () => {
  // A group leader on the organisation's shared domain writes the group's budget notes to the owner and the party branch's board.
  const notes = (to: { name: string; address: string }[]) =>
    message({
      fromAddress: 'lars.hagg@kronoberg.se',
      toRecipients: [{ name: OWNER.name, address: OWNER.address }, ...to],
      subject: 'Budgetmötet 15/10',
      text: 'Hej! Tack för en bra kväll. 1. Hemtjänsttaxan: vi accepterar höjningen men vill ha kvar taket. 2. Delade turer i hemtjänsten: vi vill halvera andelen under 2027. Nästa möte 5/11 hos Gunilla.\n\nLars',
    });

  it("is the party's own mail when a party branch's domain is among the recipients", () => {
    const m = notes([{ name: 'Centerpartiet Växjö', address: 'styrelsen@centerpartiet-vaxjo.se' }]);
    expect(featureIds(m)).toContain('roll.partigrupp');
    expect(verdictOf(m).category).not.toBe('registrera');
    expect(verdictOf(m).reasons.map((r) => r.evidence).join(' ')).not.toContain('gruppadress styrelsen@');
  });

  it("is so for a national party's domain too", () => {
    expect(featureIds(notes([{ name: 'Kristdemokraterna', address: 'vaxjo@kristdemokraterna.se' }]))).toContain('roll.partigrupp');
  });

  it('is not read into mail to the organisation or another body', () => {
    expect(featureIds(notes([]))).not.toContain('roll.partigrupp');
    expect(featureIds(notes([{ name: 'Socialförvaltningen', address: 'socialforvaltningen@kronoberg.se' }]))).not.toContain('roll.partigrupp');
    expect(featureIds(notes([{ name: 'Växjö kommun', address: 'kommunen@vaxjo.se' }]))).not.toContain('roll.partigrupp');
  });
});

describe('a subject that offers a course', () => {
  it.each(['Utbildning: OSL och sekretess för förtroendevalda', 'Kurs i medborgardialog för förtroendevalda'])('reads "%s" as an invitation to a course', (subject) => {
    const m = message({ fromAddress: 'info@kursakademin.se', subject, text: 'Två tillfällen i november, Regionens hus. Obligatorisk för nya ledamöter.' });
    expect(labels(m)).toContain(COURSE);
    expect(verdictOf(m).category).toBe('gallra_ringa');
  });

  it('needs the word to open the subject, not stand in the text', () => {
    const m = message({ fromAddress: 'info@kursakademin.se', subject: 'Hösten', text: 'Utbildning i förvaltningsrätt för nämnden.' });
    expect(labels(m)).not.toContain(COURSE);
  });
});

describe('a booking confirmation in its general words', () => {
  it.each([
    ['Din bokning – Scandic Växjö', 'Tack! Ankomst 25 november, avresa 26 november, enkelrum.'],
    ['Resan 3 december', 'Växjö 06.12 – Stockholm C 09.40. Bokningsnummer KX4P7RM.'],
    ['Booking confirmation #8811203', 'Arrival 25 November, departure 26 November, single room.'],
  ])('is routine (%s)', (subject, text) => {
    const m = message({ fromAddress: 'noreply-bokning@hotellkedjan.se', subject, text });
    expect(labels(m)).toContain(ROUTINE);
  });
});

describe('the phrases removed to pay for the round', () => {
  it('no longer reads a reporter naming a decision as its own media signal (the media role and the media family still do)', () => {
    const m = message({ fromAddress: 'elin.strand@tidningen.se', subject: 'Fråga', text: 'Jag är reporter och skriver om nämndens beslut om badhuset.' });
    expect(labels(m)).not.toContain('rör verksamheten – mediefråga om nämndens beslut');
  });
});

describe('a booking forwarded from a private address', () => {
  it("is routine when the owner's own private address forwards a hotel booking to work", () => {
    const m = message({
      from: { name: OWNER.name, address: 'karin.ek.privat@gmail.com' },
      subject: 'Fwd: Din bokning – Scandic Växjö',
      text: 'Till jobbet.\n\n-----Ursprungligt meddelande-----\nFrån: Scandic <noreply@scandichotels.com>\nÄmne: Din bokning\n\nTack för din bokning! Bokningsnummer 48817302. Incheckning 25 november.',
    });
    expect(labels(m)).toContain(ROUTINE);
  });
});
