// Tests for round three (postvakt-model/2.2.0): sender roles (authority mailboxes, own companies), MBL counterparts, new families, flags and the doubt thresholds.

import { buildClassifyContext, classify, modelInputs } from '../../../src/domain/classify';
import { senderOrgKind } from '../../../src/domain/classify/authorities';
import { DOUBT, doubtOf } from '../../../src/domain/classify/decide';
import { detectMassMailing } from '../../../src/domain/classify/flags';
import { extractFeatures } from '../../../src/domain/classify/features';
import { detectSekretess } from '../../../src/domain/classify/sekretess';
import { profileForOrganization } from '../../../src/domain/policy';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, OWNER, featureIds, message, verdictOf } from './support';

/** A city whose municipal companies write from their own domains. */
const CITY = profileForOrganization({
  id: 'alvby-test',
  name: 'Älvby stad',
  politicianDomain: 'politik.alvby.se',
  orgDomains: ['alvby.se', 'alvbybostader.se', 'alvbyvatten.se'],
  registrar: { name: 'Registrator', address: 'registrator@alvby.se' },
});
const CITY_OWNER = { name: 'Mona Berg', address: 'mona.berg@politik.alvby.se', roles: ['ledamot, kommunstyrelsen'], party: 'Liberalerna' };
const inCity = (m: MailMessage) => classify(m, CITY, buildClassifyContext(CITY_OWNER, []));
const cityIds = (m: MailMessage) => (modelInputs(m, CITY, buildClassifyContext(CITY_OWNER, [])) ?? []).map((h) => h.id);
const ids = (m: MailMessage) => featureIds(m);
const toCity = (partial: Parameters<typeof message>[0]) => message({ toRecipients: [{ name: CITY_OWNER.name, address: CITY_OWNER.address }], ...partial });

describe('sender roles', () => {
  it('takes an authority\'s functional mailbox on a domain no list knows for another authority', () => {
    expect(senderOrgKind('kommunstyrelsen', 'norrbyn.se')).toBe('authority');
    expect(senderOrgKind('socialnamnden', 'norrbyn.se')).toBe('authority');
    expect(senderOrgKind('registrator', 'norrbyn.se')).toBe('authority');
  });

  it('does not take a person or a shop on an unknown domain for an authority', () => {
    expect(senderOrgKind('lisa.holm', 'norrbyn.se')).toBeNull();
    expect(senderOrgKind('kundtjanst', 'norrbyn.se')).toBeNull();
  });

  it('does not take a member of parliament on riksdagen.se for an authority\'s letter', () => {
    expect(senderOrgKind('per.nilsson', 'riksdagen.se')).toBeNull();
    expect(senderOrgKind('info', 'kulturradet.se')).toBe('authority');
  });

  it('never reads party or club wording in a member municipality\'s decision as private mail', () => {
    const m = message({
      fromAddress: 'kommunstyrelsen@norrbyn.se',
      subject: 'Beslut om förbundets budget',
      text: 'Kommunstyrelsen har beslutat att tillstyrka budgeten. Årsmötet i förbundet hålls i mars, medlemsavgiften höjs inte.',
    });
    const hits = ids(m);
    expect(hits).toContain('roll.myndighet');
    expect(hits.filter((id) => id.startsWith('privat.') || id.startsWith('partipolitiskt.'))).toEqual([]);
  });

  it('marks a sender on one of the organisation\'s other domains as its own company, not on the main domain', () => {
    const owner = CITY_OWNER;
    const company = extractFeatures(toCity({ fromAddress: 'vd@alvbybostader.se', text: 'x' }), CITY, owner);
    const staff = extractFeatures(toCity({ fromAddress: 'ekonom@alvby.se', text: 'x' }), CITY, owner);
    expect([company.senderKind, company.ownCompany]).toEqual(['org', true]);
    expect(staff.ownCompany).toBe(false);
  });

  it('reads a municipal company\'s proposal to a nämnd like an outside party\'s letter', () => {
    const m = toCity({
      fromAddress: 'styrelsen@alvbyvatten.se',
      subject: 'Nytt reningsverk i Östby',
      text: 'Bolagets styrelse vill samtidigt föreslå att kommunstyrelsen tar ställning till en gemensam finansiering av ledningen till Östby.',
    });
    expect(cityIds(m)).toContain('forslag_till_namnden.0');
    expect(inCity(m).category).toBe('registrera');
  });

  it('reads the politician\'s own bill from the municipal energy company as private, never for registration', () => {
    const m = toCity({ fromAddress: 'kundservice@alvbyvatten.se', subject: 'Din faktura för vatten och avlopp', text: 'Hej Mona, din faktura för kvartalet finns på Mina sidor. Kundnummer 55120.' });
    expect(cityIds(m)).toContain('privat.5');
    expect(inCity(m).category).not.toBe('registrera');
  });

  it('does not read the organisation\'s own IT department\'s "Mina sidor" as a private customer notice', () => {
    const m = toCity({ fromAddress: 'it-stod@alvby.se', subject: 'Ny inloggning', text: 'Aktivera tvåfaktorsinloggning via Mina sidor på intranätet senast måndag.' });
    expect(cityIds(m)).not.toContain('privat.5');
  });
});

