// The lazily loaded chunk of use cases the task pane calls (kept out of the first bundle).

import { classifyInbox, deferDecision } from '../app/classifyMailbox';
import { readStates } from '../app/messageState';
import type { WeightDeltas } from '../domain/classify/score';
import type { InboxItem } from '../ui/services';
import type { ServiceDeps } from '../wiring/serviceDeps';

export { applyProposals } from '../app/applyProposals';
export { gallraAndLearn, sendAndLearn } from '../app/decideAndLearn';
export { loadExposureReport, loadHygieneReport } from '../app/reports';
export { exposureToCsv } from '../domain/reports/exposureCsv';
export { deferDecision };

/** Every Inbox message with its proposed verdict; "Avgör senare" ones are marked. */
export async function loadInbox(deps: ServiceDeps, onProgress?: (done: number, total: number) => void, onLearned?: (learned: WeightDeltas) => void): Promise<InboxItem[]> {
  const result = await classifyInbox(deps, { onProgress: (p) => onProgress?.(p.done, p.total) });
  onLearned?.(result.learned);
  const { deferred } = readStates(result.messages);
  return result.messages
    .map((summary) => ({ summary, verdict: result.verdicts.get(summary.id) ?? null, deferred: deferred.has(summary.id) }))
    .sort((a, b) => b.summary.receivedDateTime.localeCompare(a.summary.receivedDateTime));
}
export { loadHygieneWithSnapshot, publishComplianceSnapshot } from '../app/compliance';
