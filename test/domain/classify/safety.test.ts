// Decisive rules that must not purge a public record: a resident writing in English, a tender sent as an archive.

import { message, verdictOf } from './support';

const english = 'I live in Växjö and my mother has waited for a hearing aid for eight months. Who is responsible for this, and what can you do? I would be grateful for an answer in English.';

describe('English mail', () => {
  it('from a private address, to the owner by name and without a link, is not treated as spam', () => {
    const v = verdictOf(message({ fromAddress: 'm.kowalski@gmail.com', subject: 'Hearing aid waiting time', text: `Dear Ms Ek,\n\n${english}\n\nMarek Kowalski` }));
    expect(v.category).not.toBe('gallra_ringa');
    expect(v.category).not.toBe('gallra_ej_allman');
  });

  it('from a company that greets the owner by name and links to an offer is still spam', () => {
    const v = verdictOf(
      message({ fromAddress: 'hello@growthpartners.io', subject: 'Grow your reach', text: 'Hi Karin, we help you get more followers for your campaign. Book a call with us now at https://growthpartners.io/book and get the first month for free within this week.' }),
    );
    expect(v.category).toBe('gallra_ringa');
    expect(v.subtype).toBe('spam');
  });
});

describe('an archive attachment', () => {
  const zip = [{ name: 'Anbud_hemtjanst_Nordvard.zip', contentType: 'application/zip', size: 2_400_000 }];

  it('from a company submitting a tender is not called phishing', () => {
    const v = verdictOf(message({ fromAddress: 'anbud@nordvard.se', subject: 'Anbud hemtjänst', text: 'Härmed lämnar Nordvård AB anbud i upphandlingen av hemtjänst. Handlingarna finns i bifogad fil.', attachments: zip }));
    expect(v.flags).not.toContain('phishing');
    expect(v.category).not.toBe('gallra_ringa');
  });

  it('from a private address, or beside a lure, is phishing', () => {
    expect(verdictOf(message({ fromAddress: 'kontoret4512@gmail.com', subject: 'Dokument', text: 'Se bifogat.', attachments: zip })).flags).toContain('phishing');
    expect(verdictOf(message({ fromAddress: 'noreply@fakturaservice.se', subject: 'Obetald faktura', text: 'Verifiera ditt konto i bilagan.', attachments: zip })).flags).toContain('phishing');
  });
});
