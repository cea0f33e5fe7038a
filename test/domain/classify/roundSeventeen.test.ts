// Tests for round seventeen (postvakt-model/2.16.0): svar_kravs forms (a word, a signature or a draft asked of the reader, a view put to the reader), a private person's forwarded request, party letters after a region's prefix, purge holds under an agreement or a decision proposal, and the role's default for staff reports and plain letters.

import { extractFeatures } from '../../../src/domain/classify/features';
import { publicRecordSign } from '../../../src/domain/classify/safety';
import { profileForOrganization } from '../../../src/domain/policy';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, OWNER, message, requestIn, verdictOf } from './support';

describe('svar_kravs: the reader asked for a word, a signature or a draft', () => {
  it.each([
    'Karin, säg till om du tar första repliken så bokar vi en genomgång.',
    'Säg om du kan leva med formuleringen i andra stycket.',
    'Vi vet inte hur vi ska göra. säg hur vi ska skriva frågan',
    'Du är inkallad som ersättare. Bekräfta med ett sms till mig att du kommer.',
    'Marie är sjuk. Meddela direkt om du kan tjänstgöra.',
    'Protokollet ligger i portalen. Signera med BankID när du har läst.',
    'Justeringen är klar och väntar på din signatur i e-tjänsten.',
    'Ungefär 3 000 tecken. Skicka ett första utkast till mig och Lena.',
    'Vi bjuder på middag efter stämman. OSA till Kerstin.',
    'Jag tycker du ska lägga yrkandet redan i utskottet.',
    'Spåret har varit avstängt i tre veckor. Ni borde sätta upp en skylt.',
    'Vi skulle uppskatta ett möte med nämndens presidium i januari.',
    'Föreningen ansöker om bidrag. Vi ansöker om 30 000 kronor till nya mål.',
    'Taxan gick upp igen, sänk den eller förklara för mig vad pengarna går till.',
  ])('finds a request in "%s"', (text) => {
    expect(requestIn(text)).not.toBeNull();
  });

  it.each([
    ['a question without its mark that asks where', 'Hej igen. Nu ska fritidsgården stänga på måndagar. Var ska han vara då'],
    ['a question without its mark that opens with "är det"', 'Hej Maja. Är det majoritetens förslag eller ert eget'],
  ])('finds %s', (_, text) => {
    expect(requestIn(text)).not.toBeNull();
  });

  it.each([
    'Jag skickade underlaget till mig själv för att läsa i helgen.',
    'Du får gärna ringa mig någon gång.',
    'Det vore bra om ni kunde säga några ord på jubileet.',
    'Signaturen på avtalet är klar sedan i tisdags.',
    'Tack för i går, det var en fin kväll.',
  ])('finds no request in "%s"', (text) => {
    expect(requestIn(text)).toBeNull();
  });
});

describe("svar_kravs: a private person's forwarded letter", () => {
  const quoted = (request: string) =>
    `Det här skickade jag till föreningen för tre veckor sedan. Inget svar, så nu skickar jag det till dig.\n\n-------- Originalmeddelande --------\nFrån: Per Lind\nDatum: 2026-10-18 22:10\nÄmne: Reklamen i hallen\n\nHej. Under ungdomsmatcherna visas reklam för ett spelbolag på storbildsskärmen i kommunens ishall. ${request}\nPer Lind`;

  it('reads the request in the letter forwarded from a private address', () => {
    const m = message({ fromAddress: 'per.lind@gmail.com', subject: 'Fwd: Reklamen i hallen', text: quoted('Jag vill att reklamen tas bort under ungdomsmatcherna.') });
    expect(verdictOf(m).flags).toContain('svar_kravs');
  });

  it('flags nothing when the forwarded letter asks nothing', () => {
    const m = message({ fromAddress: 'per.lind@gmail.com', subject: 'Fwd: Reklamen i hallen', text: quoted('Det kändes fel att se det med alla barn där.') });
    expect(verdictOf(m).flags).not.toContain('svar_kravs');
  });
});

