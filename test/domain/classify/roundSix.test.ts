// Tests for round six (postvakt-model/2.5.0): the owner's mail from a private address (a whole letter forwarded, a pasted fragment, a note), the owner's own out-of-office reply, and requests with the verb first.

import { buildClassifyContext, classify, modelInputs } from '../../../src/domain/classify';
import { profileForOrganization } from '../../../src/domain/policy';
import type { MailMessage, MailboxOwner } from '../../../src/domain/types';
import { featureIds, message, requestIn } from './support';

/** An imaginary island municipality with its own politicians' domain. */
const HAVSO = profileForOrganization(
  {
    id: 'havso-test',
    name: 'Havsö kommun',
    politicianDomain: 'politik.havso.se',
    orgDomains: ['havso.se'],
    registrar: { name: 'Registrator', address: 'registrator@havso.se' },
  },
  ['maria.strand@politik.havso.se'],
);
const MARIA: MailboxOwner = { name: 'Maria Strand', address: 'maria.strand@politik.havso.se', roles: ['ordförande, tekniska nämnden'], party: 'Liberalerna' };
const toMaria = [{ name: 'Maria Strand', address: MARIA.address }];
const context = () => buildClassifyContext(MARIA, []);
const ids = (m: MailMessage) => featureIds(m, HAVSO, MARIA);
const verdict = (m: MailMessage) => classify(m, HAVSO, context());

/** Mail from a private address: under the owner's name unless another is given. */
const fromPrivate = (subject: string, text: string, name = 'Maria Strand') =>
  message({ fromAddress: 'mariastrand@icloud.com', from: { name, address: 'mariastrand@icloud.com' }, toRecipients: toMaria, subject, text });

describe('the owner forwarding from a private address', () => {
  it('registers a whole letter whose header names its subject', () => {
    const m = fromPrivate('Fwd: Gatlyktorna vid hamnen', 'Till jobbet.\n---------- Vidarebefordrat meddelande ----------\nFrån: Kurt Ek\nÄmne: Gatlyktorna vid hamnen\n\nHej Maria, lyktorna vid färjeläget har varit släckta i tre veckor. När lagar kommunen dem?');
    expect(ids(m)).toContain('struktur.vidarebefordrat_av_agaren');
    expect(verdict(m).category).toBe('registrera');
  });

  it('does not read a pasted fragment under a bare sender name as a forwarded letter', () => {
    const m = fromPrivate('fwd: hamnen', 'Från mobilen: spara till min fråga\n\n---------- Forwarded message ---------\nFrom: Kurt Ek\nlyktorna vid färjeläget har varit släckta');
    expect(ids(m)).not.toContain('struktur.vidarebefordrat_av_agaren');
    expect(verdict(m).category).not.toBe('registrera');
  });

  it('does not register a forwarded letter whose own words are party-political', () => {
    const m = fromPrivate(
      'Fwd: Gruppmötet',
      'Till jobbet.\n---------- Vidarebefordrat meddelande ----------\nFrån: Kurt Ek\nÄmne: Gruppmötet\n\nHej Maria, på partiets gruppmöte i kväll ska vi enas om vår linje i valrörelsen. Medlemsmötet i lokalföreningen är på torsdag.',
    );
    const scored = modelInputs(m, HAVSO, context()) ?? [];
    expect(scored.some((h) => h.quoted && h.leaning === 'gallra_ej_allman')).toBe(true);
    expect(scored.map((h) => h.id)).not.toContain('struktur.vidarebefordrat_av_agaren');
    expect(verdict(m).category).not.toBe('registrera');
  });

  it('reads a note with nothing forwarded as the owner\'s own note, not to register', () => {
    const m = fromPrivate('att göra', 'Till mig själv: kolla varför budgeten för vinterväghållning är oförändrad. Ta med till nämnden.');
    expect(ids(m)).toContain('struktur.egen_anteckning');
    expect(verdict(m).category).toBe('gallra_ej_allman');
  });

  it('does not read the same note from someone else\'s private address as the owner\'s', () => {
    const m = fromPrivate('att göra', 'Kolla varför budgeten för vinterväghållning är oförändrad.', 'Kurt Ek');
    expect(ids(m)).not.toContain('struktur.egen_anteckning');
  });
});

