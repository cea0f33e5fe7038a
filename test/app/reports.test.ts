import { deferDecision } from '../../src/app/deferDecision';
import { loadExposureReport, loadHygieneReport, loadReports } from '../../src/app/reports';
import { serializeState } from '../../src/app/messageState';
import { MAIL_FOLDERS, type Verdict } from '../../src/domain/types';
import { systemClock } from '../../src/ports/clock';
import type { GraphMailbox } from '../../src/adapters/graph/graphMailbox';
import { createNodeFetch } from '../../src/adapters/graph/nodeFetch';
import { POLITICIAN, connect, startWorld, testProfile, type TestServer } from './support/world';

let server: TestServer;
let mailbox: GraphMailbox;
const profile = testProfile();

beforeAll(async () => {
  server = await startWorld([
    { subject: 'Bygglov', daysAgo: 1 },
    { subject: 'Kallelse', daysAgo: 5 },
    { subject: 'Fråga från 19811218-9876', daysAgo: 2 },
    { subject: 'Svar om skolan', daysAgo: 3, folder: 'sentitems' },
    { subject: 'Reklam', daysAgo: 10, folder: 'deleteditems' },
    { subject: 'Uråldrig', daysAgo: 400 },
  ]);
  mailbox = connect(server, POLITICIAN.address);
  const listed = await mailbox.listMessages({ folders: MAIL_FOLDERS });
  const verdict: Verdict = { category: 'registrera', subtype: 'test', confidence: 0.9, reasons: [], flags: [] };
  const bygglov = listed.find((m) => m.subject === 'Bygglov')!;
  await mailbox.setProperty(bygglov.id, 'state', serializeState({ v: 1, classifier: 'test', verdict }));
  await deferDecision({ mailbox, clock: systemClock }, listed.find((m) => m.subject === 'Kallelse')!.id);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('loadHygieneReport', () => {
  it('answers folder counts, old items and decisions from metadata and cached state only', async () => {
    mailbox.resetStats();
    const report = await loadHygieneReport({ mailbox, profile, clock: systemClock });
    expect(mailbox.stats().byCategory.classification.requests).toBe(0);
    expect(report.folders.map((f) => [f.folder, f.count])).toEqual([
      ['inbox', 4],
      ['sentitems', 1],
      ['deleteditems', 1],
    ]);
    expect(report.folders[0].oldestAgeDays).toBe(400);
    expect(report.olderThanYear.count).toBe(1);
    expect(report.awaitingDecision.byCategory).toMatchObject({ registrera: 1, avgor_senare: 1, oklassad: 4 });
    expect(report.outOfOffice.status).toBe('disabled');
    expect(report.deductions.map((d) => d.id)).toEqual(expect.arrayContaining(['registrera_waiting', 'older_than_year', 'deleted_items']));
  });
});

describe('loadExposureReport', () => {
  it('lists the rows inside the window with flags, leaving out older mail', async () => {
    mailbox.resetStats();
    const report = await loadExposureReport({ mailbox, profile, clock: systemClock, owner: POLITICIAN });
    expect(mailbox.stats().byCategory.classification.requests).toBe(0);
    expect(report.rows.map((r) => r.subject).sort()).toEqual(['Bygglov', 'Fråga från 19811218-9876', 'Kallelse', 'Reklam', 'Svar om skolan']);
    expect(report.rows.find((r) => r.subject.startsWith('Fråga'))!.sensitive.map((f) => f.kind)).toContain('personnummer');
    expect(report.rows.find((r) => r.subject === 'Svar om skolan')!.direction).toBe('out');
  });
});

describe('loadReports', () => {
  it('answers both reports from one listing', async () => {
    mailbox.resetStats();
    const { hygiene, exposure } = await loadReports({ mailbox, profile, clock: systemClock, owner: POLITICIAN });
    expect(hygiene.folders[0].count).toBe(4);
    expect(exposure.counts.total).toBe(5);
    expect(mailbox.stats().requests).toBeLessThanOrEqual(8);
  });
});

describe('every report loader', () => {
  let filed: TestServer;
  let filedMailbox: GraphMailbox;

  async function graph<T>(method: string, path: string, body: unknown): Promise<T> {
    const token = await filed.tokenFor(POLITICIAN.address);
    const response = await createNodeFetch(filed.caCertPem)(`${filed.url}/v1.0${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  beforeAll(async () => {
    filed = await startWorld([
      { subject: 'I inkorgen', daysAgo: 2 },
      { subject: 'Arkiverad i Nämnd', daysAgo: 400 },
      { subject: 'Nyss arkiverad', daysAgo: 3 },
    ]);
    filedMailbox = connect(filed, POLITICIAN.address);
    const inbox = await filedMailbox.listMessages({ folders: ['inbox'] });
    const namnd = await graph<{ id: string }>('POST', '/me/mailFolders/inbox/childFolders', { displayName: 'Nämnd' });
    for (const subject of ['Arkiverad i Nämnd', 'Nyss arkiverad']) {
      await graph('POST', `/me/messages/${inbox.find((m) => m.subject === subject)!.id}/move`, { destinationId: namnd.id });
    }
  }, 60_000);

  afterAll(async () => {
    await filed?.close();
  });

  describe('when the person has filed mail into a subfolder', () => {
    it('counts it in the hygiene report, as loadReports and the exposure report do', async () => {
      const now = new Date().toISOString();
      const deps = { mailbox: filedMailbox, profile, clock: { now: () => now }, owner: POLITICIAN };
      const hygiene = await loadHygieneReport(deps);
      expect(hygiene.olderThanYear.count).toBe(1);
      expect(hygiene.awaitingDecision.byCategory).toMatchObject({ oklassad: 3 });
      expect(hygiene).toEqual((await loadReports(deps)).hygiene);
      expect((await loadExposureReport(deps)).counts.total).toBe(2);
    });
  });
});
