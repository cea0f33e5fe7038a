// Tests for round four (postvakt-model/2.3.0): the owner's own letters, meeting administration, plain-word requests, imitation, secrecy in plain words and meeting requests.

import { buildClassifyContext, classify, modelInputs } from '../../../src/domain/classify';
import { orgKindOf } from '../../../src/domain/classify/authorities';
import { borrowedDisplayName, borrowedDomain, mismatchedLink, trustedHosts } from '../../../src/domain/classify/imitation';
import { detectSekretess } from '../../../src/domain/classify/sekretess';
import { matchStemFamilies, STEM_FAMILIES } from '../../../src/domain/classify/stemConcepts';
import { SIGNAL_IDS } from '../../../src/domain/classify/model';
import { SIGNALS } from '../../../src/domain/classify/signals';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, OWNER, featureIds, message, requestIn, verdictOf } from './support';

const ids = (m: MailMessage) => featureIds(m);
const own = (partial: Parameters<typeof message>[0]) => message({ fromAddress: OWNER.address, ...partial });
const to = (address: string) => [{ name: 'Mottagare', address }];

describe('the owner\'s own letters in the role', () => {
  it('reads raising an initiative matter with the nämnd as drawn up in the role', () => {
    const m = own({ toRecipients: to('socialnamnden@kronoberg.se'), subject: 'Initiativ till nämnden', text: 'Hej, jag vill väcka ett ärende om nattbemanningen på boendena till decembersammanträdet.' });
    expect(ids(m)).toContain('upprattad_initiativ.0');
    expect(verdictOf(m).category).toBe('registrera');
  });

  it('reads the owner\'s answer to a resident about a decision as a letter out in the role', () => {
    const m = own({ toRecipients: to('goran.lind@gmail.com'), subject: 'Sv: Nattbussen', text: 'Hej Göran, nämnden har beslutat att behålla nattbussen till mars och utredningen redovisas i februari.' });
    expect(ids(m)).toContain('struktur.svar_i_uppdraget');
  });

  it('does not read the owner\'s note to a colleague inside the organisation as a letter out', () => {
    const m = own({ toRecipients: to('per.holm@kronoberg.se'), subject: 'Nattbussen', text: 'Nämnden har beslutat, vi tar resten på tisdag.' });
    expect(ids(m)).not.toContain('struktur.svar_i_uppdraget');
  });

  it('does not read the owner\'s family mail as a letter out, even when it names a fee', () => {
    const m = own({ toRecipients: to('lillebror.ek@hotmail.com'), subject: 'Middag', text: 'Kram! Middag på lördag, jag betalar avgiften för bastun.' });
    expect(ids(m)).not.toContain('struktur.svar_i_uppdraget');
  });
});

describe('meeting administration', () => {
  it('reads a company board\'s convening of its members as a kallelse, not an open letter', () => {
    const m = message({ fromAddress: 'sekreterare@kronoberg.se', subject: 'Kallelse till extra styrelsemöte', text: 'Till styrelsens ledamöter och ersättare. Härmed kallas ni till extra styrelsemöte den 3 februari i Växjö.' });
    const hits = ids(m);
    expect(hits).toContain('kallelse.1');
    expect(hits).not.toContain('skrivelse.0');
    expect(verdictOf(m).category).toBe('gallra_ringa');
  });

  it('reads a notice that the minutes are to be approved as ringa', () => {
    const m = message({ fromAddress: 'namndsekreterare@kronoberg.se', subject: 'Protokoll 14 januari', text: 'Protokollet ska justeras i mötesappen. Du är justerare tillsammans med Ola.' });
    expect(verdictOf(m).category).toBe('gallra_ringa');
  });
});

