// The log-request workflow over in-memory ports: record (the hold), rows from message trace, masking,
// export (CSV and PDF, first export time kept), close; each refusal of a role or a bad input.

import { closeLogRequest, exportLogRequest, saveMasking, timeToExport } from '../../../src/app/logRequests/steps';
import { createLogRequest } from '../../../src/app/logRequests/createLogRequest';
import { listLogRequests } from '../../../src/app/logRequests/listLogRequests';
import { loadLogRows } from '../../../src/app/logRequests/loadLogRows';
import type { Actor } from '../../../src/app/logRequests/deps';
import { completeDashboardData, fetchLatestDashboardData, loadDashboard } from '../../../src/app/dashboard/loadDashboard';
import { proposeMasking } from '../../../src/domain/admin/masking';
import { parseMaskingJson } from '../../../src/domain/admin/parseMasking';
import { profile } from '../../domain/reports/support';
import { fixedClock, memoryCompliance, memoryRequests, memoryTrace, memoryUsage, traceRow } from './fakes';

const HELENA = 'helena.norberg@pol.kramfors.se';
const ADMIN: Actor = { address: 'kansli@kramfors.se', role: 'admin' };
const REGISTRAR: Actor = { address: 'registrator@kramfors.se', role: 'registrar' };
const POLITICIAN: Actor = { address: HELENA, role: 'politician' };
const NEW = { mailbox: HELENA, requestedBy: 'Journalist', receivedAt: '2026-11-22T08:00:00Z', periodStart: '2026-11-01T00:00:00Z', periodEnd: '2026-11-22T00:00:00Z' };

function world(actor: Actor = ADMIN) {
  const trace = memoryTrace([
    traceRow('t3', 'bo@gmail.com', HELENA, 'Ansökan 121212-1212', '2026-11-10T08:00:00Z'),
    traceRow('t1', HELENA, 'kommunen@kramfors.se', 'Svar', '2026-11-02T08:00:00Z'),
    traceRow('t2', HELENA, HELENA, 'Till mig själv', '2026-11-05T08:00:00Z'),
    traceRow('t1', HELENA, 'registrator@kramfors.se', 'Svar', '2026-11-02T08:00:00Z'),
    traceRow('t0', HELENA, 'x@kramfors.se', 'Före perioden', '2026-10-20T08:00:00Z'),
  ]);
  return { requests: memoryRequests(), trace, clock: fixedClock('2026-11-22T09:00:00Z'), actor };
}

