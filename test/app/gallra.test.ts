import { gallra } from '../../src/app/gallra';
import { placeLogRequestHold, releaseLogRequestHold } from '../../src/app/logRequestHold';
import { loadExposureReport } from '../../src/app/reports';
import { UseCaseError } from '../../src/app/errors';
import { MAIL_FOLDERS, type Verdict } from '../../src/domain/types';
import { systemClock } from '../../src/ports/clock';
import type { BulkProgress, MailboxPort, MessageId } from '../../src/ports/mailbox';
import { POLITICIAN, connect, dev, startWorld, testProfile, type TestServer } from './support/world';

const verdict = (category: Verdict['category']): Verdict => ({ category, subtype: 'test', confidence: 0.9, reasons: [], flags: [] });

let server: TestServer;
let mailbox: MailboxPort;
const profile = testProfile();
const deps = () => ({ mailbox, profile, clock: systemClock });

beforeAll(async () => {
  server = await startWorld([
    { subject: 'Allmän handling' },
    { subject: 'Gammal allmän handling', daysAgo: 90 },
    { subject: 'Reklam', daysAgo: 3 },
    { subject: 'Gammalt nyhetsbrev', daysAgo: 60, folder: 'deleteditems' },
    { subject: 'Spärrad under loggbegäran' },
    { subject: 'Avbruten' },
    ...Array.from({ length: 100 }, (_, i) => ({ subject: `Massutskick ${i}`, daysAgo: 1 + (i % 40), folder: (['inbox', 'sentitems', 'deleteditems'] as const)[i % 3] })),
  ]);
  mailbox = connect(server, POLITICIAN.address);
}, 60_000);

afterEach(async () => {
  await dev(server, 'DELETE', '/_dev/faults');
});

afterAll(async () => {
  await server?.close();
});

async function ids(predicate: (subject: string) => boolean): Promise<MessageId[]> {
  return (await mailbox.listMessages({ folders: MAIL_FOLDERS })).filter((m) => predicate(m.subject)).map((m) => m.id);
}

