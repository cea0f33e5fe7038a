// Tests for round seven (postvakt-model/2.6.0): relatives and the owner's own private address, the administration's request in a matter, the owner's hand-over to the registrar, a person writing in English, and svar_kravs by the fourth corpus's convention.

import { buildClassifyContext, classify } from '../../../src/domain/classify';
import { profileForOrganization } from '../../../src/domain/policy';
import type { MailMessage, MailboxOwner } from '../../../src/domain/types';
import { borrowedDomain } from '../../../src/domain/classify/imitation';
import { featureIds, message, requestIn } from './support';

/** An imaginary inland municipality with its own politicians' domain and a housing company. */
const TALLBERGA = profileForOrganization(
  {
    id: 'tallberga-test',
    name: 'Tallberga kommun',
    politicianDomain: 'ledamot.tallberga.se',
    orgDomains: ['tallberga.se', 'tallbergahem.se'],
    registrar: { name: 'Registrator', address: 'diarium@tallberga.se' },
  },
  ['olof.sandin@ledamot.tallberga.se'],
);
const OLOF: MailboxOwner = { name: 'Olof Sandin', address: 'olof.sandin@ledamot.tallberga.se', roles: ['ordförande, omsorgsnämnden'], party: 'Centerpartiet' };
const toOlof = [{ name: 'Olof Sandin', address: OLOF.address }];
const ids = (m: MailMessage) => featureIds(m, TALLBERGA, OLOF);
const verdict = (m: MailMessage) => classify(m, TALLBERGA, buildClassifyContext(OLOF, []));
const inbound = (fromName: string, fromAddress: string, subject: string, text: string) =>
  message({ from: { name: fromName, address: fromAddress }, toRecipients: toOlof, subject, text });
const sent = (to: { name: string; address: string }[], subject: string, text: string) =>
  message({ folder: 'sentitems', from: { name: OLOF.name, address: OLOF.address }, toRecipients: to, subject, text } as Partial<MailMessage>);

describe('relatives and the owner\'s own private address', () => {
  it('reads a private address that carries the owner\'s surname as a relative', () => {
    const m = inbound('Tilda Sandin', 'tilda.s@hotmail.com', 'hej farsan', 'kan du hämta mig vid stationen efter träningen? bussen går inte ikväll');
    expect(ids(m)).toContain('struktur.anhorig');
    expect(verdict(m).category).not.toBe('registrera');
    expect(verdict(m).flags).not.toContain('svar_kravs');
  });

  it('does not take a resident with another surname for a relative', () => {
    const m = inbound('Berit Holm', 'berit.holm@hotmail.com', 'bussen', 'Bussen till Norrby har inte gått på tre dagar. Gör något åt det, ni i kommunen.');
    expect(ids(m)).not.toContain('struktur.anhorig');
  });

  it('does not take the owner under their own name from a private address for a relative', () => {
    const m = inbound('Olof Sandin', 'olofsandin@gmail.com', 'minneslapp', 'ringa hemtjänsten om schemat');
    expect(ids(m)).not.toContain('struktur.anhorig');
  });

  it('reads the owner\'s mail to a private address of their own as a note, not a letter out', () => {
    const m = sent([{ name: 'olofsandin', address: 'olof.sandin.62@gmail.com' }], 'till helgen', '- läsa budgetunderlaget till nämnden\n- svara grannföreningen?');
    const f = ids(m);
    expect(f).toContain('struktur.egen_anteckning');
    expect(f).not.toContain('struktur.svar_i_uppdraget');
    expect(verdict(m).category).not.toBe('registrera');
  });

  it('still reads the owner\'s letter to a resident\'s private address as a letter in the role', () => {
    const m = sent([{ name: 'Berit Holm', address: 'berit.holm@hotmail.com' }], 'Svar om bussen', 'Hej Berit, nämnden tar upp linjen till Norrby i december och jag återkommer efter beslutet.');
    expect(ids(m)).toContain('struktur.svar_i_uppdraget');
    expect(ids(m)).not.toContain('struktur.egen_anteckning');
  });
});

