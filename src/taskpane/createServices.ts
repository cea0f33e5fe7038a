// Builds the UI's services from the use cases; the use cases and the mailbox load lazily (in
// Outlook the Graph client and MSAL are fetched only when a view or an action needs them).

import type { WeightDeltas } from '../domain/classify/score';
import type { ExposureReport } from '../domain/reports/exposure.types';
import type { MessageId } from '../ports/mailbox';
import type { PostvaktServices, SharedSnapshotState } from '../ui/services';
import type { ServiceDeps } from '../wiring/serviceDeps';
import { loadHtmlToText } from './htmlText';

export interface ServiceHooks {
  openMessage?: (id: MessageId) => void;
  afterAction?: () => void;
  /** Keeps what Inkorgen's verdicts learnt for the next first verdict (Outlook: roaming settings); a failure is ignored. */
  rememberLearned?: (learned: WeightDeltas) => Promise<void>;
}

export function createServices(getDeps: () => Promise<ServiceDeps>, hooks: ServiceHooks = {}): PostvaktServices {
  // The use cases classify Graph's messages (HTML bodies): the converter comes with them, in parallel.
  const useCases = () => Promise.all([import(/* webpackChunkName: "lazy-usecases" */ './useCases.js'), loadHtmlToText()]).then(([uc]) => uc);
  let csv: ((report: ExposureReport) => string) | null = null;
  let shared: Promise<SharedSnapshotState> | null = null;
  return {
    async sendToRegistrar(id, verdict) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      return uc.sendAndLearn(deps, { id, verdict, owner: deps.owner });
    },
    async gallra(request) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      return uc.gallraAndLearn(deps, request);
    },
    async applyProposals(request) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      return uc.applyProposals(deps, request);
    },
    async deferDecision(id) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      await uc.deferDecision(deps, id);
    },
    async loadInbox(onProgress) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      return uc.loadInbox(deps, onProgress, (learned) => void hooks.rememberLearned?.(learned).catch(() => undefined));
    },
    async loadHygiene() {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      const complianceList = deps.complianceList;
      if (!complianceList) return uc.loadHygieneReport(deps);
      // One listing gives both the report and what is shared; publishing never holds up the view.
      const { hygiene, snapshot } = await uc.loadHygieneWithSnapshot(deps);
      shared = uc.publishComplianceSnapshot({ complianceList }, snapshot).then(
        (status): SharedSnapshotState => ({ snapshot, status }),
        (): SharedSnapshotState => ({ snapshot, status: 'failed' }),
      );
      return hygiene;
    },
    loadSharedSnapshot() {
      return shared ?? Promise.resolve(null);
    },
    async loadExposure() {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      csv = uc.exposureToCsv;
      return uc.loadExposureReport(deps);
    },
    exposureCsv(report) {
      if (!csv) throw new Error('exposureCsv called before loadExposure');
      return csv(report);
    },
    openMessage: hooks.openMessage,
    afterAction: hooks.afterAction,
  };
}
