// Tests for round eight (postvakt-model/2.7.0): one safety rule over every gallra proposal, and a draft's word that no longer matches its longer cousins.

import { buildClassifyContext, classify } from '../../../src/domain/classify';
import { profileForOrganization } from '../../../src/domain/policy';
import type { MailMessage, MailboxOwner } from '../../../src/domain/types';
import { extractFeatures } from '../../../src/domain/classify/features';
import { publicRecordSign } from '../../../src/domain/classify/safety';
import { message } from './support';

/** An imaginary coastal municipality with a port company. */
const SJOVIKEN = profileForOrganization(
  {
    id: 'sjoviken-test',
    name: 'Sjövikens kommun',
    politicianDomain: 'politik.sjoviken.se',
    orgDomains: ['sjoviken.se', 'sjovikenhamn.se'],
    registrar: { name: 'Registrator', address: 'diarium@sjoviken.se' },
  },
  ['karin.berg@politik.sjoviken.se'],
);
const KARIN: MailboxOwner = { name: 'Karin Berg', address: 'karin.berg@politik.sjoviken.se', roles: ['ledamot, styrelsen för Sjövikens Hamn AB', 'ordförande, fritidsnämnden'], party: 'Liberalerna' };
const toKarin = [{ name: 'Karin Berg', address: KARIN.address }];
const verdict = (m: MailMessage, known: MailMessage[] = []) => classify(m, SJOVIKEN, buildClassifyContext(KARIN, known));
const inbound = (fromName: string, fromAddress: string, subject: string, text: string, extra: Partial<MailMessage> = {}) =>
  message({ from: { name: fromName, address: fromAddress }, toRecipients: toKarin, subject, text, ...extra });
const attachment = (name: string, contentType = 'application/octet-stream') => ({ name, contentType, size: 40_000 });
const heldReason = (m: MailMessage) => verdict(m).reasons[0]?.evidence ?? '';

