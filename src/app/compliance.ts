// The politician's side of the dashboard: the day's compliance snapshot (counts only) from one mailbox
// listing, and publishing it to the organisation's compliance list at most once a day.

import { buildComplianceSnapshot, type ComplianceSnapshot } from '../domain/reports/compliance';
import { buildExposureReport } from '../domain/reports/exposure';
import { buildHygieneReport, messageDate, type HygieneReport } from '../domain/reports/hygiene';
import type { MailboxOwner } from '../domain/types';
import { MAIL_FOLDERS } from '../domain/types';
import type { ComplianceListPort, ComplianceSnapshot as SharedSnapshot } from '../ports/admin';
import { readStates } from './messageState';
import type { ReportDeps } from './reports';

export interface HygieneWithSnapshot {
  hygiene: HygieneReport;
  /** Exactly what would be shared (the Hygien view shows it field by field). */
  snapshot: SharedSnapshot;
}

/** The hygiene report and the snapshot from the same listing the task pane's reports use. */
export async function loadHygieneWithSnapshot(deps: ReportDeps & { owner: MailboxOwner }): Promise<HygieneWithSnapshot> {
  const now = deps.clock.now();
  const [folders, messages, automaticReplies, store] = await Promise.all([
    deps.mailbox.folderSummaries(),
    deps.mailbox.listMessages({ folders: MAIL_FOLDERS, everywhere: true }),
    deps.mailbox.automaticReplies(),
    deps.mailbox.loadStore(),
  ]);
  const { verdicts, deferred } = readStates(messages);
  const hygiene = buildHygieneReport({ folders, messages, verdicts, deferred, automaticReplies, profile: deps.profile, now });
  const exposure = buildExposureReport({ messages, journal: store.journal, owner: deps.owner, profile: deps.profile, now });
  const registreraDates = messages
    .filter((m) => !m.isDraft && (MAIL_FOLDERS as readonly string[]).includes(m.folder) && verdicts.get(m.id)?.category === 'registrera')
    .map(messageDate);
  const snapshot: ComplianceSnapshot = buildComplianceSnapshot(hygiene, exposure, deps.profile, deps.owner, now, { registreraDates, logRequestHolds: store.holds.length });
  // The domain's shape and the port's are one contract; this assignment keeps them equal.
  const shared: SharedSnapshot = snapshot;
  return { hygiene, snapshot: shared };
}

export type PublishStatus = 'published' | 'already_today';

/**
 * Writes the snapshot as the person's row for its day, unless the list already holds one (the first
 * opening of the Hygien view each day publishes; later ones do not write again).
 */
export async function publishComplianceSnapshot(deps: { complianceList: ComplianceListPort }, snapshot: SharedSnapshot): Promise<PublishStatus> {
  const rows = await deps.complianceList.listSnapshots({ sinceDate: snapshot.date });
  const mine = snapshot.mailbox.toLowerCase();
  if (rows.some((r) => r.mailbox.toLowerCase() === mine && r.date === snapshot.date)) return 'already_today';
  await deps.complianceList.publishSnapshot(snapshot);
  return 'published';
}
