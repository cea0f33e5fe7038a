// Tests for round twenty-two (postvakt-model/2.21.0): svar_kravs is not set where the owner is only on Cc, more request
// forms set it (wondering what or which, "would like", an imperative that opens a sentence), request variants folded
// without a change in what they match, and a party's letter joined to its own branch, local or proposal.

import { buildClassifyContext, modelInputs } from '../../../src/domain/classify';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, message, OWNER, requestIn, verdictOf } from './support';

const labels = (m: MailMessage): string[] => (modelInputs(m, KRONOBERG, buildClassifyContext(OWNER, [])) ?? []).map((h) => h.label);
const PARTY = 'ej allmän handling – partipolitiskt';

describe('svar_kravs where the owner is only on Cc', () => {
  // A resident writes to the registrator about the bus line and asks for an answer.
  const letter = (to: string, cc: string[]) =>
    message({
      fromAddress: 'per.lund@telia.com',
      toRecipients: [{ name: 'Mottagare', address: to }],
      ccRecipients: cc.map((address) => ({ name: 'Kopia', address })),
      subject: 'Linje 12',
      text: 'Hej! Bussen till Ödmark har slutat gå på lördagar. Jag vill ha ett svar på varför och när den börjar gå igen.\n\nPer Lund',
    });

  it('is set when the letter is to the owner', () => {
    expect(verdictOf(letter(OWNER.address, [])).flags).toContain('svar_kravs');
  });

  it('is not set when the letter is to someone else and the owner only on Cc', () => {
    expect(verdictOf(letter('region@kronoberg.se', [OWNER.address])).flags).not.toContain('svar_kravs');
  });

  it('is set when the owner is among the addressees and on Cc too', () => {
    const m = letter('region@kronoberg.se', [OWNER.address]);
    m.toRecipients.push({ name: OWNER.name, address: OWNER.address });
    expect(verdictOf(m).flags).toContain('svar_kravs');
  });
});

describe('more request forms', () => {
  it.each([
    ['Vi i bandet ska spela in en EP i vår och undrar vilka bidrag man kan söka för sånt. Tips tas tacksamt emot', 'undrar vilka'],
    ['Jag undrar vad bolaget betalar per verk och år till markägare', 'undrar vad'],
    ['I would like to start SFI before the job begins in February', 'would like'],
    ['Vi tar gärna sex stycken 2027. Ge besked så vi kan planera in handledare före jul', 'Ge besked'],
    ['Din reseräkning saknar kvitto. Ladda upp det i Självservice så betalar vi ut med decemberlönen', 'Ladda upp'],
    ['Jag saknar din närvarorapport för 20 oktober. Lägg in den så kan arvodet betalas ut', 'Lägg in'],
    ['Fakturan är fortfarande obetald. Ordna så att vi får betalt, annars går ärendet vidare', 'Ordna'],
    ['Sopbilen väcker hela gatan varje onsdag. Flytta turen till efter sju', 'Flytta'],
    ['Från 1 december gäller nya regler för telefoner. Kontrollera din telefon under Inställningar', 'Kontrollera'],
  ])('finds a request in "%s"', (text, quoted) => {
    expect(requestIn(text)).toContain(quoted);
  });

  it('reads the imperative only where it opens a sentence', () => {
    expect(requestIn('Vi ska ordna en fika efter mötet och kontrollera lokalen själva')).toBeNull();
    expect(requestIn('Många undrar om vädret blir bättre')).toBeNull();
  });

  it('still finds the folded variants', () => {
    expect(requestIn('Skulle nämnden kunna ta upp det här i januari')).toContain('Skulle nämnden kunna');
    expect(requestIn('Är ni snälla och tittar på det')).toContain('Är ni snäll');
    expect(requestIn('Meddela vilket datum som passar')).toContain('Meddela vilket');
    expect(requestIn('Hur ska vi få nämnden att lyssna')).toContain('få nämnden att');
  });
});

describe("a party's letter joined to its own branch, local or proposal", () => {
  // A party colleague on the organisation's domain writes about the newspaper's calls; the S local is where they meet.
  const local = (text: string) =>
    message({ fromAddress: 'lars-ake.berg@kronoberg.se', subject: 'Tomten – vad vet du?', text: `Karin, ${text} Vet du något från styrelsen om vem köparen är? /Lars-Åke` });

  it.each(['Vi ses i S-lokalen i kväll kl. 19.', 'Vi i S-föreningen har pratat om det.', 'Jag vill höra vad du tycker innan vi lägger det som ett gemensamt M-förslag.'])(
    'reads "%s" as party mail',
    (text) => {
      expect(labels(local(text))).toContain(PARTY);
      expect(verdictOf(local(text)).category).not.toBe('registrera');
    },
  );

  it('needs the party letter and the hyphen, not the word alone', () => {
    expect(labels(local('Vi ses i lokalen i kväll kl. 19.'))).not.toContain(PARTY);
    expect(labels(local('Vi ses i ABF-lokalen i kväll kl. 19.'))).not.toContain(PARTY);
  });
});
