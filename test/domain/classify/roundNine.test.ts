// Tests for round nine (postvakt-model/2.8.0): a party writing to a body in a role the law names is a record; party life stays party mail.

import { buildClassifyContext, classify } from '../../../src/domain/classify';
import { profileForOrganization } from '../../../src/domain/policy';
import type { MailMessage, MailboxOwner } from '../../../src/domain/types';
import { extractFeatures } from '../../../src/domain/classify/features';
import { partyInFormalRole, paymentClaim } from '../../../src/domain/classify/formalRole';
import { message } from './support';

/** An imaginary inland municipality whose fullmäktige has a presidium and a valberedning with their own mailboxes. */
const ASKRYD = profileForOrganization(
  {
    id: 'askryd-test',
    name: 'Askryds kommun',
    politicianDomain: 'fullmaktige.askryd.se',
    orgDomains: ['askryd.se'],
    registrar: { name: 'Registrator', address: 'diariet@askryd.se' },
  },
  ['maja.lind@fullmaktige.askryd.se', 'olle.berg@fullmaktige.askryd.se'],
);
const MAJA: MailboxOwner = { name: 'Maja Lind', address: 'maja.lind@fullmaktige.askryd.se', roles: ['ordförande, kommunfullmäktige', 'ordförande, valberedningen'], party: 'Kristdemokraterna' };
const toMaja = [{ name: 'Maja Lind', address: MAJA.address }];
const VALBEREDNINGEN = { name: 'Valberedningen', address: 'valberedningen@fullmaktige.askryd.se' };
const REGISTRAR = { name: 'Registrator', address: 'diariet@askryd.se' };
const verdict = (m: MailMessage, known: MailMessage[] = []) => classify(m, ASKRYD, buildClassifyContext(MAJA, known));
const mail = (fromName: string, fromAddress: string, subject: string, text: string, extra: Partial<MailMessage> = {}) =>
  message({ from: { name: fromName, address: fromAddress }, toRecipients: toMaja, subject, text, ...extra });
const pdf = (name: string) => ({ name, contentType: 'application/pdf', size: 120_000 });
const features = (m: MailMessage) => extractFeatures(m, ASKRYD, MAJA);

describe('a party writing to a body of the organisation in a role the law names', () => {
  it('registers a party\'s partistöd report sent to the registrar and addressed to fullmäktige', () => {
    const m = mail('Vänsterpartiet Askryd', 'askryd@vansterpartiet.se', 'Redovisning av partistöd för 2025', 'Till kommunfullmäktige i Askryds kommun\n\nVänsterpartiet lämnar här sin redovisning av partistödet för 2025 och granskarens intyg.\n\nKassören', {
      toRecipients: [REGISTRAR, ...toMaja],
      attachments: [pdf('Redovisning_V_2025.pdf')],
    });
    const v = verdict(m);
    expect(v.category).toBe('registrera');
    expect(v.reasons[0].rule).toContain('ett parti till ett organ');
  });

  it('registers a party\'s nomination sent to the valberedning\'s own mailbox', () => {
    const m = mail('Miljöpartiet Askryd', 'askryd@mp.se', 'Ny ledamot i tekniska nämnden', 'Miljöpartiet nominerar Sara Holm till ledamot i tekniska nämnden efter Erik Sand, som har avsagt sig uppdraget.\n\nStyrelsen MP Askryd', { toRecipients: [VALBEREDNINGEN] });
    expect(verdict(m).category).toBe('registrera');
  });

  it('does not propose purging a party\'s request for more time with its partistöd report, sent to the chair alone', () => {
    const m = mail('Vänsterpartiet Askryd', 'askryd@vansterpartiet.se', 'Partistödet', 'Hej Maja,\n\nVår granskare är bortrest. Kan vi få lämna redovisningen av partistödet två veckor senare än vanligt?\n\nKassören');
    expect(features(m).senderKind).toBe('party');
    expect(partyInFormalRole(features(m), ASKRYD)).toBe('doubt');
    expect(verdict(m).category).not.toMatch(/^gallra/);
  });
});