describe('the owner\'s own out-of-office reply', () => {
  it('is ringa even when its subject repeats an authority\'s order', () => {
    const m = message({ fromAddress: MARIA.address, toRecipients: [{ name: 'Länsstyrelsen', address: 'stockholm@lansstyrelsen.se' }], subject: 'Automatiskt svar: Föreläggande att yttra sig', text: 'Jag är ledig till och med 10 december. Kontakta nämndsekreteraren.' });
    const v = verdict(m);
    expect(v.category).toBe('gallra_ringa');
    expect(v.subtype).toBe('autosvar');
  });

  it('does not take the owner\'s answer to an out-of-office reply for one', () => {
    const m = message({ fromAddress: MARIA.address, toRecipients: [{ name: 'Kurt Ek', address: 'kurt.ek@telia.com' }], subject: 'Sv: Automatiskt svar: Gatlyktorna', text: 'Hej Kurt, jag tar frågan till nämnden i december.' });
    expect(verdict(m).subtype).not.toBe('autosvar');
  });
});

describe('requests with the verb first or a need put to the reader', () => {
  it.each([
    ['nu vill jag att nämnden tittar på det här'],
    ['Därför måste kommunen säga nej till nedläggningen'],
    ['Vi behöver att utbildningsnämnden tar ställning'],
    ['Vi behöver kommunens besked före mars'],
    ['Ring mig gärna i kväll'],
    ['Vi ber teknik- och hamnnämnden om ett skriftligt medgivande'],
    ['Innan det går vidare vill vi gärna ha ett möte'],
  ])('finds a request in "%s"', (text) => {
    expect(requestIn(text)).not.toBeNull();
  });

  it.each([
    ['Tack för i går, protokollet kommer nästa vecka.'],
    ['Han ringde mig i går och berättade om bryggan.'],
    ['Vi behöver inte ert svar, det här är bara för kännedom.'],
  ])('finds no request in the statement "%s"', (text) => {
    expect(requestIn(text)).toBeNull();
  });
});

describe('meeting administration in plain words', () => {
  const fromKansli = (subject: string, text: string) => message({ fromAddress: 'kansliet@havso.se', toRecipients: toMaria, subject, text });

  it('reads papers uploaded for a named meeting as a notice', () => {
    const m = fromKansli('Handlingar till nämnden', 'Hej ledamöter, handlingarna till tekniska nämndens sammanträde 24 november har laddats upp i portalen.');
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('reads a room or a hotel booked for the owner as a booking', () => {
    const m = fromKansli('Rum till mötet', 'Hej Maria, Hamnrummet är bokat för mötet med hamnbolaget 8 december kl 13–15. Kaffe är beställt.');
    expect((modelInputs(m, HAVSO, context()) ?? []).map((h) => h.label)).toContain('tillfällig betydelse – bokning av lokal');
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('reads a meeting moved to another room as a notice', () => {
    const m = fromKansli('Information: sammanträdeslokal ändrad', 'Hej, sammanträdet 28/10 hålls i kommunhusets sal Ljusnan i stället för i Hamnen.');
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('does not read a resident\'s letter that says a room was booked as the organisation\'s booking', () => {
    const m = message({ fromAddress: 'kurt.ek@telia.com', toRecipients: toMaria, subject: 'Föreningslokalen', text: 'Hej Maria, lokalen är bokat för vår förening varje tisdag men kommunen har sagt upp avtalet. Varför?' });
    expect(verdict(m).category).not.toBe('gallra_ringa');
  });
});