describe('families of outside letters', () => {
  it('reads a request to have records handed out in plain words as a request for allmän handling', () => {
    const m = message({ subject: 'kopior', text: 'Jag önskar få ut kopior av avtalen med städfirman från i år.' });
    expect(ids(m)).toContain('begaran_allman_handling.1');
  });

  it('reads a demand addressed to a nämnd named as a compound as a letter to the nämnd', () => {
    const m = message({ fromAddress: 'styrelsen@bryggforeningen-exempel.se', subject: 'Bryggan', text: 'Vi kräver att kultur- och fritidsnämnden lagar bryggan före sommaren.' });
    expect(ids(m)).toContain('forslag_till_namnden.0');
  });

  it('reads an open letter to a nämnd\'s members whatever the nämnd is called', () => {
    const m = message({ fromAddress: 'info@hembygd-exempel.se', subject: 'Kvarnen', text: 'Till miljö- och byggnadsnämndens ledamöter. Rädda den gamla kvarnen.' });
    expect(ids(m)).toContain('skrivelse.0');
  });

  it('knows a local newsroom by the press\'s own words in its domain, and not a shop', () => {
    expect(orgKindOf('dalbygdensnytt.se')).toBe('media');
    expect(orgKindOf('kustbladet.se')).toBe('media');
    expect(orgKindOf('dalbygdensbygg.se')).toBeNull();
  });

  it('does not take a newsroom\'s advertising offer for a question in the role', () => {
    const m = message({ fromAddress: 'annons@dalbygdensnytt.se', subject: 'Synas i vårnumret', text: 'Boka en helsida före mars och få 25 % rabatt.' });
    expect(ids(m)).not.toContain('roll.media');
  });

  it('reads the law cited by chapter and section as an authority\'s matter', () => {
    const m = message({ fromAddress: 'kansli@vardforbundet-exempel.se', subject: 'Tolkning', text: 'Enligt 6 kap. 7 § kommunallagen ska nämnden se till att verksamheten bedrivs enligt mål.' });
    expect(ids(m)).toContain('lagrum.0');
  });

  it('never reads secrecy under OSL as a party\'s "sprid inte"', () => {
    const m = message({ fromAddress: 'sakerhetschef@kronoberg.se', subject: 'Incident i journalsystemet', text: 'Uppgifterna omfattas av sekretess enligt 18 kap. 8 § OSL. Sprid inte detta vidare. Presidiet informeras i morgon.' });
    expect(ids(m)).not.toContain('internt.0');
    expect(verdictOf(m).category).not.toBe('gallra_ej_allman');
  });

  it('reads "internt" as a party marking only when it is one', () => {
    expect(ids(message({ fromAddress: 'gruppledare@kronoberg.se', subject: 'Budgetidéer (internt)', text: 'Här är mina idéer.' }))).toContain('internt.0');
    expect(ids(message({ subject: 'Skolan', text: 'Det har utretts internt men ingen har återkommit.' }))).not.toContain('internt.0');
  });

  it('reads the party\'s vote explained to a voter as party mail', () => {
    const m = own({ toRecipients: to('vaeljare@gmail.com'), subject: 'Sv: Simhallen', text: 'Vi röstade emot eftersom finansieringen saknades.' });
    const labels = (modelInputs(m, KRONOBERG, buildClassifyContext(OWNER, [])) ?? []).map((h) => h.label);
    expect(labels).toContain('ej allmän handling – partiets röstning');
  });

  it('reads an errand on the way home and a game of padel as private', () => {
    expect(verdictOf(message({ fromAddress: 'sambon@icloud.com', subject: '', text: 'köp kaffe och blöjor på vägen hem' })).category).toBe('gallra_ej_allman');
    expect(ids(message({ fromAddress: 'kompis@gmail.com', subject: 'padel', text: 'Padel på fredag kl 18?' }))).toContain('stam.privat');
  });

  it('does not read a plan that will go out on remiss as a remiss received', () => {
    expect(ids(message({ fromAddress: 'planchef@kronoberg.se', subject: 'Strategin', text: 'Innan strategin går ut på remiss vill jag stämma av formuleringen i kapitel 3.' }))).not.toContain('remiss.0');
    expect(ids(message({ fromAddress: 'registrator@lansstyrelsen.se', subject: 'Remiss', text: 'Länsstyrelsen remitterar förslaget till regionen.' }))).toContain('remiss.0');
  });

  it('reads a resident\'s question in English as a question in the role', () => {
    const m = message({ fromAddress: 'worker.k@gmail.com', subject: 'doctor', text: 'Hello, the health centre said I cannot be registered there. Who is responsible for this? I would appreciate an answer.' });
    expect(ids(m)).toContain('medborgarfraga.3');
  });

  it('reads a colleague denied care and a plea for who can help as an individual\'s matter', () => {
    const m = message({ subject: 'vården', text: 'Min granne nekas vård på hälsocentralen. Vem kan hjälpa honom?' });
    expect(verdictOf(m).category).toBe('registrera');
  });

  it('reads documents published in the meeting tool as ringa, and a company\'s offer as advertising', () => {
    expect(ids(message({ fromAddress: 'namndsekreterare@kronoberg.se', subject: 'Individärenden', text: 'Individärendena till sammanträdet är nu publicerade i mötesappen.' }))).toContain('kallelse.1');
    expect(ids(message({ fromAddress: 'info@utbildning-exempel.se', subject: 'Kurs', text: 'Vi erbjuder en kurs i jäv för nämndledamöter.' }))).toContain('reklam.1');
  });

  it('keeps the ids of the features that were there before (learned weights are stored by id)', () => {
    const labelOf = (id: string) => SIGNALS[SIGNAL_IDS.indexOf(id)]?.label;
    expect(labelOf('partipolitiskt.7')).toBe('ej allmän handling – inom partigruppen');
    expect(labelOf('medborgarfraga.2')).toBe('rör verksamheten – invånare ber kommunen att åtgärda något');
    expect(labelOf('partipolitiskt.8')).toBe('ej allmän handling – partiets röstning');
  });

  it('matches a vowel-final noun in its definite form (bygge → bygget)', () => {
    const families = matchStemFamilies('bygget låter hela natten', () => true).map((h) => STEM_FAMILIES[h.family].id);
    expect(families).toContain('stam.verksamhet');
  });
});