describe('the administration asks the owner in a matter', () => {
  it('speaks for registration when a staff member asks the chair to decide in a matter', () => {
    const m = inbound('Stina Berg', 'stina.berg@tallberga.se', 'Hemtjänstens nattpatrull', 'Hej Olof, nattpatrullen har fått fler larm än budgeten räcker till. Jag behöver ditt besked om ärendet ska upp på nämnden i januari.');
    expect(ids(m)).toContain('struktur.begaran_fran_forvaltningen');
  });

  it('speaks for it from a body\'s functional mailbox too, and from the housing company', () => {
    expect(ids(inbound('Socialnämnden', 'socialnamnden@tallberga.se', 'Begäran om yttrande', 'Nämnden ber er om ett yttrande över riktlinjen senast 3 december.'))).toContain('struktur.begaran_fran_forvaltningen');
    expect(ids(inbound('Kim Ek, vd', 'kim.ek@tallbergahem.se', 'Hyresskulden i Granen 2', 'Kan nämnden garantera hyran så att vi kan skjuta på beslutet om avhysning?'))).toContain('struktur.begaran_fran_forvaltningen');
  });

  it('does not count a draft\'s wording put to the owner (underhandskontakt)', () => {
    const m = inbound('Stina Berg', 'stina.berg@tallberga.se', 'Ordet i tjänsteskrivelsen', 'Innan tjänsteskrivelsen går till nämnden: kan du läsa formuleringen i stycke två?');
    expect(ids(m)).not.toContain('struktur.begaran_fran_forvaltningen');
  });

  it('does not count a notice without a matter, a copy, or a system sender', () => {
    expect(ids(inbound('Lön', 'lon@tallberga.se', 'Arvoden', 'Kontrollera dina uppgifter i självservice senast 15 december.'))).not.toContain('struktur.begaran_fran_forvaltningen');
    const cc = message({ from: { name: 'Stina Berg', address: 'stina.berg@tallberga.se' }, toRecipients: [{ name: 'Rut', address: 'rut@gmail.com' }], ccRecipients: toOlof, subject: 'Ert ärende', text: 'Kan du skicka underlaget till nämnden?' });
    expect(ids(cc)).not.toContain('struktur.begaran_fran_forvaltningen');
    expect(ids(inbound('Tallberga kommun', 'noreply@tallberga.se', 'Beslut', 'Kan du bekräfta beslutet i portalen?'))).not.toContain('struktur.begaran_fran_forvaltningen');
  });
});

describe('public records handed over and persons from abroad', () => {
  it('never proposes the owner\'s own mail to the registrar for purge as a copy', () => {
    const m = sent([{ name: 'Registrator', address: 'diarium@tallberga.se' }], 'Mitt svar till bygdeföreningen, för diarieföring', 'Hej, här är mitt svar på skrivelsen. Diarieför gärna med den.\n\nTill bygdeföreningen: nämnden behandlar frågan i februari.');
    expect(ids(m)).toContain('struktur.skickat_till_registrator');
    expect(verdict(m).category).not.toMatch(/^gallra/);
  });

  it('leaves a private address writing in English to the owner alone about the municipality to the model, not to spam', () => {
    const m = inbound('Piotr Zielinski', 'piotr.z@gmail.com', 'School bus for my son', 'Hello, we moved to Tallberga in the summer and my son has no place on the school bus although we live 6 km away. I cannot drive him because I start work at six. Please help us with this');
    expect(verdict(m).subtype).not.toBe('spam');
  });

  it('still calls English bulk with a link from a private address spam', () => {
    const m = message({
      from: { name: 'Deals', address: 'bestdeals2026@gmail.com' },
      toRecipients: [...toOlof, { name: 'x', address: 'x@tallberga.se' }],
      subject: 'Best offer this week',
      text: 'Get the best prices of the year on all our watches and bags. Order now at https://deals.example and save up to 70 percent this week only.',
    });
    expect(verdict(m).category).toBe('gallra_ringa');
  });
});

