// Tests for round five (postvakt-model/2.4.0): structure over vocabulary — copies to third parties, initiatives handed in, the owner's own forwards, requests to the organisation, a union as counterpart, meeting administration, imitation and flags.

import { buildClassifyContext, classify } from '../../../src/domain/classify';
import { detectSekretess } from '../../../src/domain/classify/sekretess';
import { profileForOrganization } from '../../../src/domain/policy';
import type { MailMessage, MailboxOwner } from '../../../src/domain/types';
import { featureIds, message, requestIn } from './support';

/** An imaginary municipality with its own politicians' domain and a housing company on another domain. */
const SJOVIK = profileForOrganization(
  {
    id: 'sjovik-test',
    name: 'Sjöviks kommun',
    politicianDomain: 'politik.sjovik.se',
    orgDomains: ['sjovik.se', 'sjovikhem.se'],
    registrar: { name: 'Registrator', address: 'registrator@sjovik.se' },
  },
  ['lena.nord@politik.sjovik.se', 'olle.berg@politik.sjovik.se'],
);
const LENA: MailboxOwner = { name: 'Lena Nord', address: 'lena.nord@politik.sjovik.se', roles: ['ordförande, tekniska nämnden'], party: 'Centerpartiet' };
const to = (...addresses: string[]) => addresses.map((address) => ({ name: 'Mottagare', address }));
const context = () => buildClassifyContext(LENA, []);
const ids = (m: MailMessage) => featureIds(m, SJOVIK, LENA);
const verdict = (m: MailMessage) => classify(m, SJOVIK, context());
const toLena = to(LENA.address);