const TALLMARK = profileForOrganization({
  id: 'region-tallmark-test',
  name: 'Region Tallmark',
  politicianDomain: 'politik.regiontallmark.se',
  orgDomains: ['regiontallmark.se'],
  registrar: { name: 'Registrator', address: 'registrator@regiontallmark.se' },
});
const TALLMARK_OWNER = { ...OWNER, address: 'karin.ek@politik.regiontallmark.se' };

describe("a party branch's domain after a region's prefix", () => {
  const kindOf = (fromAddress: string) => extractFeatures(message({ fromAddress, toRecipients: [{ name: 'Karin', address: TALLMARK_OWNER.address }], text: 'Hej' }), TALLMARK, TALLMARK_OWNER).senderKind;

  it.each(['gruppen@s-tallmark.se', 'ulf@kd-tallmark.se'])('reads %s as a party', (address) => {
    expect(kindOf(address)).toBe('party');
  });

  it.each(['info@s-bygg.se', 'kontor@m-tallvik.se'])('does not read %s as a party', (address) => {
    expect(kindOf(address)).not.toBe('party');
  });
});

describe('purge holds', () => {
  const signOf = (m: MailMessage, subtype: string) => publicRecordSign(m, extractFeatures(m, KRONOBERG, OWNER), KRONOBERG, subtype);

  it("holds a counterparty's notice of changed terms under its agreement", () => {
    const m = message({ fromAddress: 'avtal@laddbolaget.se', subject: 'Nya villkor', text: 'Hej, enligt ramavtalet om drift av laddstolpar (avtal 2024-07) höjs serviceavgiften från 1 januari.' });
    expect(signOf(m, 'reklam')).toContain('avtal');
  });

  it("does not hold a supplier's campaign", () => {
    const m = message({ fromAddress: 'info@laddbolaget.se', subject: 'Kampanj', text: 'Passa på! Våra laddboxar finns nu till kampanjpris hela november.' });
    expect(signOf(m, 'reklam')).toBeNull();
  });

  it("holds the administration's outage report that proposes a decision", () => {
    const m = message({ fromAddress: 'trafikchef@kronoberg.se', subject: 'Driftstörning i växeln', text: 'Växeln låg nere i tre timmar. Vi föreslår att nämnden fattar beslut om en reservrutin i december.' });
    expect(signOf(m, 'it_meddelande')).not.toBeNull();
  });

  it('does not hold a plain outage notice', () => {
    const m = message({ fromAddress: 'it@kronoberg.se', subject: 'Driftstörning i växeln', text: 'Växeln ligger nere i kväll mellan 18 och 20.' });
    expect(signOf(m, 'it_meddelande')).toBeNull();
  });
});

describe("the role's default", () => {
  it("registers the administration's monthly report to the body", () => {
    const m = message({ fromAddress: 'jenny.ek@kronoberg.se', subject: 'Månadsrapport oktober', text: 'Hej, intäkterna blev 2,4 mnkr mot budget 2,5 mnkr. Beläggningen var 71 procent. /Jenny' });
    expect(verdictOf(m).category).toBe('registrera');
  });

  it('leaves the same figures without a report named in the subject undecided', () => {
    const m = message({ fromAddress: 'jenny.ek@kronoberg.se', subject: 'Siffror', text: 'Hej, intäkterna blev 2,4 mnkr mot budget 2,5 mnkr. Beläggningen var 71 procent. /Jenny' });
    expect(verdictOf(m).category).not.toBe('registrera');
  });

  it('registers a plain letter from outside that asks where the matter is with the organisation', () => {
    const m = message({ fromAddress: 'ahmed.ali.test@gmail.com', subject: 'inget svar', text: 'Hej. Nu har det gått sju veckor. Jag vill veta om det ligger i domstolen eller hos er. Ahmed' });
    expect(verdictOf(m).category).toBe('registrera');
  });

  it("does not register a relative's question about the weekend", () => {
    const m = message({ fromAddress: 'kjell.ek47@telia.com', subject: 'snöslungan', text: 'Hej gumman. Snöslungan startar inte. Kan Micke komma och titta i helgen? Mamma hälsar.' });
    expect(verdictOf(m).category).not.toBe('registrera');
  });
});