describe('svar_kravs without a question mark', () => {
  it.each([
    ['a question by its opening word', 'Varför stänger ni simhallen på söndagar. Det är det enda lediga passet'],
    ['a question with the verb before its subject', 'Tack för beskedet. Skickar ni beslutet till mig när det är klart'],
    ['a plea', 'Lampan vid övergångsstället har varit släckt i en månad, snälla gör något'],
    ['a deadline by date', 'Vi behöver ert ställningstagande före 15 januari inför årsstämman'],
    ['wanting in plain words', 'Jag vill ha tillbaka avgiften för hösten'],
    ['an imperative to the reader', 'Här är mina siffror. Säg vilket alternativ du föredrar'],
  ])('finds %s', (_name, text) => {
    expect(requestIn(text)).not.toBeNull();
  });

  it('does not read a question-shaped subject line alone as a request', () => {
    expect(requestIn('Protokollet finns nu i appen.', 'Vem tar justeringen')).toBeNull();
  });

  it.each([
    ['how to appeal', 'Nämnden beslutade att avslå ansökan. Beslutet kan överklagas inom tre veckor från att du fick del av det.'],
    ['how to report that one cannot come', 'Handlingarna finns i appen. Meddela förhinder senast tisdag så kallas ersättaren.'],
    ['how to cancel a booking', 'Rum Kronan är bokat 9–12. Avboka senast 24 timmar innan.'],
  ])('does not read a standing instruction (%s) as a request to the reader', (_name, text) => {
    expect(requestIn(text)).toBeNull();
  });

  it('still reads a court\'s order to answer an appeal as a request', () => {
    expect(requestIn('Kommunen föreläggs att inom tre veckor yttra sig över överklagandet.')).not.toBeNull();
  });

  it('does not read an invitation\'s "När:" line as a question', () => {
    expect(requestIn('Dialogmöte med föreningarna\nNär: tisdag 3 mars 18.00\nVar: Biblioteket')).toBeNull();
  });

  it('does not read a statement as a question', () => {
    expect(requestIn('Nämnden beslutade i går. Protokollet finns på webben.')).toBeNull();
  });

  it('flags a resident\'s question without a question mark in mail decided for registration', () => {
    const v = verdictOf(message({ subject: 'gatlyset', text: 'Gatlyset på Ekvägen har varit släckt sedan oktober och barnen går till skolan i mörkret. vem ansvarar för att det lagas' }));
    expect(v.category).toBe('registrera');
    expect(v.flags).toContain('svar_kravs');
  });

  it('never flags a relative\'s errand, however it is asked', () => {
    const v = verdictOf(message({ fromAddress: 'syster.ek@gmail.com', subject: 'middag', text: 'Kram! Kan du köpa tårta till mammas födelsedag. Vem kommer på lördag' }));
    expect(v.flags).not.toContain('svar_kravs');
  });
});

