// checkOutgoing: the Smart Alerts decision on representative outgoing mails.

import { checkOutgoing, MAX_ALERT_CHARS, type OutgoingMessage } from '../../src/domain/sendCheck';
import { DEFAULT_PROFILE } from '../../src/domain/policy';

function mail(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return { subject: 'Dagordning', body: 'Hej! Här kommer förslaget till dagordning för torsdagens möte.', to: [{ address: 'anna@mjolby.se' }], cc: [], bcc: [], ...over };
}

function recipients(n: number) {
  return Array.from({ length: n }, (_, i) => ({ address: `person${i}@example.se` }));
}

describe('checkOutgoing', () => {
  describe('when the mail is ordinary', () => {
    it('allows it with no message', () => {
      expect(checkOutgoing(mail(), DEFAULT_PROFILE)).toEqual({ allow: true, rules: [], rule: null, messageSv: '', messageEn: '' });
    });
  });

  describe('when the body carries a personnummer', () => {
    it('warns citing Mjölby\'s rule against personnummer in e-mail and says what to do', () => {
      const check = checkOutgoing(mail({ body: 'Medborgaren har personnummer 811218-9876 och vill ha svar.' }), DEFAULT_PROFILE);
      expect(check.allow).toBe(false);
      expect(check.rule).toBe('personnummer');
      expect(check.messageSv).toContain('Mjölby');
      expect(check.messageSv).toContain('Undvik att skicka personuppgifter');
      expect(check.messageSv).toContain('Ta bort personnumret');
    });

    it('ignores a number that fails the Luhn check', () => {
      expect(checkOutgoing(mail({ body: 'Ordernummer 811218-9875 gäller.' }), DEFAULT_PROFILE).allow).toBe(true);
    });
  });

  describe('when the mail describes a secrecy-covered matter', () => {
    it('warns with the kind of secrecy and the rule that e-mail must not carry it', () => {
      const check = checkOutgoing(mail({ body: 'Min son har fått diagnosen ADHD och behöver särskilt stöd i skolan.' }), DEFAULT_PROFILE);
      expect(check.allow).toBe(false);
      expect(check.rule).toBe('sekretess');
      expect(check.messageSv).toMatch(/\((hälsa|elevärende)\)/);
      expect(check.messageSv).toContain('E-post får inte användas för att skicka sekretessbelagd information');
    });
  });

  describe('when the mail goes to a large group', () => {
    it('warns at the profile\'s mass-mailing threshold, counting to, cc and bcc once each', () => {
      const n = DEFAULT_PROFILE.massMailingRecipients;
      const below = checkOutgoing(mail({ to: recipients(n - 1), cc: recipients(3) }), DEFAULT_PROFILE);
      expect(below.allow).toBe(true);
      const at = checkOutgoing(mail({ to: recipients(n - 2), bcc: [{ address: 'x@example.se' }, { address: 'y@example.se' }] }), DEFAULT_PROFILE);
      expect(at.allow).toBe(false);
      expect(at.rule).toBe('massutskick');
      expect(at.messageSv).toContain(`${n} mottagare`);
      expect(at.messageSv).toContain('massutskick');
    });

    it('warns for a distribution list even with one address', () => {
      const check = checkOutgoing(mail({ to: [{ address: 'alla-politiker@mjolby.se', isGroup: true }] }), DEFAULT_PROFILE);
      expect(check.rule).toBe('massutskick');
      expect(check.messageSv).toContain('gruppadress');
    });
  });

  describe('when several rules apply', () => {
    it('leads with the most serious and mentions the others, within Outlook\'s 500 characters', () => {
      const check = checkOutgoing(
        mail({ body: `Eleven 121212-1212 har ett åtgärdsprogram. ${'Lång text. '.repeat(100)}`, to: recipients(40) }),
        DEFAULT_PROFILE,
      );
      expect(check.rules).toEqual(['sekretess', 'personnummer', 'massutskick']);
      expect(check.messageSv).toContain('Även: personnummer, massutskick');
      expect(check.messageSv.length).toBeLessThanOrEqual(MAX_ALERT_CHARS);
    });
  });
});