describe('gallra', () => {
  describe('when a message is judged registrera', () => {
    it('refuses without an override and deletes nothing', async () => {
      const [id] = await ids((s) => s === 'Allmän handling');
      const err = await gallra(deps(), { ids: [id], verdicts: new Map([[id, verdict('registrera')]]) }).catch((e: unknown) => e);
      expect((err as UseCaseError).code).toBe('needs_override');
      expect((err as UseCaseError).details).toEqual({ count: 1 });
      expect(await ids((s) => s === 'Allmän handling')).toEqual([id]);
    });

    it('purges it with an override and a reason', async () => {
      const [id] = await ids((s) => s === 'Allmän handling');
      const outcome = await gallra(deps(), { ids: [id], verdicts: new Map([[id, verdict('registrera')]]), override: { reason: '  Redan diarieförd av nämndsekreteraren ' } });
      expect(outcome).toMatchObject({ done: [id], failed: [], notAttempted: [], overridden: 1, journaled: 1 });
      expect(await ids((s) => s === 'Allmän handling')).toEqual([]);
      const entry = (await mailbox.loadStore()).journal.find((e) => e.messageId === id);
      expect(entry).toMatchObject({ action: 'gallrad', subject: 'Allmän handling', overrideReason: 'Redan diarieförd av nämndsekreteraren' });
      const report = await loadExposureReport({ mailbox, profile, clock: systemClock, owner: POLITICIAN });
      expect(report.rows.find((r) => r.subject === 'Allmän handling')).toMatchObject({ source: 'journal', overrideReason: 'Redan diarieförd av nämndsekreteraren' });
    });

    it('journals the reason even when the message is older than the log window', async () => {
      const [id] = await ids((s) => s === 'Gammal allmän handling');
      const outcome = await gallra(deps(), { ids: [id], verdicts: new Map([[id, verdict('registrera')]]), override: { reason: 'Dubblett av ärende KS 2026/12' } });
      expect(outcome).toMatchObject({ done: [id], overridden: 1, journaled: 1 });
      const entry = (await mailbox.loadStore()).journal.find((e) => e.messageId === id);
      expect(entry).toMatchObject({ subject: 'Gammal allmän handling', overrideReason: 'Dubblett av ärende KS 2026/12' });
      // Its log row has left the window: the exposure report does not list it.
      const report = await loadExposureReport({ mailbox, profile, clock: systemClock, owner: POLITICIAN });
      expect(report.rows.map((r) => r.subject)).not.toContain('Gammal allmän handling');
    });
  });

  describe('when messages are gallra verdicts', () => {
    it('purges from every folder and journals only the rows inside the log window', async () => {
      const targets = await ids((s) => s === 'Reklam' || s === 'Gammalt nyhetsbrev');
      const outcome = await gallra(deps(), { ids: targets, verdicts: new Map(targets.map((id) => [id, verdict('gallra_ringa')])) });
      expect(outcome.done.sort()).toEqual([...targets].sort());
      expect(outcome.journaled).toBe(1);
      const report = await loadExposureReport({ mailbox, profile, clock: systemClock, owner: POLITICIAN });
      const journal = report.rows.filter((r) => r.source === 'journal').map((r) => r.subject);
      expect(journal).toContain('Reklam');
      expect(journal).not.toContain('Gammalt nyhetsbrev');
    });
  });

  describe('when a request for the e-mail log is pending', () => {
    it('blocks gallring with a clear message until the hold is released', async () => {
      const [id] = await ids((s) => s === 'Spärrad under loggbegäran');
      const verdicts = new Map([[id, verdict('gallra_ringa')]]);
      const hold = await placeLogRequestHold({ mailbox, clock: systemClock }, { reference: 'Journalist, begäran 2026-11-20' });
      const err = await gallra(deps(), { ids: [id], verdicts }).catch((e: unknown) => e);
      expect((err as UseCaseError).code).toBe('log_request_hold');
      expect(await ids((s) => s === 'Spärrad under loggbegäran')).toEqual([id]);

      expect(await releaseLogRequestHold({ mailbox }, hold.id)).toBe(true);
      const outcome = await gallra(deps(), { ids: [id], verdicts });
      expect(outcome.done).toEqual([id]);
    });

    it('refuses a hold without a reference', async () => {
      const err = await placeLogRequestHold({ mailbox, clock: systemClock }, { reference: '  ' }).catch((e: unknown) => e);
      expect((err as UseCaseError).code).toBe('invalid_input');
    });
  });

  describe('when 30 % of requests are answered 429 or 503', () => {
    it('still purges all 100 messages in bulk, with progress, and journals them', async () => {
      const targets = await ids((s) => s.startsWith('Massutskick'));
      expect(targets).toHaveLength(100);
      await dev(server, 'POST', '/_dev/faults', { status: 429, retryAfter: 0, probability: 0.15, path: '/' });
      await dev(server, 'POST', '/_dev/faults', { status: 503, retryAfter: 0, probability: 0.15, path: '/' });
      const progress: BulkProgress[] = [];
      const outcome = await gallra(deps(), {
        ids: targets,
        verdicts: new Map(targets.map((id) => [id, verdict('gallra_ej_allman')])),
        onProgress: (p) => progress.push(p),
        budgetMs: 60_000,
      });
      await dev(server, 'DELETE', '/_dev/faults');
      expect(outcome.failed).toEqual([]);
      expect(outcome.notAttempted).toEqual([]);
      expect(outcome.done).toHaveLength(100);
      expect(progress.at(-1)).toMatchObject({ done: 100, total: 100 });
      expect(await ids((s) => s.startsWith('Massutskick'))).toEqual([]);
      const report = await loadExposureReport({ mailbox, profile, clock: systemClock, owner: POLITICIAN });
      expect(report.rows.filter((r) => r.subject.startsWith('Massutskick'))).toHaveLength(outcome.journaled);
      expect(outcome.journaled).toBeGreaterThan(60);
    }, 120_000);
  });

  describe('when the run is cancelled', () => {
    it('stops and reports what was not attempted', async () => {
      const controller = new AbortController();
      controller.abort();
      const targets = await ids((s) => s === 'Avbruten');
      expect(targets).toHaveLength(1);
      const outcome = await gallra(deps(), { ids: targets, verdicts: new Map(), signal: controller.signal });
      expect(outcome.done).toEqual([]);
      expect(outcome.notAttempted).toEqual(targets);
      expect(await ids((s) => s === 'Avbruten')).toEqual(targets);
    });
  });
});
