// Tests for round twenty (postvakt-model/2.19.0): party-group words under a staff signature, a letter sent "för kännedom och yttrande", two purge holds, the owner's question on a service area, a digit look-alike domain, the pay office's mailbox, a deadline in hours without a way in, "skriftligt besked", and private words inside work compounds.

import { extractFeatures } from '../../../src/domain/classify/features';
import { publicRecordSign } from '../../../src/domain/classify/safety';
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

describe("the owner's question to the administration about a service area", () => {
  const question = (text: string, subject = 'Vaccination Åsby') => message({ subject, text, fromAddress: OWNER.address, toRecipients: [{ name: 'Sara Vik', address: 'sara.vik@kronoberg.se' }] });

  it('is the owner asking the administration in a matter, registered', () => {
    const m = question('Hej Sara, jag har fått en fråga om varför Åsby bara har ett vaccinationstillfälle på dagtid i år. Vad är skälet, och går det att lägga till en kväll?');
    expect(featureIds(m)).toContain('struktur.uppdrag_till_forvaltningen');
    expect(verdictOf(m).category).toBe('registrera');
  });

  it('is not one without a service area or without a question', () => {
    expect(featureIds(question('Hej Sara, hur var helgen? Vi ses på måndag.', 'Helgen'))).not.toContain('struktur.uppdrag_till_forvaltningen');
    expect(featureIds(question('Hej Sara, tack för vaccinationstillfället i Åsby, det blev bra.'))).not.toContain('struktur.uppdrag_till_forvaltningen');
  });
});

describe("the organisation's domain with digits for letters", () => {
  const payslip = (address: string) =>
    message({ subject: 'Din lönespecifikation', text: 'Din lönespecifikation finns nu tillgänglig. Logga in på nytt och verifiera ditt bankkonto: https://kron0berg.se/heroma/login', fromAddress: address });

  it('is a look-alike of the organisation, purged as fraud', () => {
    expect(extractFeatures(payslip('lon@kron0berg.se'), KRONOBERG, OWNER).senderKind).toBe('lookalike');
    expect(extractFeatures(payslip('lon@kr0n0berg.se'), KRONOBERG, OWNER).senderKind).toBe('lookalike');
    expect(verdictOf(payslip('lon@kron0berg.se')).subtype).toBe('natfiske');
  });

  it('is not one when the digits spell another name', () => {
    expect(extractFeatures(payslip('info@kronoberg24.se'), KRONOBERG, OWNER).senderKind).toBe('external');
  });
});

describe("the pay office's mailbox", () => {
  it.each(['lonenheten', 'arvoden', 'hrservice'])('is an internal service as %s@', (local) => {
    const m = message({ subject: 'Ändrat utbetalningsdatum', text: 'Hej! Arvoden för november betalas ut 19 december i stället för 25 december. Ingen åtgärd krävs.', fromAddress: `${local}@kronoberg.se` });
    expect(featureIds(m)).toContain('roll.intern_service');
  });

  it('is not one for a person whose name begins alike', () => {
    const m = message({ subject: 'Ändrat datum', text: 'Hej! Mötet flyttas till den 19 december.', fromAddress: 'lonnie.berg@kronoberg.se' });
    expect(featureIds(m)).not.toContain('roll.intern_service');
  });
});

describe('a deadline in hours', () => {
  const offer = (extra: string) =>
    message({ subject: 'Samarbete med kommunens skuldrådgivning', text: `Hej, vi föreslår ett samarbete där rådgivarna kan begära betalningsanstånd för sina klienter inom 24 timmar.${extra}`, fromAddress: 'info@inkassobolaget.se' });

  it('is no fraud alone, without a link or an attachment', () => {
    expect(verdictOf(offer('')).subtype).not.toBe('natfiske');
  });

  it('still is with a link', () => {
    expect(verdictOf(offer(' Logga in här: https://inkassobolaget-portal.com/login')).subtype).toBe('natfiske');
  });
});

describe('a written answer asked for as "skriftligt besked"', () => {
  it('counts as a written answer asked for', () => {
    const m = message({ subject: 'Sv: företagshälsovården', text: 'Hej, kan du ta reda på varför kravet inte kom med? Vi vill gärna ha ett skriftligt besked från utskottet.', fromAddress: 'ordforande@fackforbundet-exempel.se' });
    expect(JSON.stringify(verdictOf(m).reasons)).toContain('skriftligt svar begärs');
  });
});

describe('private words inside work compounds', () => {
  const own = (text: string) => message({ subject: 'Halkan', text, fromAddress: OWNER.address, toRecipients: [{ name: 'Tekniska', address: 'tekniska@kronoberg.se' }] });

  it('are no private life in "förmiddag", "eftermiddag", "arbetsutskott" or "underskott"', () => {
    for (const text of ['Gatorna sandades först på söndagseftermiddagen.', 'Arbetsutskottet har beslutat i ärendet.', 'Förvaltningen räknar med ett underskott på 4 mnkr.', 'Skolskjutsen går samma förmiddag.']) {
      expect(featureIds(own(text))).not.toContain('stam.privat');
    }
  });

  it('still are in a dinner or a snowmobile', () => {
    expect(featureIds(own('Middag hos oss på lördag?'))).toContain('stam.privat');
    expect(featureIds(own('Skotern står i garaget.'))).toContain('stam.privat');
  });
});

describe('a private person who writes to the owner in the office (round twenty, mended after fresh-2026-12x)', () => {
  // A grandmother on a picture book in the library: family words ("barnbarn", "pappa") read as private life, but she
  // writes to the owner because of the seat on the nämnd. Held (osäker), never purged as private.
  const letter = (office: string, fromAddress = 'monica.lund48@gmail.com') =>
    message({
      subject: 'Bok på barnavdelningen',
      text: `Hej\n\nMitt barnbarn lånade en bilderbok om en pojke vars pappa dör, och jag fick sitta halva kvällen och trösta en fyraåring. Den borde flyttas.${office}\n\nMonica`,
      fromAddress,
    });
  const signOf = (m: MailMessage) => publicRecordSign(m, extractFeatures(m, KRONOBERG, OWNER), KRONOBERG, 'privat');

  it.each([' Därför skriver jag till dig som sitter i nämnden.', ' Jag vänder mig till dig som politiker.', ' Ni politiker borde se över det här.'])('holds a purge as private when the letter says "%s"', (office) => {
    expect(signOf(letter(office))).toBe('skrivet till den förtroendevalda i uppdraget');
  });

  it('does not hold the same letter without a word on the office', () => {
    expect(signOf(letter(''))).toBeNull();
  });

  it('does not hold it from the owner’s relative, whose family mail stays private', () => {
    const m = message({ ...letter(' Jag skriver till dig som politiker.'), from: { name: 'Mamma', address: 'monica.lund48@gmail.com' } });
    expect(extractFeatures(m, KRONOBERG, OWNER).fromRelative).toBe(true);
    expect(signOf(m)).toBeNull();
  });
});