describe('a union as the employer\'s counterpart (MBL)', () => {
  const mbl = message({
    fromAddress: 'sektion.vaxjo@fackforbundet-exempel.se',
    subject: 'Förhandlingsframställan – sammanslagning av två vårdcentraler',
    text: 'Till regionen som arbetsgivare. Vi påkallar förhandling innan nämnden beslutar. Förslaget berör arton av våra medlemmar.',
  });

  it('counts the request and not the members or a party negotiation', () => {
    const hits = ids(mbl);
    expect(hits).toContain('forhandling_mbl.0');
    expect(hits.filter((id) => id.startsWith('fackligt.') || id.startsWith('partipolitiskt.'))).toEqual([]);
  });

  it('proposes it for registration', () => {
    expect(verdictOf(mbl).category).toBe('registrera');
  });

  it('still reads a union\'s own member invitation as union mail', () => {
    const members = message({ fromAddress: 'avd3@kommunal.se', subject: 'Medlemsträff', text: 'Hej medlem! Välkommen på medlemsträff om avtalsrörelsen på torsdag.' });
    expect(verdictOf(members).category).toBe('gallra_ej_allman');
  });
});

describe('vocabulary families', () => {
  it('reads a meeting tool\'s notice in general words from a no-reply address as ringa', () => {
    const m = message({ fromAddress: 'noreply@kronoberg.se', subject: 'Ny kallelse: Regionstyrelsen 9 december', text: 'Du har en ny kallelse. Öppna kallelsen i appen.' });
    expect(verdictOf(m).category).toBe('gallra_ringa');
  });

  it('reads a test vote in the voting app as ringa', () => {
    const m = message({ fromAddress: 'kansliet@kronoberg.se', subject: 'Testomröstning inför fullmäktige', text: 'Röstningsappen testas onsdag kl 13. Svara Nej på provfrågan.' });
    expect(verdictOf(m).category).toBe('gallra_ringa');
  });

  it('reads a guardian\'s letter about the annual account as the activities of the överförmyndare', () => {
    const m = message({ subject: 'Årsräkningen', text: 'Hej, jag är ställföreträdare för min granne och undrar vart jag ska skicka årsräkningen.' });
    expect(ids(m)).toContain('stam.verksamhet');
    expect(verdictOf(m).category).toBe('registrera');
  });

  it('reads a staff member\'s question about the wording of an unfinished plan as underhandskontakt', () => {
    const m = message({ fromAddress: 'planchef@kronoberg.se', subject: 'Ordvalet i kapitel 2', text: 'Ska jag skriva "ska" eller "bör" i kapitel 2? Vill du fortfarande ha den starkare varianten?' });
    expect(ids(m)).toContain('underhandskontakt.0');
    expect(verdictOf(m).category).toBe('gallra_ej_allman');
  });

  it('reads a newsroom\'s question with a broadcast time as media in the role', () => {
    const m = message({ fromAddress: 'nyheter@svt.se', subject: 'Ambulanserna i Tingsryd', text: 'Enligt våra uppgifter dröjer ambulansen allt längre. Vi sänder i kväll och vill ha en kommentar.' });
    expect(verdictOf(m).category).toBe('registrera');
  });

  it('reads an invitation to an opening with mingel from outside as ringa', () => {
    const m = message({ fromAddress: 'info@konsthallen-exempel.se', subject: 'Vernissage på lördag', text: 'Varmt välkommen på vernissage med mingel lördag kl 13.' });
    expect(verdictOf(m).category).toBe('gallra_ringa');
  });
});