describe('svar_kravs by the convention of the fourth and later corpora', () => {
  it('flags a party group\'s ask about the political role, from a party domain', () => {
    const m = inbound('Centerpartiet Tallberga', 'tallberga@centerpartiet.se', 'Budgeten inför fullmäktige', 'Olof, gruppen behöver din text om äldreomsorgen i budgetmotionen. Skicka den till mig senast onsdag.');
    const v = verdict(m);
    expect(v.category).toBe('gallra_ej_allman');
    expect(v.flags).toContain('svar_kravs');
  });

  it('flags the party association\'s ask too, and not its newsletter', () => {
    const m = inbound('Centerpartiet Tallberga', 'tallberga@centerpartiet.se', 'Kretsstämma', 'Olof, kan du skicka dina nomineringar till valberedningen senast 20 november?');
    expect(verdict(m).flags).toContain('svar_kravs');
    const letter = message({
      from: { name: 'Centerpartiet', address: 'nyhetsbrev@centerpartiet.se' },
      toRecipients: toOlof,
      subject: 'Veckobrevet',
      text: 'Anmäl dig till stämman senast 20 november.',
      internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:x@centerpartiet.se>' }],
    });
    expect(verdict(letter).flags).not.toContain('svar_kravs');
  });

  it('flags a password that expires without a request phrase, and not a closed ticket', () => {
    const expiry = inbound('IT-avdelningen', 'it-avdelningen@tallberga.se', 'Ditt lösenord går ut om 5 dagar', 'Ditt lösenord till nätverket går ut 2026-11-24. Byt det via självservice.');
    expect(verdict(expiry).flags).toContain('svar_kravs');
    const closed = inbound('IT-avdelningen', 'it-avdelningen@tallberga.se', 'Planerat underhåll', 'Planerat underhåll av servrarna på lördag är klart.');
    expect(verdict(closed).flags).not.toContain('svar_kravs');
  });

  it('flags an IT notice that needs the owner\'s own action, and not one that needs none', () => {
    const twoFactor = inbound('IT-support', 'it-support@tallberga.se', 'Tvåstegsverifiering', 'Alla konton måste registrera tvåstegsverifiering i appen senast 30 november. Ditt lösenord räcker inte längre.');
    expect(verdict(twoFactor).flags).toContain('svar_kravs');
    const outage = inbound('IT-support', 'it-support@tallberga.se', 'Planerat underhåll', 'Planerat underhåll av e-postsystemet lördag. Ingen åtgärd behövs.');
    expect(verdict(outage).flags).not.toContain('svar_kravs');
  });

  it('never flags private mail', () => {
    const m = inbound('Tilda Sandin', 'tilda.s@hotmail.com', 'middag', 'Kan du ringa mig ikväll om söndagsmiddagen?');
    expect(verdict(m).flags).not.toContain('svar_kravs');
  });
});

