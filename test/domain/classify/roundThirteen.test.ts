// Tests for round thirteen (postvakt-model/2.12.0): English mail is spam only on evidence of its own, a business writing about the owner's own farm or land is private, and the completed service areas.

import { OWNER, featureIds, message, verdictOf } from './support';

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