describe('party life from a party domain stays party mail', () => {
  it('purges a party\'s campaign newsletter as party mail', () => {
    const m = mail('Vänsterpartiet Askryd', 'askryd@vansterpartiet.se', 'Kampanjhelg i centrum', 'Hej alla medlemmar!\n\nNu drar vi igång kampanjen inför våren: dörrknackning lördag och flygblad på torget söndag. Ta med en vän!\n\nKampanjgruppen');
    const v = verdict(m);
    expect(v.category).toBe('gallra_ej_allman');
    expect(v.subtype).toBe('partipolitiskt');
  });

  it('purges a party group\'s call to its group meeting before fullmäktige as party mail', () => {
    const m = mail('Vänsterpartiet Askryd', 'askryd@vansterpartiet.se', 'Gruppmöte inför fullmäktige', 'Hej gruppen,\n\nGruppmöte måndag kl 18 i partilokalen inför fullmäktige på torsdag. Vi går igenom ärendelistan och våra yrkanden.\n\nGruppledaren');
    expect(verdict(m).category).toBe('gallra_ej_allman');
  });

  it('purges a party\'s internal line discussion as party mail', () => {
    const m = mail('Vänsterpartiet Askryd', 'askryd@vansterpartiet.se', 'Vår linje om skolnedläggningen', 'Hej,\n\nVi behöver landa i en gemensam linje om skolan i Norrby innan debatten. Jag föreslår att vi röstar nej och skriver en reservation. Vad tycker ni?\n\nAnna');
    expect(partyInFormalRole(features(m), ASKRYD)).toBeNull();
    expect(verdict(m).category).toBe('gallra_ej_allman');
  });

  it('keeps a party\'s own nominations for its district meeting as party life', () => {
    const m = mail('Vänsterpartiet Askryd', 'askryd@vansterpartiet.se', 'Nomineringar till distriktsstämman', 'Hej!\n\nPartiets valberedning tar emot nomineringar till distriktsstyrelsen till 15 januari.\n\nStyrelsen');
    expect(partyInFormalRole(features(m), ASKRYD)).toBeNull();
    expect(verdict(m).category).toBe('gallra_ej_allman');
  });
});

describe('mail to a body and the owner\'s own letters as the body', () => {
  it('does not read a resident\'s question to the valberedning\'s mailbox about a position as party mail', () => {
    const m = mail('Ali Noor', 'ali.noor@gmail.com', 'Vill bli nämndeman', 'Hej valberedningen\n\nJag är inte medlem i något parti men vill bli nämndeman. Hur går det till och kan ni föreslå mig?\n\nAli Noor', { toRecipients: [VALBEREDNINGEN] });
    expect(verdict(m).category).toBe('registrera');
  });

  it('does not read the owner\'s proposal signed as the valberedning\'s chair and sent to the registrar as party mail', () => {
    const m = mail('Maja Lind', MAJA.address, 'Valberedningens förslag till fullmäktige', 'Valberedningen föreslår att fullmäktige väljer Sara Holm (MP) till ledamot i tekniska nämnden.\n\nMaja Lind (KD)\nValberedningens ordförande', {
      folder: 'sentitems',
      toRecipients: [REGISTRAR],
    });
    expect(verdict(m).category).toBe('registrera');
  });
});

describe('a claim on the organisation\'s payments', () => {
  it('counts a colleague\'s förlorad arbetsinkomst claim with its certificate as a claim, and never purges it', () => {
    const m = mail('Olle Berg', 'olle.berg@fullmaktige.askryd.se', 'Förlorad arbetsinkomst november', 'Hej Maja,\n\nHär är intyget från min arbetsgivare och mina timmar för förlorad arbetsinkomst vid sammanträdena i november. Skriv under och skicka till lönekontoret.\n\nOlle', {
      attachments: [pdf('Intyg_arbetsgivare.pdf')],
    });
    expect(paymentClaim(features(m))).toBe(true);
    expect(verdict(m).category).not.toMatch(/^gallra/);
  });

  it('does not count the pay office\'s reminder to everyone as a claim', () => {
    const m = mail('Löneservice', 'loneservice@askryd.se', 'Påminnelse: förlorad arbetsinkomst', 'Hej,\n\nGlöm inte att lämna blanketten för förlorad arbetsinkomst senast 20 november.\n\nLöneservice');
    expect(paymentClaim(features(m))).toBe(false);
  });
});
