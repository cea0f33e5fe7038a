// Tests for round thirteen (postvakt-model/2.12.0): English mail is spam only on evidence of its own, a business writing about the owner's own farm or land is private, and the completed service areas.

import { OWNER, featureIds, message, requestIn, verdictOf } from './support';

// To the project's officer with the owner on copy: not the owner alone, so round eleven's personal exception does not apply.
const partner = (text: string, subject = 'WATERLINK – work package 4 budget') =>
  message({
    fromAddress: 'jaan.tamm@harbour-partner.ee',
    toRecipients: [{ name: 'Projektledare', address: 'projekt@kronoberg.se' }],
    ccRecipients: [{ name: OWNER.name, address: OWNER.address }],
    subject,
    text,
  });

describe('English mail from a partner organisation', () => {
  it('about a shared project, with a signature and no lure, is not proposed for purge as spam', () => {
    const v = verdictOf(
      partner(
        'Dear Karin, dear Olle, thank you for the meeting last week. Our board has reviewed the work package 4 budget and we ask the lead partner to confirm the revised staff costs before the steering group meets on 12 March. Best regards, Jaan Tamm, Project Manager, Harbour Partner Estonia',
      ),
    );
    expect(v.subtype).not.toBe('spam');
    expect(v.category.startsWith('gallra')).toBe(false);
  });

  it('that offers money for a fee is still spam', () => {
    const v = verdictOf(partner('Dear friend, a transfer of 4,800 EUR is waiting for you. To release the funds pay a small processing fee and send us your passport copy.', 'Funds waiting for you'));
    expect(v.category).toBe('gallra_ringa');
  });

  it('that sells with a link and a discount is still spam', () => {
    const v = verdictOf(partner('Hello, we help public sector leaders grow their reach. Get 40% off our premium package this week only: https://reach-leaders.example/offer', 'Grow your reach'));
    expect(v.category).toBe('gallra_ringa');
  });
});

describe("a business writing to the owner about her own farm, firm or land", () => {
  it('an adviser about her herd shows the private family', () => {
    const ids = featureIds(message({ fromAddress: 'radgivare@mjolkradet.se', subject: 'Provsvar', text: 'Hej! Här är provsvaren för besättning 41-2207. Ring mig när du har läst dem. /Eva' }));
    expect(ids.some((id) => id.startsWith('privat.'))).toBe(true);
  });

  it('an invoice sent to her own firm is not registered', () => {
    const v = verdictOf(message({ fromAddress: 'bokning@djurkliniken.se', subject: 'Besök tisdag', text: 'Hej! Vi kommer tisdag kl 8 och vaccinerar tackorna. Faktura skickas till Eks Fårgård HB. /Kliniken' }));
    expect(v.category).not.toBe('registrera');
  });

  it('a lease for her land, named by its designation, is not registered', () => {
    const v = verdictOf(message({ fromAddress: 'mark@vindkraftbolaget.se', subject: 'Arrende', text: 'Hej Karin, här är vårt nya förslag på arrende för din fastighet Lövhult 3:12. Kan vi ses nästa vecka?' }));
    expect(v.category).not.toBe('registrera');
  });

  it('a journalist asking about land near her farm does not show the private family', () => {
    const ids = featureIds(message({ fromAddress: 'reporter@lokaltidningen.se', subject: 'Vägen', text: 'Hej Karin, den nya vägen går förbi din gård. Hur ser du på det?' }));
    expect(ids.some((id) => id.startsWith('privat.'))).toBe(false);
  });
});

describe('the completed service areas', () => {
  it('a resident writing from a private address about waste collection shows the service family', () => {
    const ids = featureIds(message({ subject: 'Sophämtningen', text: 'Hej, sophämtningen har inte kommit på tre veckor här i Ryd. Vad händer?' }));
    expect(ids.some((id) => id.startsWith('verksamhet.'))).toBe(true);
  });

  it('a company writing about the same words does not get the family from it', () => {
    const ids = featureIds(message({ fromAddress: 'info@containerhyra.se', subject: 'Avfallscontainer', text: 'Hej, vi hyr ut containrar för avfall och återvinning till bra pris.' }));
    expect(ids.filter((id) => id.startsWith('verksamhet.'))).toEqual([]);
  });
});