describe('phishing by imitation', () => {
  it('takes a domain that borrows a service\'s name for an imitation, and the service\'s own for genuine', () => {
    expect(borrowedDomain('bankid-fornyelse.com')).toBe('bankid');
    expect(borrowedDomain('skatteverket-retur.se')).toBe('skatteverket');
    expect(borrowedDomain('msft-konto-varning.net')).toBe('msft');
    expect(borrowedDomain('email.teams.microsoft.com')).toBeNull();
    expect(borrowedDomain('skatteverket.se')).toBeNull();
    expect(borrowedDomain('bankdata.se')).toBeNull();
  });

  it('takes a display name that is only a service\'s name on another domain for an imitation, not a person', () => {
    expect(borrowedDisplayName('Skatteverket Kundtjänst', 'skv-retur.net')).toBe('skatteverket');
    expect(borrowedDisplayName('PostNord', 'postnord.se')).toBeNull();
    expect(borrowedDisplayName('Anna Berg på Microsoft-partnern', 'konsult-exempel.se')).toBeNull();
  });

  it('finds a link whose text shows a trusted host while it leads to another, but not a Safe Links wrapper or a link-protection rewrite', () => {
    const html = (href: string, text: string) => message({ html: `<p>Logga in:</p><a href="${href}">${text}</a>` });
    const trusted = trustedHosts(['kronoberg.se']);
    expect(mismatchedLink(html('https://login-check.example.net/x', 'https://www.kronoberg.se/intranat'), trusted)).toBe('kronoberg.se → login-check.example.net');
    expect(mismatchedLink(html('https://login-check.example.net/x', 'www.skatteverket.se'), trusted)).toBe('skatteverket.se → login-check.example.net');
    expect(mismatchedLink(html('https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.kronoberg.se%2F', 'www.kronoberg.se'), trusted)).toBeNull();
    expect(mismatchedLink(html('https://protect-eu.mimecast.com/s/Ab12', 'www.kronoberg.se'), trusted)).toBeNull();
    expect(mismatchedLink(html('https://click.nyhetsbyra-exempel.se/c/1', 'www.tidning-exempel.se'), trusted)).toBeNull();
    expect(mismatchedLink(html('https://www.kronoberg.se/a', 'Läs mer'), trusted)).toBeNull();
  });

  it('flags phishing for a borrowed name and for a shown-but-other link, and proposes no registration', () => {
    const borrowed = verdictOf(message({ fromAddress: 'support@bankid-fornyelse.com', subject: 'Ditt BankID', text: 'Förnya här: https://bankid-fornyelse.com/n' }));
    const link = verdictOf(message({ fromAddress: 'it@service-exempel.net', subject: 'Lösenord', html: '<a href="https://login-check.example.net/x">https://www.kronoberg.se/</a>' }));
    for (const v of [borrowed, link]) {
      expect(v.flags).toContain('phishing');
      expect(v.category).toBe('gallra_ringa');
    }
  });

  it('does not flag a borrowed name without a way in (no link, no attachment)', () => {
    const v = verdictOf(message({ fromAddress: 'info@apple-odlarna.se', subject: 'Äppelmust', text: 'Hej! Nu finns årets must att hämta i gårdsbutiken.' }));
    expect(v.flags).not.toContain('phishing');
  });

  it('flags credential and prize lures in Swedish and English', () => {
    for (const text of ['Ange ditt personnummer för att få återbetalningen.', 'We noticed an unusual sign-in to your mailbox.', 'Claim your prize today.']) {
      expect(verdictOf(message({ fromAddress: 'info@okand-avsandare.net', subject: 'Viktigt', text })).flags).toContain('phishing');
    }
  });

  it('reads short English bulk with a link and no Swedish as spam', () => {
    const v = verdictOf(message({ fromAddress: 'vip@coin-club.example', subject: 'Double your money in 30 days', text: 'Hello friend, join today: https://coin-club.example/join' }));
    expect([v.category, v.subtype]).toEqual(['gallra_ringa', 'spam']);
  });
});

