// Gallring is blocked while the organisation's log-request list has an open request for the mailbox
// (besides the hold in the person's own store): gallra refuses, send to registrar delivers but does not purge.

import { UseCaseError } from '../../src/app/errors';
import { gallra } from '../../src/app/gallra';
import { sendToRegistrar } from '../../src/app/sendToRegistrar';
import { MAIL_FOLDERS, type Verdict } from '../../src/domain/types';
import type { LogRequestListPort, LogRequestRecord } from '../../src/ports/admin';
import { systemClock } from '../../src/ports/clock';
import type { MailboxPort, MessageId } from '../../src/ports/mailbox';
import { POLITICIAN, connect, noSleep, startWorld, testProfile, type TestServer } from './support/world';

const verdict = (category: Verdict['category']): Verdict => ({ category, subtype: 'test', confidence: 0.9, reasons: [], flags: [] });

/** An in-memory list that answers like the adapter (filtered by mailbox and status). */
function listWith(records: Omit<LogRequestRecord, 'id'>[]): LogRequestListPort & { asked: number } {
  const rows = records.map((r, i) => ({ ...r, id: String(i + 1) }));
  const list = {
    asked: 0,
    async list(options: { mailbox?: string; openOnly?: boolean } = {}) {
      list.asked += 1;
      return rows.filter((r) => (!options.mailbox || r.mailbox === options.mailbox.toLowerCase()) && (!options.openOnly || r.status === 'open'));
    },
    async create(): Promise<LogRequestRecord> {
      throw new Error('not used');
    },
    async update() {
      throw new Error('not used');
    },
  };
  return list;
}

const request = (mailbox: string, status: LogRequestRecord['status']): Omit<LogRequestRecord, 'id'> => ({
  mailbox, requestedBy: 'anonym', receivedAt: '2026-11-21T10:00:00Z', periodStart: '2026-10-22T00:00:00Z', periodEnd: '2026-11-21T00:00:00Z', status, handledBy: 'registrator@testkommun.se',
});

let server: TestServer;
let mailbox: MailboxPort;
const profile = testProfile();

beforeAll(async () => {
  server = await startWorld([{ subject: 'Reklam A', daysAgo: 2 }, { subject: 'Reklam B', daysAgo: 2 }, { subject: 'Allmän handling C', daysAgo: 1 }]);
  mailbox = connect(server, POLITICIAN.address);
}, 60_000);
afterAll(async () => {
  await server?.close();
});

async function idOf(subject: string): Promise<MessageId> {
  return (await mailbox.listMessages({ folders: MAIL_FOLDERS })).find((m) => m.subject === subject)!.id;
}

describe('gallra with the organisation’s log-request list', () => {
  describe('when a request for this mailbox is open', () => {
    it('refuses with log_request_hold and deletes nothing', async () => {
      const id = await idOf('Reklam A');
      const logRequests = listWith([request(POLITICIAN.address.toLowerCase(), 'open')]);
      const err = await gallra({ mailbox, profile, clock: systemClock, logRequests }, { ids: [id], verdicts: new Map([[id, verdict('gallra_ringa')]]) }).catch((e: unknown) => e);
      expect((err as UseCaseError).code).toBe('log_request_hold');
      expect(logRequests.asked).toBe(1);
      expect(await idOf('Reklam A')).toBe(id);
    });
  });

  describe('when the only requests are closed or about another mailbox', () => {
    it('purges as usual', async () => {
      const id = await idOf('Reklam B');
      const logRequests = listWith([request(POLITICIAN.address.toLowerCase(), 'closed'), request('per.annan@pol.testkommun.se', 'open')]);
      const outcome = await gallra({ mailbox, profile, clock: systemClock, logRequests }, { ids: [id], verdicts: new Map([[id, verdict('gallra_ringa')]]) });
      expect(outcome.done).toEqual([id]);
    });
  });
});

describe('send to registrar with an open request in the list', () => {
  it('delivers the document and leaves the original unpurged', async () => {
    const id = await idOf('Allmän handling C');
    const logRequests = listWith([request(POLITICIAN.address.toLowerCase(), 'open')]);
    const outcome = await sendToRegistrar({ mailbox, profile, clock: systemClock, sleep: noSleep, logRequests }, { id, verdict: verdict('registrera'), owner: POLITICIAN });
    expect(outcome.status).toBe('delivered_not_purged');
    expect(await idOf('Allmän handling C')).toBe(id);
  });
});
