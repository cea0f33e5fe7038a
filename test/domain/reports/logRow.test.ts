// The one rule for a log row's direction and date (exposure report, gallra's and send-to-registrar's journal rows).

import { logDirection, logPlacement, messageDate } from '../../../src/domain/reports/logRow';

const OWNER = 'Helena.Testsson@pol.testkommun.se';
const base = { receivedDateTime: '2026-11-20T08:00:05Z', sentDateTime: '2026-11-20T08:00:00Z' };
const citizen = { name: 'Anna', address: 'anna@example.se' };
const owner = { name: 'Helena', address: 'helena.testsson@pol.testkommun.se' };

describe('logPlacement', () => {
  describe('when the message is in Sent Items', () => {
    it('is outgoing at its sent time, whoever the sender is', () => {
      expect(logPlacement({ ...base, folder: 'sentitems', from: citizen }, OWNER)).toEqual({ dateTime: base.sentDateTime, direction: 'out' });
    });
  });

  describe('when the owner sent it but it sits elsewhere (a copy to themselves in the Inbox)', () => {
    it('is outgoing at the time the folder knows it by, as the listing shows it', () => {
      expect(logPlacement({ ...base, folder: 'inbox', from: owner }, OWNER)).toEqual({ dateTime: base.receivedDateTime, direction: 'out' });
    });
  });

  describe('when someone else sent it', () => {
    it('is incoming at its received time', () => {
      expect(logPlacement({ ...base, folder: 'deleteditems', from: citizen }, OWNER)).toEqual({ dateTime: base.receivedDateTime, direction: 'in' });
    });
  });

  describe('when fields are missing', () => {
    it('counts a message without a sender as incoming and falls back to the other date', () => {
      expect(logDirection({ folder: 'inbox', from: null }, OWNER)).toBe('in');
      expect(messageDate({ folder: 'inbox', receivedDateTime: '', sentDateTime: base.sentDateTime })).toBe(base.sentDateTime);
      expect(messageDate({ folder: 'sentitems', receivedDateTime: base.receivedDateTime, sentDateTime: '' })).toBe(base.receivedDateTime);
    });
  });
});