describe('a purge proposal is held back by signs of a public record', () => {
  it('does not call a bidder\'s English letter to a board member, naming the organisation\'s procurement, a mass mailing', () => {
    const m = inbound('Piet de Vries', 'piet.devries@harbourgear.nl', 'Meeting about the quay tender?', 'Dear Ms Berg,\n\nOur company has bid in the tender for the new quay fenders at Sjöviken harbour. Could we meet for coffee before the board chooses a supplier?\n\nKind regards\nPiet');
    const v = verdict(m);
    // Round sixteen: a bidder's approach during a procurement is the matter's record (as fresh-2026-12g labels vs-006), no longer osaker.
    expect(v.category).toBe('registrera');
    // Round eleven: English to the owner alone naming the organisation's place never reaches the spam rule.
    expect(v.subtype).not.toBe('spam');
  });

  it('does not call a supplier\'s English invitation to a board member by name, naming the organisation, a mass mailing', () => {
    const m = inbound('Piet de Vries', 'piet.devries@harbourgear.nl', 'Invitation: Harbour Gear Days', 'Dear Karin,\n\nWe hope to keep working with Sjöviken harbour. You are welcome to our Harbour Gear Days in Rotterdam in March; travel and hotel are on us. Please confirm by 1 February.\n\nPiet');
    expect(verdict(m).category).toBe('osaker');
  });

  it('still proposes real English bulk advertising for purge', () => {
    const m = inbound('Deals Team', 'offers@gadgetdeals.example.com', 'Limited offer for you', 'Get the best deals of the year today! Click here to join our free club and save 50 % on all gadgets: https://gadgetdeals.example.com/join');
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('holds an application from a private address with a packed attachment, and still flags the attachment', () => {
    const m = inbound('Ungdomsgruppen Vågen', 'vagen.grupp@gmail.com', 'Ansökan om bidrag till sommarläger', 'Hej Karin\n\nVi är några ungdomar som vill ordna ett sommarläger på ön. Här är vår ansökan och en budget. Säg till om något fattas.\n\nMvh gruppen', { attachments: [attachment('ansokan.pdf', 'application/pdf'), attachment('budget.zip', 'application/zip')] });
    const v = verdict(m);
    expect(v.category).toBe('osaker');
    expect(v.flags).toEqual(expect.arrayContaining(['phishing', 'okand_bilaga']));
    expect(heldReason(m)).toContain('ansökan');
  });

  it('still purges a packed attachment from a private address that applies for nothing', () => {
    const m = inbound('Okänd', 'snabb.leverans@gmail.com', 'Din faktura', 'Se bifogad fil.', { attachments: [attachment('faktura.zip', 'application/zip')] });
    expect(verdict(m).category).toBe('gallra_ringa');
    expect(verdict(m).flags).toContain('phishing');
  });

  it('still purges phishing from a look-alike domain however much it asks', () => {
    const m = inbound('Sjövikens kommun IT', 'it@sjoviken-support.com', 'Ansökan om ny behörighet', 'Kan du bekräfta din behörighet senast i dag? Logga in här: https://sjoviken-support.com/login', { attachments: [attachment('ansokan.pdf', 'application/pdf')] });
    const v = verdict(m);
    expect(v.category).toBe('gallra_ringa');
    expect(v.subtype).toBe('natfiske');
  });

  it('does not take an authority\'s offer from its own domain, asking for a formal request, for phishing', () => {
    const m = inbound('MSB', 'stod@msb.se', 'Erbjudande: reservkraft inom 24 timmar', 'Hej,\n\nVi kan inom 24 timmar ställa reservkraft till förfogande för kommunen. Vill ni ta emot stödet behöver vi en skriftlig framställan från kommunens krisledning. Svara senast i morgon.\n\nMSB', { toRecipients: [{ name: 'Kommunen', address: 'kommun@sjoviken.se' }, ...toKarin] });
    const v = verdict(m);
    expect(v.subtype).not.toBe('natfiske');
    expect(v.category === 'registrera' || v.category === 'osaker').toBe(true);
  });

  it('holds a reporter\'s questions about the nämnd with a deadline', () => {
    const m = inbound('Olle Ek', 'olle.ek@sjovikenskuriren.se', 'Badhuset – frågor', 'Hej Karin,\n\nVi skriver om badhuset. Varför har nämnden stoppat renoveringen, och har ni fått något erbjudande från ett privat bolag? Jag behöver svar senast fredag.\n\nOlle, Sjövikens-Kuriren', {});
    const v = verdict(m);
    expect(v.category === 'registrera' || v.category === 'osaker').toBe(true);
  });

  it('holds the owner\'s own decision sent to the administration although it also calls a meeting', () => {
    const m = message({
      folder: 'sentitems',
      from: { name: KARIN.name, address: KARIN.address },
      toRecipients: [{ name: 'Kansliet', address: 'kansliet@sjoviken.se' }, { name: 'Per Holm', address: 'per.holm@sjoviken.se' }],
      subject: 'Ordförandebeslut om stängning av gästhamnen',
      text: 'Beslut\n\nGästhamnen stängs från och med i dag på grund av stormskadorna. Nämnden kallas till sammanträde på måndag kl 08.00.\n\nKarin Berg, ordförande',
    } as Partial<MailMessage>);
    expect(verdict(m).category).not.toMatch(/^gallra/);
  });
});

describe('structural certainty still purges', () => {
  it('purges a newsletter with a mass-mailing header even from an authority that asks', () => {
    const m = inbound('Boverket nyheter', 'nyhetsbrev@boverket.se', 'Nyhetsbrev december', 'Läs om de nya reglerna. Svara gärna på vår enkät senast 1 december.', { internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:avreg@boverket.se>' }] });
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('purges an automatic reply that asks nothing of the owner', () => {
    const m = inbound('Lars Ek', 'lars.ek@upphandlingsbyran.se', 'Automatiskt svar: Upphandling av kajen', 'Jag är på semester till och med 3 januari. Frågor om upphandlingen i Sjöviken går till växeln.');
    expect(verdict(m).category).toBe('gallra_ringa');
  });
});

describe('a draft is the word, not its longer cousins', () => {
  it('reads a subject with "utkast" from a colleague as a draft', () => {
    const m = message({ from: { name: 'Per Lund', address: 'per.lund@politik.sjoviken.se' }, toRecipients: toKarin, subject: 'Utkast interpellation om gästhamnen', text: 'Här är mitt första försök, säg vad du tycker.' });
    expect(verdict(m).reasons.map((r) => r.rule).join(' ')).toContain('utkast');
  });

  it('does not read "utkastade" (thrown out) in a subject as a draft', () => {
    const m = message({ from: { name: 'Per Lund', address: 'per.lund@politik.sjoviken.se' }, toRecipients: toKarin, subject: 'Barnen utkastade från isen igen', text: 'Hej, föreningens tider skrevs över i bokningen.' });
    expect(verdict(m).reasons.map((r) => r.rule).join(' ')).not.toContain('utkast/koncept');
  });
});

describe('documents in a matter and the administration\'s own letters', () => {
  it('holds an invitation that carries a proposal for the board to adopt', () => {
    const m = inbound('Kansliet', 'kansliet@sjoviken.se', 'Inbjudan till studiebesök och förslag till ny hamnordning', 'Till styrelsens ledamöter\n\nVälkommen på studiebesök i hamnen 12 december. Förslaget till ny hamnordning, som styrelsen ska fastställa i januari, bifogas.', { attachments: [attachment('Forslag_hamnordning.pdf', 'application/pdf')] });
    expect(verdict(m).category).not.toMatch(/^gallra/);
  });

  it('still purges an invitation with only a programme attached', () => {
    const m = inbound('Kansliet', 'kansliet@sjoviken.se', 'Inbjudan till julfika', 'Välkommen på julfika i stadshuset 18 december kl 15. Programmet bifogas.', { attachments: [attachment('program_julfika.pdf', 'application/pdf')] });
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('counts the administration\'s reply to the owner, quoted inline, as a sign against a private-life purge', () => {
    const m = inbound('Jon Ek', 'jon.ek@sjoviken.se', 'Sv: sopbilen i Norrby?', 'Hej Karin,\n\nDen 3 nov. 2026 skrev Karin Berg:\n> Hörde att sopbilen står på verkstan. Vad kör ni med under tiden?\n\nVi har hyrt en bil från Lövnäs, så hämtningen går som vanligt.\n\nJon Ek\nrenhållningschef');
    const f = extractFeatures(m, SJOVIKEN, KARIN);
    expect(publicRecordSign(m, f, SJOVIKEN, 'privat')).toContain('förvaltning');
    const chat = inbound('Jon Ek', 'jon.ek@sjoviken.se', 'fika i morgon?', 'Hej Karin, ses vi på fiket vid torget i morgon? /Jon');
    expect(publicRecordSign(chat, extractFeatures(chat, SJOVIKEN, KARIN), SJOVIKEN, 'privat')).toBeNull();
  });

  it('does not read a staff member\'s invitation home as a public record', () => {
    const m = inbound('Eva Lind', 'eva.lind@sjoviken.se', 'middag lördag?', 'Hej! Vi lagar fisksoppa hemma på lördag, du och Anders är välkomna vid sju. /Eva');
    expect(verdict(m).category).not.toBe('registrera');
    expect(verdict(m).reasons[0]?.evidence ?? '').not.toContain('kan vara en allmän handling');
  });

  it('does not take a negotiation with a union, as a hyphenated compound, for a negotiation between parties', () => {
    const m = message({ from: { name: 'Per Lund', address: 'per.lund@politik.sjoviken.se' }, toRecipients: toKarin, subject: 'LAS-förhandlingen', text: 'Kan du sitta med i LAS-förhandlingen på torsdag? Jag behöver besked i dag.' });
    expect(verdict(m).reasons.map((r) => r.rule).join(' ')).not.toContain('förhandling mellan partier');
  });

  it('still reads budget talks between the parties as party mail', () => {
    const m = message({ from: { name: 'Per Lund', address: 'per.lund@politik.sjoviken.se' }, toRecipients: toKarin, subject: 'förhandlingen', text: 'Förhandlingen med M om budgeten går trögt. Kan vi gå med på deras skattesänkning?' });
    expect(verdict(m).reasons.map((r) => r.rule).join(' ')).toContain('förhandling mellan partier');
  });
});


describe('requests by their grammatical form', () => {
  it('hears the official passive and a demand as requests for an answer', () => {
    const passive = inbound('Länsstyrelsen', 'beredskap@lansstyrelsen.se', 'Lägesrapport storm', 'Länsstyrelsen följer stormen. Kommunen ombeds lämna en lägesbild två gånger om dygnet från och med i dag.');
    const demand = inbound('Båtklubben Kajen', 'styrelsen@batklubbenkajen.se', 'Hamnavgifterna', 'Avgifterna för gästplatser har höjts med 40 procent utan att klubben tillfrågats. Vi kräver att styrelsen för hamnbolaget tar upp frågan igen.');
    expect(verdict(passive).flags).toContain('svar_kravs');
    expect(verdict(demand).flags).toContain('svar_kravs');
  });

  it('hears an imperative that opens a sentence as a request', () => {
    const m = inbound('Sara Nyman', 'sara.nyman@hotmail.com', 'Gästhamnen', 'Hej Karin. Ni har stängt gästhamnen utan förvarning och vi har bokat för hela sommaren. Förklara för mig varför fritidsnämnden inte sa något.');
    expect(verdict(m).flags).toContain('svar_kravs');
  });

  it('does not hear a newsletter\'s "read more" as a request', () => {
    const m = inbound('Hamnforum', 'info@hamnforum.example.se', 'Nyheter från hamnforum', 'Nya regler för gästhamnar i Norden. Läs mer på vår webbplats. Vi ses på mässan i vår.', { internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:avreg@hamnforum.example.se>' }] });
    expect(verdict(m).flags).not.toContain('svar_kravs');
  });
});
