// Report loaders: fetch metadata only (folder counts, one listing, out-of-office, Postvakt's store)
// and hand it to the pure report builders. Verdicts come from the cached 'state' property, so
// reports never fetch bodies.

import type { Profile } from '../domain/policy/types';
import { MAIL_FOLDERS, type MailboxOwner } from '../domain/types';
import { DAY_MS } from '../domain/reports/calendar';
import { buildExposureReport, type ExposureReport } from '../domain/reports/exposure';
import { buildHygieneReport, type HygieneReport } from '../domain/reports/hygiene';
import type { Clock } from '../ports/clock';
import type { MailboxPort, MessageSummary } from '../ports/mailbox';
import { readStates } from './messageState';
import { collectReceipts } from './registrar/collectReceipts';

export interface ReportDeps {
  mailbox: MailboxPort;
  profile: Profile;
  clock: Clock;
  /** The mailbox owner; defaults to the mailbox address with no name or roles. */
  owner?: MailboxOwner;
}

function ownerOf(deps: ReportDeps): MailboxOwner {
  return deps.owner ?? { name: '', address: deps.mailbox.address, roles: [] };
}

/**
 * The one listing every report reads: the whole mailbox, subfolders and folders of the person's own
 * included (what the server's log holds does not depend on folders), optionally from `since` on.
 */
function listReportMessages(mailbox: MailboxPort, since?: string): Promise<MessageSummary[]> {
  return mailbox.listMessages({ folders: MAIL_FOLDERS, everywhere: true, ...(since === undefined ? {} : { since }) });
}

export async function loadHygieneReport(deps: ReportDeps): Promise<HygieneReport> {
  const now = deps.clock.now();
  const [folders, messages, automaticReplies] = await Promise.all([
    deps.mailbox.folderSummaries(),
    listReportMessages(deps.mailbox),
    deps.mailbox.automaticReplies(),
  ]);
  const { verdicts, deferred } = readStates(messages);
  return buildHygieneReport({ folders, messages, verdicts, deferred, automaticReplies, profile: deps.profile, now });
}

export async function loadExposureReport(deps: ReportDeps): Promise<ExposureReport> {
  const now = deps.clock.now();
  const since = new Date(Date.parse(now) - deps.profile.logWindowDays * DAY_MS).toISOString();
  const [messages, store] = await Promise.all([listReportMessages(deps.mailbox, since), deps.mailbox.loadStore()]);
  const feedback = await collectReceipts(deps, messages, store);
  return buildExposureReport({ messages, journal: store.journal, owner: ownerOf(deps), profile: deps.profile, now, feedback });
}

/** Both reports from one listing: what the task pane's overview shows. */
export async function loadReports(deps: ReportDeps): Promise<{ hygiene: HygieneReport; exposure: ExposureReport }> {
  const now = deps.clock.now();
  const [folders, messages, automaticReplies, store] = await Promise.all([
    deps.mailbox.folderSummaries(),
    listReportMessages(deps.mailbox),
    deps.mailbox.automaticReplies(),
    deps.mailbox.loadStore(),
  ]);
  const { verdicts, deferred } = readStates(messages);
  return {
    hygiene: buildHygieneReport({ folders, messages, verdicts, deferred, automaticReplies, profile: deps.profile, now }),
    exposure: buildExposureReport({ messages, journal: store.journal, owner: ownerOf(deps), profile: deps.profile, now }),
  };
}
