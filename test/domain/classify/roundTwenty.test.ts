// Tests for round twenty (postvakt-model/2.19.0): a staff member's signature under party-group words, a letter sent "för kännedom och yttrande", and two holds on a purge: a letter from outside to a unit of the organisation that asks, and the administration's reply to the owner with a document.

import { extractFeatures } from '../../../src/domain/classify/features';
import type { MailMessage } from '../../../src/domain/types';
import { featureIds, KRONOBERG, message, OWNER, verdictOf } from './support';

describe("a staff member's word for a group meeting", () => {
  const basis = (signature: string, fromAddress = 'jonas.hedin@kronoberg.se') =>
    message({
      subject: 'Underlag inför beredningen 21 oktober',
      text: `Hej! Här kommer sammanställningen av dialogkvällarna inför mötet. Säg till om du vill att jag kommer in på gruppmötet innan.\n\n/Jonas\n${signature}`,
      fromAddress,
    });

  it('is the sender an official of the organisation in this test', () => {
    expect(extractFeatures(basis('Jonas Hedin'), KRONOBERG, OWNER).senderKind).toBe('org');
  });

  it('is party politics when nothing says who writes', () => {
    expect(featureIds(basis('Jonas Hedin'))).toContain('partipolitiskt.0');
  });

  it("is no party politics under an official's title, so the basis is not purged as party mail", () => {
    const m = basis('Jonas Hedin\növersiktsplanerare, samhällsbyggnadsförvaltningen');
    expect(featureIds(m)).not.toContain('partipolitiskt.0');
    expect(verdictOf(m).category).not.toBe('gallra_ej_allman');
  });

  it('still is party politics from an outside sender with such a title', () => {
    const m = basis('Jonas Hedin\nutredare', 'jonas.hedin@gmail.com');
    expect(featureIds(m)).toContain('partipolitiskt.0');
  });
});

describe('a report sent "för kännedom och yttrande"', () => {
  const report = (subject: string) =>
    message({
      subject,
      text: 'Till kommunstyrelsen. De förtroendevalda revisorerna överlämnar härmed rapporten om styrningen av de kommunala bolagen.',
      fromAddress: 'revisorerna@kronoberg.se',
    });

  it('is a request for a statement, not a copy for kännedom', () => {
    const ids = featureIds(report('Revisionsrapport: styrning av bolagen – för kännedom och yttrande'));
    expect(ids).toContain('yttrande.0');
    expect(ids).not.toContain('kopia_for_kannedom.0');
    expect(verdictOf(report('Revisionsrapport: styrning av bolagen – för kännedom och yttrande')).category).not.toMatch(/^gallra/);
  });

  it('stays a copy for kännedom when no statement is asked for', () => {
    expect(featureIds(report('Revisionsrapport: styrning av bolagen – för kännedom'))).toContain('kopia_for_kannedom.0');
  });
});

describe("a supplier's letter to a unit of the organisation, the owner on Cc", () => {
  const notice = (to: string) =>
    message({
      subject: 'Säkerhetsmeddelande: Rullan Flex 300 – bromsarm',
      text: 'Till hjälpmedelsverksamheter. Bromsarmen kan lossna. Berörda stolar får ett nytt fäste som vi levererar kostnadsfritt. Bekräfta med bifogad svarsblankett senast 30 oktober hur många stolar ni har.',
      fromAddress: 'quality@rullanmedical.se',
      toRecipients: [{ name: 'Hjälpmedelscentralen', address: to }],
      ccRecipients: [{ name: OWNER.name, address: OWNER.address }],
    });

  it('is held from a purge when it asks the unit to act', () => {
    const v = verdictOf(notice('hjalpmedelscentralen@kronoberg.se'));
    expect(v.category).not.toMatch(/^gallra/);
    expect(JSON.stringify(v.reasons)).toContain('skrivet till en enhet i organisationen med en begäran');
  });

  it('is not held by this rule when written to a person of the organisation', () => {
    expect(JSON.stringify(verdictOf(notice('lena.berg@kronoberg.se')).reasons)).not.toContain('skrivet till en enhet i organisationen');
  });
});

describe("the administration's reply to the owner alone with a document attached", () => {
  const reply = (subject: string, attachments: MailMessage['attachments']) =>
    message({
      subject,
      text: 'Hej Karin, svar på dina frågor: informationsbrevet finns på sju språk. Fördelningen per skola bifogas. Vill vårdnadshavaren att barnet vaccineras tidigare går det att boka på barnmottagningen.\n\nHälsningar\nSara',
      fromAddress: 'sara.vik@kronoberg.se',
      attachments,
    });
  const sheet = [{ name: 'Samtycke_per_skola.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 12_000 }];

  it('is held from a purge as routine', () => {
    const v = verdictOf(reply('Sv: HPV-information på andra språk', sheet));
    expect(v.category).not.toMatch(/^gallra/);
    expect(JSON.stringify(v.reasons)).toContain('förvaltningens svar till den förtroendevalda med bilaga');
  });

  it('is not held by this rule without an attachment or when it is no reply', () => {
    expect(JSON.stringify(verdictOf(reply('Sv: HPV-information på andra språk', [])).reasons)).not.toContain('med bilaga');
    expect(JSON.stringify(verdictOf(reply('HPV-information på andra språk', sheet)).reasons)).not.toContain('med bilaga');
  });
});