describe('signs of a record that 12m and 12n showed', () => {
  it("an association's 'bli medlem' footer is no party sign", () => {
    const ids = featureIds(message({ fromAddress: 'forhandlare@hyresgastforeningen.se', subject: 'Hyrorna 2027', text: 'Hej Karin, vi återkommer om hyrorna efter mötet.\n\nHyresgästföreningen – bli medlem: hyresgastforeningen.se' }));
    expect(ids.some((id) => id.startsWith('partipolitiskt.'))).toBe(false);
  });

  it("a counterparty's position on the organisation's proposal is evidence of a record and is not proposed for purge", () => {
    const m = message({ fromAddress: 'anna@entreprenad-nord.se', subject: 'SV: Avtalet', text: 'Hej Karin, vi har gått igenom era ändringar. Vi godtar formuleringen i punkt 3 men inte vitet. Besked senast fredag.' });
    expect(featureIds(m).some((id) => id.startsWith('arende.'))).toBe(true);
    expect(verdictOf(m).category.startsWith('gallra')).toBe(false);
  });

  it("a consultant's draft for comment still is underhandskontakt", () => {
    const ids = featureIds(message({ fromAddress: 'lisa@utredarna.se', subject: 'Utkast', text: 'Hej Karin, här är utkastet till rapporten. Stämmer formuleringen i avsnitt 2 innan det går till nämnden? Svara gärna före fredag.' }));
    expect(ids).toContain('struktur.underhandskontakt');
  });

  it.each([
    ['her own notice of jäv to the secretary', 'Jag anmäler jäv i ärendet om detaljplanen för Norrmark, min bror äger grannfastigheten.'],
    ['a protokollsanteckning handed in', 'Hej, här är vår protokollsanteckning till § 14, att fogas till protokollet.'],
  ])('%s is not proposed for purge', (_, text) => {
    const v = verdictOf(message({ fromAddress: 'karin.ek@kronoberg.se', toRecipients: [{ name: 'Kansliet', address: 'kansliet@kronoberg.se' }], subject: 'Till protokollet', text }));
    expect(v.category.startsWith('gallra')).toBe(false);
  });

  it('a jäv question from a journalist about someone else is no sign (no owner involved in the words)', () => {
    const ids = featureIds(message({ fromAddress: 'red@tidningen.se', subject: 'Fråga', text: 'Hej, vi skriver om jäv i allmänhet i kommunerna. Har ni några rutiner?' }));
    expect(ids.filter((id) => id.startsWith('arende.'))).toEqual([]);
  });

  it("an English partner's project letter shows the international family; the same words in a list mailing do not", () => {
    const letter = featureIds(partner('Dear Karin, the Monitoring Committee approved the budget modification for our joint project. Best regards, Jaan'));
    const news = featureIds(
      message({
        fromAddress: 'news@programme.eu',
        subject: 'Programme news',
        text: 'Dear Karin, the Monitoring Committee approved the budget modification for our joint project.',
        internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:leave@programme.eu>' }],
      }),
    );
    expect(letter.some((id) => id.startsWith('verksamhet.'))).toBe(true);
    expect(news.some((id) => id.startsWith('verksamhet.'))).toBe(false);
  });
});

describe('svar_kravs forms of round thirteen', () => {
  it.each([
    ['nån måste ta tag i det innan någon skadar sig'],
    ['Ge mig besked om du vill att vi tar in en konsult.'],
    ['Sista dag för remissvar är 15 januari.'],
    ['Vi behöver din siffra för kostnaderna till lördag.'],
    ['Could you let us know before the partner meeting whether you agree.'],
    ['Wir bitten die Gemeinde um Unterstützung bei der Unterbringung.'],
  ])('finds a request in "%s"', (text) => {
    expect(requestIn(text)).not.toBeNull();
  });

  it.each([['Nån har ställt cykeln i förrådet.'], ['Vi behöver inte mer än så.'], ['The council met on Tuesday.']])('finds none in "%s"', (text) => {
    expect(requestIn(text)).toBeNull();
  });
});