describe('flags', () => {
  it('flags English phishing that asks to confirm an identity, and not a plain English question', () => {
    const lure = message({ fromAddress: 'alerts@parcel-redirect.example', subject: 'Parcel held', text: 'Dear customer, please confirm your details and pay the redelivery fee today.' });
    expect(verdictOf(lure).flags).toContain('phishing');
    const question = message({ subject: 'Bus to the hospital', text: 'Dear Karin Ek, I am new in Växjö. Is there a bus from the station to the hospital on Sundays? Thank you.' });
    expect(verdictOf(question).flags).not.toContain('phishing');
  });

  it('sees mail to the fullmäktige\'s or all politicians\' group address as a mass mailing, not to one nämnd', () => {
    const f = (to: string) => {
      const m = message({ toRecipients: [{ name: 'Grupp', address: to }], text: 'Information' });
      return detectMassMailing(m, extractFeatures(m, KRONOBERG, OWNER), KRONOBERG);
    };
    expect(f('kf@kronoberg.se')).toMatch(/gruppadress/);
    expect(f('fortroendevalda@kronoberg.se')).toMatch(/gruppadress/);
    expect(f('socialnamnden@kronoberg.se')).toBeNull();
  });

  it('asks for an answer to another authority\'s request to all members, not to the kansli\'s reminder', () => {
    const request = message({
      fromAddress: 'samhallsbyggnad@lansstyrelsen.se',
      toRecipients: [{ name: 'RF', address: 'rf@kronoberg.se' }],
      subject: 'Begäran om yttrande över vattenplanen',
      text: 'Länsstyrelsen ber regionen yttra sig över vattenplanen. Yttrandet ska ha kommit in senast den 15 januari.',
    });
    expect(verdictOf(request).flags).toEqual(expect.arrayContaining(['massutskick', 'svar_kravs']));
    const reminder = message({ fromAddress: 'kansliet@kronoberg.se', toRecipients: [{ name: 'RF', address: 'rf@kronoberg.se' }], subject: 'Påminnelse', text: 'Vi ber er lämna arvodesblanketten senast fredag.' });
    expect(verdictOf(reminder).flags).not.toContain('svar_kravs');
  });

  it('does not see secrecy in a policy complaint that mentions a relative\'s home care in passing', () => {
    expect(detectSekretess('Min pappa har hemtjänst och jag tycker att nedläggningen av stationen är fel.')).toBeNull();
  });

  it('sees secrecy in a guardian\'s account, bullying of a named pupil, and a bid that asks for it', () => {
    expect(detectSekretess('Jag är god man för min farbror och skickar årsräkningen.')?.kind).toBe('socialtjänst');
    expect(detectSekretess('Min son blir mobbad på rasterna.')?.kind).toBe('elevärende');
    expect(detectSekretess('Vi begär sekretess för prisbilagan.')?.kind).toBe('sekretess');
  });
});

describe('doubt thresholds', () => {
  const t = (registrera: number, gallra_ej_allman: number, gallra_ringa: number) => ({ registrera, gallra_ej_allman, gallra_ringa });

  it('lets evidence at the calibrated minimum decide, and not below it', () => {
    expect(doubtOf(t(DOUBT.minTop, 0, 0), t(DOUBT.minTop, 0, 0))).toBeNull();
    expect(doubtOf(t(DOUBT.minTop - 0.01, 0, 0), t(DOUBT.minTop - 0.01, 0, 0))).toEqual({ kind: 'weak' });
  });

  it('doubts when the second category is within the margin', () => {
    expect(doubtOf(t(4, 4 - DOUBT.margin + 0.01, 0), t(4, 3, 0))).toEqual({ kind: 'close', top: 'registrera', second: 'gallra_ej_allman' });
  });

  it('keeps the safety guards: a purge with real signs of a public record, even when learning lowered them', () => {
    expect(doubtOf(t(1, 0, 6.5), t(3, 0, 6.5))).toEqual({ kind: 'public_record' });
    expect(doubtOf(t(6.5, 3, 0), t(6.5, 3, 0))).toEqual({ kind: 'private' });
  });
});