describe('the log-request workflow', () => {
  describe('when an admin records, reviews, exports and closes a request', () => {
    it('goes open → exported → closed, keeps the decisions and the first export time', async () => {
      const w = world();
      const request = await createLogRequest(w, NEW);
      expect(request).toMatchObject({ status: 'open', handledBy: ADMIN.address, mailbox: HELENA });
      expect(await w.requests.list({ mailbox: HELENA, openOnly: true })).toHaveLength(1);

      const rows = await loadLogRows(w, request);
      expect(rows.map((r) => `${r.id} ${r.recipientAddress}`)).toEqual(['t1 kommunen@kramfors.se', 't1 registrator@kramfors.se', `t2 ${HELENA}`, `t3 ${HELENA}`]);
      expect(w.trace.queries.map((q) => q.senderAddress ?? `to:${q.recipientAddress}`)).toEqual([HELENA, `to:${HELENA}`]);

      const decisions = proposeMasking(rows, profile()).map((p) => ({ rowId: p.rowId, status: 'accepted' as const, items: p.items, decidedBy: ADMIN.address, decidedAt: w.clock.now() }));
      const saved = await saveMasking(w, request, decisions);
      expect(parseMaskingJson(w.requests.rows[0].maskingJson)).toEqual(decisions);

      w.clock.set('2026-11-22T11:30:00Z');
      const renderPdf = jest.fn(async () => new Uint8Array([37, 80, 68, 70]));
      const exported = await exportLogRequest({ ...w, renderPdf }, { request: saved, organisation: 'Kramfors kommun', rows, decisions });
      expect(exported.csv).toContain('[maskerat]');
      expect(exported.csv).not.toContain('121212-1212');
      expect(exported.request.status).toBe('exported');
      expect(timeToExport(exported.request)).toBe(3.5 * 3600_000);

      w.clock.set('2026-11-22T12:00:00Z');
      const again = await exportLogRequest({ ...w, renderPdf }, { request: exported.request, organisation: 'Kramfors kommun', rows, decisions });
      expect(again.request.exportedAt).toBe('2026-11-22T11:30:00Z');

      const closed = await closeLogRequest(w, again.request);
      expect(w.requests.rows[0]).toMatchObject({ status: 'closed', closedAt: '2026-11-22T12:00:00Z' });
      expect(await w.requests.list({ mailbox: HELENA, openOnly: true })).toEqual([]);
      await expect(closeLogRequest(w, closed)).rejects.toMatchObject({ code: 'wrong_state' });
      await expect(saveMasking(w, closed, [])).rejects.toMatchObject({ code: 'wrong_state' });
    });
  });

  describe('when the registrar handles a request', () => {
    it('may record and list it', async () => {
      const w = world(REGISTRAR);
      await createLogRequest(w, NEW);
      expect(await listLogRequests(w)).toHaveLength(1);
    });
  });

  describe('when a politician tries', () => {
    it('is refused at every step with forbidden', async () => {
      const admin = world();
      const request = await createLogRequest(admin, NEW);
      const w = { ...admin, actor: POLITICIAN };
      await expect(createLogRequest(w, NEW)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(listLogRequests(w)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(loadLogRows(w, request)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(saveMasking(w, request, [])).rejects.toMatchObject({ code: 'forbidden' });
      await expect(exportLogRequest({ ...w, renderPdf: async () => new Uint8Array() }, { request, organisation: 'K', rows: [], decisions: [] })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(closeLogRequest(w, request)).rejects.toMatchObject({ code: 'forbidden' });
      expect(admin.requests.rows[0].status).toBe('open');
    });
  });

  describe('when the input is bad', () => {
    it.each([
      ['no address', { mailbox: 'helena' }],
      ['a period that ends before it starts', { periodStart: '2026-11-22T00:00:00Z', periodEnd: '2026-11-01T00:00:00Z' }],
      ['a request from the future', { receivedAt: '2027-01-01T00:00:00Z' }],
      ['an unreadable date', { receivedAt: 'igår' }],
    ])('refuses %s with a Swedish message and records nothing', async (_, patch) => {
      const w = world();
      await expect(createLogRequest(w, { ...NEW, ...patch })).rejects.toMatchObject({ code: 'invalid_input', details: { text: { sv: expect.any(String), en: expect.any(String) } } });
      expect(w.requests.rows).toEqual([]);
    });
  });
});

describe('loadDashboard', () => {
  it('asks an admin\'s list for 30 days and both reports at once', async () => {
    const compliance = memoryCompliance([]);
    const usage = memoryUsage();
    await loadDashboard({ compliance, usage, clock: fixedClock('2026-11-22T09:00:00Z'), actor: ADMIN });
    expect(compliance.since).toEqual(['2026-10-24']);
    expect(usage.calls.sort()).toEqual(['activity:D7', 'usage:D7']);
  });

  it('reads only today and yesterday first, then the 30 days without asking for the reports again', async () => {
    const compliance = memoryCompliance([]);
    const usage = memoryUsage();
    const deps = { compliance, usage, clock: fixedClock('2026-11-22T09:00:00Z'), actor: ADMIN };
    const latest = await fetchLatestDashboardData(deps);
    expect(latest.complete).toBe(false);
    expect(compliance.since).toEqual(['2026-11-21']);
    const full = await completeDashboardData(deps, latest);
    expect(full.complete).toBe(true);
    expect(compliance.since).toEqual(['2026-11-21', '2026-10-24']);
    expect(usage.calls.sort()).toEqual(['activity:D7', 'usage:D7']);
  });

  it('reads no reports for a politician and refuses the registrar', async () => {
    const usage = memoryUsage();
    await loadDashboard({ compliance: memoryCompliance([]), usage, clock: fixedClock('2026-11-22T09:00:00Z'), actor: POLITICIAN });
    expect(usage.calls).toEqual([]);
    await expect(loadDashboard({ compliance: memoryCompliance([]), usage, clock: fixedClock('2026-11-22T09:00:00Z'), actor: REGISTRAR })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