describe('sekretess in plain words', () => {
  it.each([
    ['a relative in care', 'Min pappa ligger på avdelning 12 sedan i tisdags och var uttorkad när jag kom.'],
    ['the reader\'s relative in a reply', 'Jag beklagar det som hände. Frågor om din mammas vård hanteras av förvaltningen.'],
    ['a child\'s grades', 'Skolplattformen visar min sons betyg för andra föräldrar.'],
    ['a named person\'s safety alarm', 'Hon har hemtjänst och trygghetslarmet slutade fungera i natt, min mamma är 91 år.'],
  ])('answers sekretess for %s', (_name, text) => {
    expect(detectSekretess(text)).not.toBeNull();
  });

  it('answers sekretess for secrecy named by its OSL chapter or as absolute secrecy', () => {
    expect(detectSekretess('Absolut sekretess gäller enligt 19 kap. 3 § OSL tills tilldelningsbeslut fattats.')?.kind).toBe('sekretess');
    expect(detectSekretess('Anbudssammanställningen bifogas.')?.kind).toBe('sekretess');
  });

  it('does not answer sekretess for statistics without an individual or an automatic reply\'s subject', () => {
    expect(detectSekretess('Andelen elever med godkända betyg steg till 84 procent.')).toBeNull();
    expect(detectSekretess('Frånvaro: Re: Budget 2027. Jag är tillbaka måndag.')).toBeNull();
  });
});

describe('meeting requests', () => {
  const invitation = (partial: Parameters<typeof message>[0]) => message({ itemClass: 'IPM.Schedule.Meeting.Request', ...partial });

  it('never proposes a routine meeting request for purge (issue 12): osaker, to be judged in the calendar', () => {
    const v = verdictOf(invitation({ fromAddress: 'kansliet@kronoberg.se', subject: 'Presidiemöte', text: 'Presidiemöte. Tid: 12 januari 10.00–11.30. Plats: Rum Åsnen.' }));
    expect([v.category, v.subtype]).toEqual(['osaker', 'olasbart_kalender']);
  });

  it('keeps a meeting request that carries a proposal osaker, to be judged in the calendar', () => {
    const v = verdictOf(invitation({ fromAddress: 'styrelsen@bygdeforening-exempel.se', subject: 'Möte om skolan', text: 'Tid: 3 mars 18.00. Vi föreslår att nämnden behåller skolan och ber nämnden ta ställning.' }));
    expect([v.category, v.subtype]).toEqual(['osaker', 'olasbart_kalender']);
  });

  it('gives the model no inputs from a meeting request, so neither fit nor learning from decisions weighs one', () => {
    const m = invitation({ fromAddress: 'kansliet@kronoberg.se', subject: 'Presidiemöte', text: 'Presidiemöte. Tid: 12 januari 10.00–11.30. Plats: Rum Åsnen.' });
    expect(modelInputs(m, KRONOBERG, buildClassifyContext(OWNER, []))).toBeNull();
  });

  it('keeps a meeting request without text osaker', () => {
    const v = classify(invitation({ fromAddress: 'kansliet@kronoberg.se', subject: 'Möte', text: '' }), KRONOBERG, buildClassifyContext(OWNER, []));
    expect(v.category).toBe('osaker');
  });
});