describe('the owner on Cc of the administration\'s letter to someone else', () => {
  it('reads a copy of the administration\'s answer to a resident as ringa', () => {
    const m = message({ fromAddress: 'gatukontoret@sjovik.se', toRecipients: to('per.alm@gmail.com'), ccRecipients: toLena, subject: 'Svar om gatubelysningen', text: 'Hej Per, lamporna på Ekvägen byts vecka 50. Ordföranden får en kopia. Gatukontoret' });
    expect(ids(m)).toContain('struktur.kopia_till_utomstaende');
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('also reads a copy of a letter to the organisation\'s own company as such a copy', () => {
    const m = message({ fromAddress: 'kommundirektor@sjovik.se', toRecipients: to('vd@sjovikhem.se'), ccRecipients: toLena, subject: 'Sv: Bolagets begäran', text: 'Vi har tagit emot bolagets begäran och bereder den till januari.' });
    expect(ids(m)).toContain('struktur.kopia_till_utomstaende');
  });

  it('does not read the administration\'s note to a fellow politician, the owner on Cc, as a copy to a third party', () => {
    const m = message({ fromAddress: 'kansliet@sjovik.se', toRecipients: to('olle.berg@politik.sjovik.se'), ccRecipients: toLena, subject: 'Inför nämnden', text: 'Hej Olle, här är underlaget du bad om.' });
    expect(ids(m)).not.toContain('struktur.kopia_till_utomstaende');
  });
});

describe('an initiative handed in to the administration', () => {
  it('reads the owner\'s interpellation sent to the kansli as drawn up and registered', () => {
    const m = message({ fromAddress: LENA.address, toRecipients: to('kansliet@sjovik.se'), subject: 'Interpellation om vinterväghållningen', text: 'Till kommunstyrelsens ordförande. Hur många klagomål på plogningen har kommit in i vinter? Lena Nord (C)' });
    expect(ids(m)).toContain('struktur.initiativ_inlamnat');
    expect(verdict(m).category).toBe('registrera');
  });

  it('does not read a motion sent to a party colleague as handed in', () => {
    const m = message({ fromAddress: LENA.address, toRecipients: to('olle.berg@politik.sjovik.se'), subject: 'Motion om cykelbanor', text: 'Vad tycker du om den här formuleringen?' });
    expect(ids(m)).not.toContain('struktur.initiativ_inlamnat');
  });

  it('does not read the owner\'s ordinary mail to the kansli as an initiative', () => {
    const m = message({ fromAddress: LENA.address, toRecipients: to('kansliet@sjovik.se'), subject: 'Parkeringskort', text: 'Hej, mitt parkeringskort har gått ut.' });
    expect(ids(m)).not.toContain('struktur.initiativ_inlamnat');
  });
});

describe('the owner moving a letter from a private address to work', () => {
  const forward = (fromName: string) =>
    message({
      fromAddress: 'lenanord58@hotmail.com',
      from: { name: fromName, address: 'lenanord58@hotmail.com' },
      toRecipients: toLena,
      subject: 'Fwd: Bryggan vid campingen',
      text: 'Till jobbet.\n---------- Vidarebefordrat meddelande ----------\nFrån: Rolf Åkesson\nÄmne: Bryggan vid campingen\n\nHej Lena, bryggan vid campingstugan har rasat och ingen har lagat den. Kan ni se till att den blir säker före sommaren?',
    });

  it('reads it as a letter to register, not as the owner\'s private mail, and asks for an answer', () => {
    const m = forward('Lena Nord');
    expect(ids(m)).toContain('struktur.vidarebefordrat_av_agaren');
    const v = verdict(m);
    expect(v.category).toBe('registrera');
    expect(v.flags).toContain('svar_kravs');
  });

  it('does not count a private address under someone else\'s name as the owner\'s', () => {
    expect(ids(forward('Rolf Åkesson'))).not.toContain('struktur.vidarebefordrat_av_agaren');
  });
});

describe('a request to the organisation from outside', () => {
  it('reads a resident who asks what the municipality will do as a letter to register', () => {
    const m = message({ fromAddress: 'gunvor.lind@telia.com', toRecipients: toLena, subject: 'diket vid Norrgården', text: 'Hej Lena. Kommunen grävde upp diket i september och sen har ingen kommit tillbaka. Nu står vattnet i källaren. Jag vill veta vem som ska betala.' });
    expect(ids(m)).toContain('struktur.begaran_till_organisationen');
    expect(verdict(m).category).toBe('registrera');
  });

  it('does not read a friend\'s question without the organisation in it as such a request', () => {
    const m = message({ fromAddress: 'bosse.kvist@gmail.com', toRecipients: toLena, subject: 'bastun', text: 'Bastu på torsdag som vanligt? Jag tar med korv.' });
    expect(ids(m)).not.toContain('struktur.begaran_till_organisationen');
  });

  it('does not read an offer to the municipality as a request to it', () => {
    const m = message({ fromAddress: 'sales@parkeringsappen.se', toRecipients: toLena, subject: 'Erbjudande', text: 'Vi erbjuder kommunen en app för parkering. Vill du att jag bokar en demo?' });
    expect(ids(m)).not.toContain('struktur.begaran_till_organisationen');
  });

  it('does not read a party colleague in a neighbouring municipality as a request to the organisation', () => {
    const m = message({ fromAddress: 'stina.holm@grannby.se', toRecipients: toLena, subject: 'Nämnden', text: 'Hej Lena, vi i C-gruppen här tycker nämnden ska vänta med taxan. Kan vi ringas? Stina Holm (C)' });
    expect(ids(m)).not.toContain('struktur.begaran_till_organisationen');
    expect(verdict(m).category).not.toBe('registrera');
  });

  it('reads a survey to every municipality with a deadline to answer as more than a newsletter', () => {
    const m = message({
      fromAddress: 'enkat@forskning-kommuner.se',
      toRecipients: to('undisclosed-recipients@forskning-kommuner.se'),
      internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:stop@forskning-kommuner.se>' }],
      subject: 'Enkät om vinterväghållning',
      text: 'Till landets kommuner. Vi vore tacksamma om ni besvarar enkäten senast den 20 januari.',
    });
    expect(ids(m)).toContain('struktur.begaran_till_organisationen');
    expect(verdict(m).category).not.toBe('gallra_ringa');
    expect(verdict(m).flags).toContain('massutskick');
  });
});

describe('a letter that asks the organisation keeps its writer\'s circumstances out of the private and union evidence', () => {
  it('does not read a cabin owner\'s words as private mail when the letter asks the municipality', () => {
    const m = message({ fromAddress: 'rut.falk@gmail.com', toRecipients: toLena, subject: 'vägen till stugorna', text: 'Hej Lena, vi har stuga vid Norrsjön och kommunen har slutat ploga vägen. Jag vill veta varför.' });
    expect(ids(m).filter((id) => id.startsWith('stam.privat'))).toEqual([]);
    expect(verdict(m).category).toBe('registrera');
  });

  it('does not read an association\'s members as union mail when it asks the nämnd to act', () => {
    const m = message({ fromAddress: 'ordforande@pensionarerna-sjovik.se', toRecipients: toLena, subject: 'Bussen till träffpunkten', text: 'Hej, våra medlemmar kan inte längre ta sig till träffpunkten sedan linje 4 drogs in. Vi vill att nämnden ser över beslutet.' });
    expect(ids(m).filter((id) => id.startsWith('fackligt'))).toEqual([]);
  });

  it('still reads the union words of a member mailing that asks nothing of the organisation', () => {
    const m = message({ fromAddress: 'info@pensionarerna-sjovik.se', toRecipients: toLena, subject: 'Medlemsinformation', text: 'Hej medlem! Här kommer höstens program med medlemsträffar.' });
    expect(ids(m).some((id) => id.startsWith('fackligt'))).toBe(true);
  });

  it('does not read another authority\'s protokollsutdrag to the owner as a copy for kännedom', () => {
    const m = message({ fromAddress: 'kommunstyrelsen@grannby.se', toRecipients: toLena, subject: 'Protokollsutdrag KS § 88', text: 'Bifogat protokollsutdrag: kommunstyrelsen i Grannby föreslår att avgiften till det gemensamma förbundet inte höjs.' });
    expect(ids(m).filter((id) => id.startsWith('kopia_for_kannedom'))).toEqual([]);
  });
});

describe('a union as the employer\'s counterpart', () => {
  it('reads a union\'s request that the nämnd review its members\' hours as a letter to register, not member mail', () => {
    const m = message({ fromAddress: 'sjovik@vision.se', toRecipients: toLena, subject: 'Arbetstiderna i vinter', text: 'Hej Lena, våra medlemmar på gatukontoret har jourpass varannan helg. Vi vill att tekniska nämnden ser över schemat och vill ha ett möte före jul.' });
    const hits = ids(m);
    expect(hits).not.toContain('roll.fackforbund');
    expect(verdict(m).category).not.toBe('gallra_ej_allman');
  });

  it('still reads the union\'s invitation to its members as union mail', () => {
    const m = message({ fromAddress: 'sjovik@vision.se', toRecipients: toLena, subject: 'Medlemsträff', text: 'Hej medlem! Välkommen till medlemsträff med julfika. Anmäl dig senast fredag?' });
    expect(ids(m)).toContain('roll.fackforbund');
  });
});

describe('meeting administration and notices in plain words', () => {
  const fromKansli = (subject: string, text: string) => message({ fromAddress: 'tekniska@sjovik.se', toRecipients: toLena, subject, text });

  it('reads minutes waiting for a signature as ringa that asks for action', () => {
    const v = verdict(fromKansli('Protokollet', 'Hej Lena, protokollet från 3/12 väntar på din signering i portalen. Gärna före torsdag.'));
    expect(v.category).toBe('gallra_ringa');
    expect(v.flags).toContain('svar_kravs');
  });

  it('reads a meeting announced by its date with the papers uploaded as a kallelse', () => {
    expect(verdict(fromKansli('Kallelse tekniska nämnden 9 december', 'Nämnden sammanträder onsdag 9 december kl 13 i Lillsalen. Handlingarna finns uppladdade i portalen.')).category).toBe('gallra_ringa');
  });

  it('reads a member who cannot come and has the kansli call the ersättare as ringa', () => {
    const m = message({ fromAddress: 'olle.berg@politik.sjovik.se', toRecipients: toLena, subject: 'onsdag', text: 'Lena, jag kommer inte på onsdag, bilen är på verkstad. Kansliet kallar Berit. /Olle' });
    expect(verdict(m).category).toBe('gallra_ringa');
  });

  it('reads a login notice from the organisation as ringa', () => {
    expect(verdict(fromKansli('Nytt kort', 'Från januari krävs SITHS-kort för att logga in i ärendesystemet. Hämta kortet i receptionen.')).category).toBe('gallra_ringa');
  });

  it('reads a carrier\'s ticket as ringa', () => {
    const m = message({ fromAddress: 'noreply@tagbolaget.se', toRecipients: toLena, subject: 'Din resa Sjövik – Umeå', text: 'Här är din biljett. Avgång 06:12, vagn 3 plats 41.' });
    expect(verdict(m).category).toBe('gallra_ringa');
  });
});

describe('sender roles and imitation', () => {
  it('does not read another authority\'s decision from a no-reply address as a system notice', () => {
    const m = message({ fromAddress: 'no-reply@trafikverket.se', toRecipients: toLena, subject: 'Beslut om väg 612', text: 'Trafikverket har beslutat att bredda väg 612 vid Sjövik under 2027.' });
    expect(ids(m)).not.toContain('roll.systemavsandare');
  });

  it('still reads a company\'s no-reply mail as a system notice', () => {
    const m = message({ fromAddress: 'no-reply@bokningsportalen.se', toRecipients: toLena, subject: 'Kvitto', text: 'Tack, ditt kvitto finns i appen.' });
    expect(ids(m)).toContain('roll.systemavsandare');
  });

  it('leaves a visitor\'s English question about the municipality to the model instead of calling it spam', () => {
    const m = message({ fromAddress: 'j.meyer@web.de', toRecipients: toLena, subject: 'Bridge closed?', text: 'Dear Ms Nord, we read on the website of the municipality that the bridge to the island will be closed in July. Is that correct? We have booked a cottage there. Best regards, Jana Meyer' });
    expect(verdict(m).subtype).not.toBe('spam');
  });

  it('still calls short English bulk without a question spam', () => {
    const m = message({ fromAddress: 'deals@bestoffers-now.com', toRecipients: toLena, subject: 'Best deals', text: 'Get the best deals of the year today, only for you and your friends. Limited offer for this week.' });
    expect(verdict(m).subtype).toBe('spam');
  });

  it('reads a "delivery report" from a look-alike domain as phishing, a real one as unreadable', () => {
    const fake = message({ fromAddress: 'postmaster@sjovik-mail.com', toRecipients: toLena, subject: 'Din brevlåda är full', text: 'Verifiera ditt konto inom 24 timmar.' });
    expect(verdict(fake).flags).toContain('phishing');
    const real = message({ fromAddress: 'postmaster@sjovik.se', toRecipients: toLena, subject: 'Undeliverable: Budget', text: 'Delivery has failed to these recipients.' });
    expect(verdict(real).category).toBe('osaker');
  });

  it('reads an invoice that moves the payment to a new bankgiro, with an archive, as phishing', () => {
    const m = message({ fromAddress: 'ekonomi@kontorsvaror-norden.com', toRecipients: toLena, subject: 'Påminnelse', text: 'Betala till vårt nya bankgiro 1234-5678 i dag. Fakturan bifogas.', attachments: [{ name: 'faktura.zip', contentType: 'application/zip', size: 20000 }] });
    expect(verdict(m).flags).toContain('phishing');
  });

  it('reads an advance-fee letter as phishing', () => {
    const m = message({ fromAddress: 'mrs.hope@charity-intl.com', toRecipients: toLena, subject: 'Donation', text: 'Dear friend, I wish to donate a large sum to you. Kindly reply with your full name and address.' });
    expect(verdict(m).flags).toContain('phishing');
  });
});

describe('flags', () => {
  it('flags a mailing to every nämnd of its kind or to undisclosed recipients as massutskick', () => {
    const plural = message({ fromAddress: 'info@idrottsforbundet.se', toRecipients: to('fritidsnamnder@idrottsforbundet.se'), ccRecipients: toLena, subject: 'Till fritidsnämnderna', text: 'Information om bidragsreglerna.' });
    expect(verdict(plural).flags).toContain('massutskick');
    const hidden = message({ fromAddress: 'info@idrottsforbundet.se', toRecipients: to('undisclosed-recipients@idrottsforbundet.se'), subject: 'Information', text: 'Information om bidragsreglerna.' });
    expect(verdict(hidden).flags).toContain('massutskick');
  });

  it('does not flag one nämnd\'s member list as massutskick', () => {
    const m = message({ fromAddress: 'tekniska@sjovik.se', toRecipients: to('tn-ledamoter@sjovik.se'), subject: 'Studiebesök', text: 'Bussen går 8.15 från kommunhuset.' });
    expect(verdict(m).flags).not.toContain('massutskick');
  });

  it('reads protected personal data about the writer as sekretess, and policy talk about it as not', () => {
    expect(detectSekretess('Jag har skyddade personuppgifter och vågar inte gå till vallokalen.')?.kind).toBe('socialtjänst');
    expect(detectSekretess('Nämnden ska se över rutinerna för skyddade personuppgifter i röstlängden.')).toBeNull();
  });

  it('reads a weekday deadline as a request, but not a standing instruction to report förhinder', () => {
    expect(requestIn('Skriv under protokollet helst före fredag.')).not.toBeNull();
    expect(requestIn('Meddela förhinder senast onsdag till kansliet.')).toBeNull();
  });

  it('reads "är du snäll" as a plea', () => {
    expect(requestIn('Ordna ersättningen är du snäll, annars slutar vi.')).not.toBeNull();
  });

  it('reads a reply asked for and a demand in plain words as requests', () => {
    expect(requestIn('Svara gärna när ni har bestämt er.')).not.toBeNull();
    expect(requestIn('Meddela om nämnden tänker göra något åt det.')).not.toBeNull();
    expect(requestIn('Vi vill att gångbron lagas före vintern.')).not.toBeNull();
    expect(requestIn('Vi ser fram emot ert besked.')).not.toBeNull();
    expect(requestIn('Vi förutsätter att ärendet tas upp i februari.')).not.toBeNull();
  });

  it('does not read an offer to say more, nor a no-reply notice, as a request', () => {
    expect(requestIn('Säg till om du vill ha med siffrorna från i fjol.')).toBeNull();
    expect(requestIn('Detta meddelande går inte att svara på.')).toBeNull();
  });

  it('reads the request in a resident\'s letter that a colleague forwards', () => {
    const m = message({
      fromAddress: 'olle.berg@politik.sjovik.se',
      toRecipients: toLena,
      subject: 'VB: Badplatsen',
      text: 'Lena, den här gäller din nämnd. /Olle\n---------- Vidarebefordrat meddelande ----------\nFrån: Kerstin Öst\nÄmne: Badplatsen\n\nHej Olle. Klagomål: bryggan vid badplatsen är trasig sedan i maj. Vi vill att kommunen lagar den före sommaren.',
    });
    const v = verdict(m);
    expect(v.category).toBe('registrera');
    expect(v.flags).toContain('svar_kravs');
  });

  it('reads a warning not to send more personal details by e-mail as secrecy named', () => {
    expect(detectSekretess('Jag har lämnat ditt brev till enheten. Skicka helst inga fler uppgifter om din pappa med e-post.')?.kind).toBe('sekretess');
    expect(detectSekretess('Skicka gärna fler uppgifter om evenemanget.')).toBeNull();
  });

  it('reads a named relative waiting for a place in care, and a named person\'s illness, as sekretess', () => {
    expect(detectSekretess('Min mamma har väntat på plats på Ekbacken sedan april.')?.kind).toBe('socialtjänst');
    expect(detectSekretess('Jag har hjärtsvikt och kan inte gå till bussen.')?.kind).toBe('hälsa');
  });

  it('flags an attachment named as a trade secret or a secrecy annex', () => {
    const m = message({ fromAddress: 'vd@sjovikhem.se', toRecipients: toLena, subject: 'Underlag', text: 'Här är underlaget inför styrelsen.', attachments: [{ name: 'Bilaga 3 kalkyl AFFÄRSHEMLIGHET.pdf', contentType: 'application/pdf', size: 50000 }] });
    expect(verdict(m).flags).toContain('sekretess');
    const plain = message({ fromAddress: 'vd@sjovikhem.se', toRecipients: toLena, subject: 'Underlag', text: 'Här är underlaget inför styrelsen.', attachments: [{ name: 'Bilaga 3 kalkyl.pdf', contentType: 'application/pdf', size: 50000 }] });
    expect(verdict(plain).flags).not.toContain('sekretess');
  });

  it('reads an identifiable person\'s sensitive matter sent to the politician as a case', () => {
    const m = message({ fromAddress: 'stig.holm@gmail.com', toRecipients: toLena, subject: 'min bror', text: 'Hej. Min bror har en diagnos och bor i en lägenhet där hissen är trasig sedan oktober. Han kommer inte ut.' });
    expect(ids(m)).toContain('struktur.sekretess');
  });

  it('does not give the owner\'s own mail the secrecy feature, nor make a sister\'s family news a case', () => {
    const own = message({ fromAddress: LENA.address, toRecipients: to('kansliet@sjovik.se'), subject: 'Elevärende', text: 'Eleven har en diagnos, se bifogat.' });
    expect(ids(own)).not.toContain('struktur.sekretess');
    const family = message({ fromAddress: 'syrran.nord@hotmail.com', toRecipients: toLena, subject: 'pappa', text: 'Hej! Pappa ligger på sjukhuset efter stroken men mår bättre. Kram, din syster. Middag på söndag?' });
    expect(verdict(family).category).not.toBe('registrera');
  });
});