describe('the administration\'s documents, drafts and internal services', () => {
  it('speaks for registration when a body\'s mailbox sends the owner its decided answer under a diarienummer', () => {
    const m = inbound('Tekniska nämnden', 'tekniska.namnden@tallberga.se', 'Nämndens svar', 'Till revisorerna. Nämnden har beslutat att anta yttrandet, dnr TN 2026/301, som svar på granskningen.');
    expect(ids(m)).toContain('struktur.handling_fran_forvaltningen');
  });

  it('speaks for it when a staff member sends a report in a matter as an attachment, and not for a lunch menu', () => {
    const report = message({ from: { name: 'Per Ås', address: 'per.as@tallberga.se' }, toRecipients: toOlof, subject: 'Sammanställning', text: 'Här är redovisningen till utskottet.', attachments: [{ name: 'redovisning.xlsx', contentType: 'application/vnd.ms-excel', size: 20000 }] } as Partial<MailMessage>);
    expect(ids(report)).toContain('struktur.handling_fran_forvaltningen');
    const lunch = message({ from: { name: 'Per Ås', address: 'per.as@tallberga.se' }, toRecipients: toOlof, subject: 'Lunchen', text: 'Menyn för fredag.', attachments: [{ name: 'meny.pdf', contentType: 'application/pdf', size: 20000 }] } as Partial<MailMessage>);
    expect(ids(lunch)).not.toContain('struktur.handling_fran_forvaltningen');
  });

  it('reads a staff member\'s question about a draft\'s wording as underhandskontakt', () => {
    const m = inbound('Stina Berg', 'stina.berg@tallberga.se', 'Förordet', 'Olof, vilken formulering vill du ha i förordet? Jag skickar inte vidare förrän du sagt till.');
    expect(ids(m)).toContain('struktur.underhandskontakt');
    expect(ids(m)).not.toContain('struktur.begaran_fran_forvaltningen');
  });

  it('reads the owner asking the administration for a report in a matter as the owner\'s record', () => {
    const m = sent([{ name: 'Stina Berg', address: 'stina.berg@tallberga.se' }], 'Ej verkställda beslut', 'Stina, jag vill ha en redovisning till utskottet av alla beslut som inte verkställts.');
    expect(ids(m)).toContain('struktur.uppdrag_till_forvaltningen');
  });

  it('does not read the owner\'s note to a colleague on the staff about lunch as an instruction', () => {
    const m = sent([{ name: 'Stina Berg', address: 'stina.berg@tallberga.se' }], 'Lunch', 'Kan du boka bord till fredag?');
    expect(ids(m)).not.toContain('struktur.uppdrag_till_forvaltningen');
  });

  it('reads an internal service desk, also another authority\'s, as temporary and not as an authority\'s letter', () => {
    const own = ids(inbound('Servicedesk', 'servicedesk@tallberga.se', 'Ditt ärende är löst', 'Vi har installerat om profilen på din iPad.'));
    expect(own).toContain('roll.intern_service');
    const region = ids(inbound('Region Norrby Servicedesk', 'servicedesk@regionnorrby.se', 'Ny telefon', 'Din nya telefon är klar att hämta.'));
    expect(region).toContain('roll.intern_service');
    expect(region).not.toContain('roll.myndighet');
  });

  it('reads a member municipality by its display name as another authority', () => {
    const m = inbound('Granbyns kommun', 'arbetsmarknad@granbyn.se', 'Delrapport', 'Vi vill ändra målgruppen i projektet och behöver ett nytt styrelsebeslut.');
    expect(ids(m)).toContain('roll.myndighet');
    expect(ids(inbound('Hyresgästföreningen Region Norr', 'norr@hyresgastforeningen.se', 'Brev', 'Vi vill träffa styrelsen.'))).not.toContain('roll.myndighet');
  });

  it('reads digits that stand in for a brand\'s letters as the brand, and leaves the brand\'s own domain alone', () => {
    expect(borrowedDomain('e0n-energi.com')).toBe('eon');
    expect(borrowedDomain('danskebank-sikkerhed.com')).toBe('danskebank');
    expect(borrowedDomain('eon.se')).toBeNull();
    expect(borrowedDomain('granby10.se')).toBeNull();
  });
});

