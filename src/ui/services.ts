// The effects the task pane needs, handed in by each entry point (Outlook or demo) through context:
// views never import Office, Graph or MSAL.

import { createContext, useContext } from 'react';
import type { ApplyProposalsOutcome, Proposal } from '../app/applyProposals';
import type { GallraOutcome } from '../app/gallra';
import type { SendOutcome } from '../app/sendToRegistrar';
import type { ExposureReport } from '../domain/reports/exposure.types';
import type { HygieneReport } from '../domain/reports/hygiene.types';
import type { MailMessage, Verdict } from '../domain/types';
import type { BulkProgress, MessageId, MessageSummary } from '../ports/mailbox';

/** The message shown in "Det här meddelandet". */
export interface CurrentMessage {
  message: Pick<MailMessage, 'subject' | 'from'>;
  verdict: Verdict;
  /** The kind of secrecy told from the text ("hälsa", "socialtjänst"...), when there is a sekretess flag. */
  sekretessKind?: string | null;
  /** The immutable id, resolved lazily (Outlook translates its item id through Graph first). */
  resolveId(): Promise<MessageId>;
  /** Registrar mode: the message carries a Postvakt metadata attachment (a delivery, never proposed for purge). */
  delivery?: boolean;
}

export type CurrentState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ready'; current: CurrentMessage }
  | { status: 'error'; error: unknown };

export interface InboxItem {
  summary: MessageSummary;
  verdict: Verdict | null;
  deferred: boolean;
}

export interface GallraRequest {
  ids: readonly MessageId[];
  verdicts: ReadonlyMap<string, Verdict>;
  override?: { reason: string };
  onProgress?: (progress: BulkProgress) => void;
  signal?: AbortSignal;
}

export interface ApplyRequest {
  proposals: readonly Proposal[];
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

export interface PostvaktServices {
  sendToRegistrar(id: MessageId, verdict: Verdict): Promise<SendOutcome>;
  gallra(request: GallraRequest): Promise<GallraOutcome>;
  /** Carries out the proposals of the Inkorgen view: a coded outcome per message. */
  applyProposals(request: ApplyRequest): Promise<ApplyProposalsOutcome>;
  deferDecision(id: MessageId): Promise<void>;
  loadInbox(onProgress?: (done: number, total: number) => void): Promise<InboxItem[]>;
  loadHygiene(): Promise<HygieneReport>;
  loadExposure(): Promise<ExposureReport>;
  exposureCsv(report: ExposureReport): string;
  /** Makes a message from the inbox the current one (selecting another message). */
  openMessage?(id: MessageId): void;
  /** Called after an irreversible action finished (the iPad closes its full-screen pane). */
  afterAction?(): void;
}

export const ServicesContext = createContext<PostvaktServices | null>(null);

export function useServices(): PostvaktServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('PostvaktServices missing: wrap the views in ServicesContext.Provider');
  return services;
}
