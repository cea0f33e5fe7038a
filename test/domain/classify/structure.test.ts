// Tests for the structure features (registrar among recipients, owner on Cc only, attachments from outside) and the thread's verdict.

import { buildClassifyContext, classify, conversationKey, modelInputs } from '../../../src/domain/classify';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, OWNER, message, verdictOf } from './support';

const REGISTRAR = { name: 'Registrator', address: 'region@kronoberg.se' };
const ids = (m: MailMessage, known: MailMessage[] = [m]) => (modelInputs(m, KRONOBERG, buildClassifyContext(OWNER, known)) ?? []).map((h) => h.id);

describe('structure features', () => {
  it('sees the owner\'s own mail with the registrar among the recipients as sent for registration', () => {
    const m = message({
      fromAddress: OWNER.address,
      toRecipients: [{ name: 'Per Lund', address: 'per.lund@telia.com' }],
      ccRecipients: [REGISTRAR],
      subject: 'Ditt brev om vägbelysningen i Åby',
      text: 'Hej Per, nämnden tar upp belysningen på sitt möte i februari. /Karin',
    });
    expect(ids(m)).toContain('struktur.skickat_till_registrator');
  });

  it('sees an outside letter that also went to the registrar, but not a mass mailing that did', () => {
    const letter = message({ toRecipients: [{ name: OWNER.name, address: OWNER.address }, REGISTRAR], subject: 'Servicebussen i Lidhult', text: 'Servicebussen kommer inte längre till byn på torsdagar.' });
    expect(ids(letter)).toContain('struktur.registrator_mottagare');
    const bulk = { ...letter, internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:ut@exempel.se>' }] };
    expect(ids(bulk)).not.toContain('struktur.registrator_mottagare');
  });

  it('sees the owner on Cc only of staff mail as a copy, not of an outside letter', () => {
    const staff = message({
      fromAddress: 'ekonomi.chef@kronoberg.se',
      toRecipients: [{ name: 'Förvaltningen', address: 'ledning@kronoberg.se' }],
      ccRecipients: [{ name: OWNER.name, address: OWNER.address }],
      subject: 'Prognos oktober',
      text: 'Prognosen för oktober ligger på intranätets ekonomisida från måndag.',
    });
    expect(ids(staff)).toContain('struktur.kopia_fran_forvaltningen');
    const outside = { ...staff, from: { name: 'Lena Holm', address: 'lena.holm@hotmail.com' } };
    expect(ids(outside)).not.toContain('struktur.kopia_fran_forvaltningen');
  });

  it('sees an attachment from outside, but not one from the organisation\'s own staff', () => {
    const attachments = [{ name: 'ritning.pdf', contentType: 'application/pdf', size: 120_000 }];
    expect(ids(message({ subject: 'Vår ritning', text: 'Bifogar ritningen till förrådet vi pratade om.', attachments }))).toContain('struktur.bilaga_utifran');
    expect(ids(message({ fromAddress: 'fastighet@kronoberg.se', subject: 'Ritning', text: 'Här är ritningen.', attachments }))).not.toContain('struktur.bilaga_utifran');
  });
});

describe('the thread\'s verdict', () => {
  const sister = { name: 'Sara Ek', address: 'sara.ek72@gmail.com' };
  const sent = message({
    id: 'sent-1',
    fromAddress: OWNER.address,
    toRecipients: [sister],
    sentDateTime: '2026-11-09T17:00:00Z',
    subject: 'Söndag?',
    text: 'Kommer ni på middag på söndag? Mamma tar med efterrätt. Kram',
  });
  const reply = message({ id: 'reply-1', from: sister, sentDateTime: '2026-11-09T19:30:00Z', subject: 'Sv: Söndag?', text: 'Ja! Vi är där vid fem.' });

  it('strips reply and forward prefixes from the conversation key', () => {
    expect(conversationKey('SV: Vb:  Middag på   söndag?')).toBe('middag på söndag?');
    expect(conversationKey('Svar: RE: Fwd: Budget')).toBe('budget');
  });

  const threadReason = (v: ReturnType<typeof classify>) => v.reasons.find((r) => r.evidence === 'tidigare meddelande i konversationen')?.rule ?? '';

  it('gives a reply to the owner\'s own private mail the thread\'s private verdict as evidence, and never a registration', () => {
    const v = classify(reply, KRONOBERG, buildClassifyContext(OWNER, [sent, reply]));
    expect(threadReason(v)).toContain('ej allmän handling – samma konversation');
    expect(['gallra_ej_allman', 'osaker']).toContain(v.category);
  });

  it('has no thread evidence without the earlier message', () => {
    const v = classify(reply, KRONOBERG, buildClassifyContext(OWNER, [reply]));
    expect(threadReason(v)).toBe('');
    expect(v.category).toBe('osaker');
  });

  it('takes the thread the caller gives, and none when the caller says null', () => {
    const context = buildClassifyContext(OWNER, [sent, reply]);
    expect(threadReason(classify(reply, KRONOBERG, { ...context, thread: 'gallra_ringa' }))).toContain('ringa betydelse');
    expect(threadReason(classify(reply, KRONOBERG, { ...context, thread: null }))).toBe('');
  });

  it('does not read a later message, or a message that is not a reply, as the thread', () => {
    const later = { ...sent, sentDateTime: '2026-11-10T08:00:00Z' };
    expect(threadReason(classify(reply, KRONOBERG, buildClassifyContext(OWNER, [later, reply])))).toBe('');
    const fresh = { ...reply, subject: 'Söndag?' };
    expect(ids(fresh, [sent, fresh])).not.toContain('struktur.trad');
  });
});

describe('the owner\'s own mail in the role', () => {
  const kansli = { name: 'Fullmäktiges sekreterare', address: 'kf.sekreterare@kronoberg.se' };

  it('registers a motion the owner hands in to the kansli', () => {
    const v = classify(
      message({ fromAddress: OWNER.address, toRecipients: [kansli], subject: 'Motion om gratis busskort för pensionärer', text: 'Hej, härmed lämnar jag in bifogad motion till regionfullmäktige. Karin Ek (S)' }),
      KRONOBERG,
      buildClassifyContext(OWNER, []),
    );
    expect(v.category).toBe('registrera');
  });

  it('registers a decision the owner takes as chair', () => {
    const v = classify(
      message({ fromAddress: OWNER.address, toRecipients: [{ name: 'Nämndsekreterare', address: 'hs.sekreterare@kronoberg.se' }], subject: 'SV: Yttrande om vaccinationsbussen', text: 'Jag fattar ordförandebeslut enligt förslaget. Beslutet anmäls vid nästa sammanträde.' }),
      KRONOBERG,
      buildClassifyContext(OWNER, []),
    );
    expect(v.category).toBe('registrera');
  });

  it('sees a note the owner mails to herself as her own working material (since round fourteen decided by structure alone)', () => {
    const note = message({ fromAddress: OWNER.address, toRecipients: [{ name: OWNER.name, address: OWNER.address }], subject: 'Inför nämnden', text: '- fråga om väntetiderna\n- ta upp bussen till Lenhovda' });
    expect(ids(note)).toEqual([]);
    expect(verdictOf(note).category).toBe('gallra_ej_allman');
  });

  it('does not read a colleague\'s draft sent for the group as a motion handed in', () => {
    const v = classify(
      message({ fromAddress: 'olle.berg@kronoberg.se', subject: 'Utkast motion busskort', text: 'Här är mitt utkast till motion, säg vad ni tycker. Jag vill lämna in den i januari.' }),
      KRONOBERG,
      buildClassifyContext(OWNER, []),
    );
    expect(v.category).not.toBe('registrera');
  });
});