describe('secrecy, deadlines by the hour and a private person\'s request', () => {
  it('flags sekretess for a personnummer in a matter of care or social services, and not in a booking', () => {
    const care = inbound('Anna Lund', 'anna.lund@tallberga.se', 'Insats', 'Hej, vi behöver ett beslut om insats i dag för en man född 19790630-1184 som står utan boende.');
    expect(verdict(care).flags).toEqual(expect.arrayContaining(['personnummer', 'sekretess']));
    const booking = inbound('Bokning', 'bokning@hotellet.se', 'Bekräftelse', 'Bokningsnummer 202704-118862 för rum 12, ankomst 3 april.');
    expect(verdict(booking).flags).not.toContain('sekretess');
  });

  it('flags sekretess for the owner\'s warning not to send personuppgifter by mail', () => {
    const m = sent([{ name: 'Jonna', address: 'jonna.k@gmail.com' }], 'SV: hjälp', 'Hej Jonna, jag kan inte gå in i ditt ärende. Skicka inte mer personuppgifter på mejl, ring mottagningen.');
    expect(verdict(m).flags).toContain('sekretess');
  });

  it('does not flag an invitation to a course about secrecy', () => {
    const m = inbound('Kansliet', 'kansliet@tallberga.se', 'Utbildning: sekretess och individärenden', 'Välkommen till utbildningsdag om OSL och sekretess för nämndens ledamöter den 12 oktober. Lunch ingår.');
    expect(verdict(m).flags).not.toContain('sekretess');
  });

  it('reads a deadline by the hour as a request', () => {
    expect(requestIn('Beslutet behöver undertecknas i dag före 16 så att det hinner till rätten.')).not.toBeNull();
    expect(requestIn('Mottagningen har öppet i dag från 16.')).toBeNull();
  });

  it('reads a private person asking the owner alone as a question in the role, and not a relative', () => {
    const resident = inbound('Jørgen Holm', 'jorgen.holm@gmail.com', 'Carport', 'Jeg har søgt om at bygge en carport for to måneder siden. Hvem kan jeg kontakte?');
    expect(ids(resident)).toContain('struktur.fraga_fran_enskild');
    const relative = inbound('Tilda Sandin', 'tilda.s@hotmail.com', 'söndag', 'Kan du ringa mig om söndagen?');
    expect(ids(relative)).not.toContain('struktur.fraga_fran_enskild');
  });

  it('reads a consultant\'s draft put to the owner as underhandskontakt', () => {
    const m = inbound('Eva Ros', 'eva.ros@revisionsbyran.se', 'Rapportutkast', 'Olof, här är utkastet till rapporten. Vill du läsa slutsatserna innan det går till nämnden?');
    expect(ids(m)).toContain('struktur.underhandskontakt');
  });
});

describe('party groups and offices in a signature', () => {
  it('reads a party group\'s address as the group\'s own mail, as sender or recipient', () => {
    const from = message({ from: { name: 'C-gruppen', address: 'c-gruppen@ledamot.tallberga.se' }, toRecipients: toOlof, subject: 'Tisdag', text: 'Vad säger vi om hemtjänsten på tisdag?' });
    expect(ids(from)).toContain('roll.partigrupp');
    const to = message({ from: { name: 'Kim', address: 'kim.ek@ledamot.tallberga.se' }, toRecipients: [{ name: 'Gruppen', address: 'kd_gruppen@ledamot.tallberga.se' }], subject: 'Linjen', text: 'Vi måste enas.' });
    expect(ids(to)).toContain('roll.partigrupp');
    expect(ids(inbound('Stina Berg', 'stina.berg@tallberga.se', 'Projektgruppens möte', 'Mötet flyttas.'))).not.toContain('roll.partigrupp');
  });

  it('does not read a neighbouring municipality\'s chair signing with a party letter as party mail', () => {
    const m = inbound('Bo Ek', 'bo.ek@politik.granbyn.se', 'Linje 150', 'Vi föreslår anropsstyrd trafik och vill träffa nämndens presidium. Bo Ek (M) Kommunstyrelsens ordförande, Granbyns kommun');
    expect(ids(m)).not.toContain('roll.partimarkering');
    const mp = inbound('Bo Ek', 'bo.ek@riksdagen.se', 'Linje 150', 'Jag vill att nämnden tänker om. Bo Ek (M) riksdagsledamot');
    expect(ids(mp)).toContain('roll.partimarkering');
  });

  it('does not boost a friend\'s question about the weekend as a private person\'s matter', () => {
    const m = inbound('Sofie Lind', 'sofie.lind@live.se', 'bokcirkeln', 'Bokcirkeln ses hos mig på torsdag. Har du hunnit läsa klart?');
    expect(ids(m)).not.toContain('struktur.fraga_fran_enskild');
  });
});
