// Tests for round twenty-three (postvakt-model/2.22.0): four purge holds that rest on structure — a decision expedited
// with its excerpt of minutes, a private person's question about the organisation to the owner alone, the owner's reply
// to a private person with the administration on Cc, and the administration's full account with a document attached.

import { extractFeatures } from '../../../src/domain/classify/features';
import { publicRecordSign } from '../../../src/domain/classify/safety';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, message, OWNER } from './support';

const signOf = (m: MailMessage, subtype: string) => publicRecordSign(m, extractFeatures(m, KRONOBERG, OWNER), KRONOBERG, subtype);
const pdf = (name: string) => ({ name, contentType: 'application/pdf', size: 48_000 });

describe('a decision expedited with its excerpt of minutes', () => {
  const expedited = (partial: Partial<MailMessage>) =>
    message({
      subject: 'Expediering: RS § 214 Uppdrag om åtgärder för läkemedelskostnaderna',
      text: 'Regionstyrelsen beslutade den 24 november, § 214, att ge nämnden i uppdrag att redovisa åtgärder senast den 31 mars. Protokollsutdraget bifogas.',
      fromAddress: 'rs-kansliet@kronoberg.se',
      attachments: [pdf('Protokollsutdrag_RS_2026-11-24_p214.pdf')],
      ...partial,
    });

  it('holds a purge as a copy when the office sends it to the owner, the registrar on Cc', () => {
    const m = expedited({ ccRecipients: [{ name: 'Registrator', address: 'registrator@kronoberg.se' }] });
    expect(signOf(m, 'kopia_for_kannedom')).toBe('ett expedierat beslut till organet');
  });

  it("holds it sent to the owner and a body's mailbox, not when the owner is only on Cc", () => {
    const m = expedited({ toRecipients: [{ name: 'Nämnden', address: 'folkhalsonamnden@kronoberg.se' }], ccRecipients: [{ name: OWNER.name, address: OWNER.address }] });
    expect(extractFeatures(m, KRONOBERG, OWNER).ownerCcOnly).toBe(true);
    expect(signOf(m, 'kopia_for_kannedom')).toBeNull();
    const toBody = expedited({ toRecipients: [{ name: OWNER.name, address: OWNER.address }, { name: 'Nämnden', address: 'folkhalsonamnden@kronoberg.se' }] });
    expect(signOf(toBody, 'kopia_for_kannedom')).toBe('ett expedierat beslut till organet');
  });

  it('does not hold the same letter with another kind of attachment, or a bare "utdrag" (round ten: a copy)', () => {
    expect(signOf(expedited({ attachments: [pdf('Utdrag_TN_2026-11-20.pdf')] }), 'kopia_for_kannedom')).toBeNull();
    expect(signOf(expedited({ attachments: [pdf('Kallelse_RS.pdf')] }), 'kopia_for_kannedom')).toBeNull();
  });
});

describe("a private person's question about the organisation to the owner alone", () => {
  const question = (text: string, fromName = 'Viktor Åslund') =>
    message({
      subject: 'Mormors matkasse',
      text,
      from: { name: fromName, address: 'viktor.aslund@hotmail.com' },
    });
  const asking = 'Hej, jag skriver åt min mormor som bor själv i byn. Chauffören sa att Region Kronoberg ska se över bidraget till hemsändning. Kan du ta reda på om det stämmer?';

  it('holds a purge as private life', () => {
    expect(signOf(question(asking), 'privat')).toBe('en fråga från en enskild om organisationens verksamhet');
  });

  it('does not hold it when the letter names no part of the organisation', () => {
    expect(signOf(question('Hej, mormor undrar om du kan komma på kaffe på söndag? Kan du ringa henne?'), 'privat')).toBeNull();
  });

  it('does not hold it when it goes to others besides the owner', () => {
    const m = { ...question(asking), toRecipients: [{ name: OWNER.name, address: OWNER.address }, { name: 'Per', address: 'per.berg@gmail.com' }] };
    expect(signOf(m, 'privat')).toBeNull();
  });
});

describe("the owner's reply to a private person with the administration on Cc", () => {
  const reply = (subject: string, cc: string) =>
    message({
      subject,
      text: 'Hej Tilde, vilken bra idé. Jag har skickat ditt mejl till Josefin, landsbygdsutvecklare, som står på kopia. Be henne gärna om ett möte.',
      fromAddress: OWNER.address,
      toRecipients: [{ name: 'Tilde Engström', address: 'tilde.engstrom@gmail.com' }],
      ccRecipients: [{ name: 'Josefin', address: cc }],
    });

  it('holds a purge as private conversation', () => {
    expect(signOf(reply('Sv: Obemannad butik i byn', 'josefin.hagglund@kronoberg.se'), 'konversation')).toBe('den förtroendevaldas svar till en enskild med förvaltningen på kopia');
  });

  it('does not hold it with a private address on Cc, or when it is no reply', () => {
    expect(signOf(reply('Sv: Obemannad butik i byn', 'josefin.hagglund@gmail.com'), 'konversation')).toBeNull();
    expect(signOf(reply('Obemannad butik i byn', 'josefin.hagglund@kronoberg.se'), 'konversation')).toBeNull();
  });
});

describe("the administration's full account to the owner with a document attached", () => {
  const account = (text: string) =>
    message({
      subject: 'Lägesrapport BUP-kön september',
      text,
      fromAddress: 'anders.kvist@kronoberg.se',
      attachments: [{ name: 'BUP_kolage_sep_2026.xlsx', contentType: 'application/vnd.ms-excel', size: 30_000 }],
    });
  const long =
    'Hej Karin, inför presidiemötet kommer här läget i barn- och ungdomspsykiatrin efter september. ' +
    'Väntande till första bedömning: 642 barn och unga (augusti 598). Andel som fått första bedömning inom 30 dagar: 41 procent (målet är 90). ' +
    'Väntande till fördjupad utredning: 388, varav 212 har väntat mer än 90 dagar. Längst väntetid har neuropsykiatriska utredningar i västra länsdelen. ' +
    'Orsaken är i första hand bemanningen: vi har sju vakanta psykologtjänster av 31, och två av tre hyrpsykologavtal löpte ut i augusti. ' +
    'Remissinflödet har samtidigt ökat med 18 procent jämfört med 2025, framför allt från elevhälsan. ' +
    'Åtgärder som pågår: vi rekryterar, vi har tecknat ett nytt avtal om bedömningar och vi prioriterar om i kön efter medicinskt behov. ' +
    'Jag redovisar detta också på nämndens sammanträde i oktober, med en jämförelse med de andra regionerna i sjukvårdsregionen. Hör av dig om du vill att jag tar fram mer.';

  it('holds a purge as meeting routine', () => {
    expect(long.length).toBeGreaterThan(900);
    expect(signOf(account(long), 'administrativt')).toBe('förvaltningens redogörelse med bilaga till den förtroendevalda');
  });

  it('does not hold a short routine note with a form attached', () => {
    expect(signOf(account('Hej, fyll i bifogad blankett med sammanträdestider och skicka tillbaka senast 1/12. Ekonomiavdelningen'), 'administrativt')).toBeNull();
  });
});
