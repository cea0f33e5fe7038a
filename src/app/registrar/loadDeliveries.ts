// Registrar mode: the deliveries in the registrar mailbox's Inbox, each read from its attachments
// (metadata JSON and the original's .eml, both parsed as hostile input in the domain) and its
// registration property; and the queue of those not yet registered.

import type { Profile } from '../../domain/policy/types';
import { parseDeliveryMetadata, METADATA_MAX_BYTES, type DeliveryMetadata } from '../../domain/registrar/parseDeliveryMetadata';
import { EML_MAX_BYTES, parseEml, type EmlSummary } from '../../domain/registrar/parseEml';
import { buildQueue, findDuplicates, type DuplicateLink, type QueueDelivery, type QueueRow } from '../../domain/registrar/queue';
import { deliveryRef, isRegistrarMailbox } from '../../domain/registrar/registrarMode';
import type { Registration } from '../../domain/registrar/registration.types';
import { sha256HexOfBytes } from '../../domain/registrar/sha256';
import type { EmailAddress } from '../../domain/types';
import type { Clock } from '../../ports/clock';
import type { MailboxPort, MessageId, MessageSummary } from '../../ports/mailbox';
import { UseCaseError } from '../errors';

export interface RegistrarDeps {
  mailbox: MailboxPort;
  profile: Profile;
  clock: Clock;
}

export interface LoadedEml {
  attachmentId: string;
  name: string;
  size: number;
  summary: EmlSummary | null;
  sha256: string | null;
  /** Why the .eml could not be listed (too large, not MIME). */
  problem?: string;
}

export interface LoadedDelivery {
  id: MessageId;
  ref: string;
  /** When it reached the registrar mailbox. */
  deliveredAt: string;
  /** Who forwarded it, as Exchange recorded the delivery's sender (not the metadata's claim). */
  forwardedBy: EmailAddress | null;
  metadata: DeliveryMetadata | null;
  metadataErrors: string[];
  eml: LoadedEml | null;
  registration: Registration | null;
}

export interface RegistrarDesk {
  deliveries: LoadedDelivery[];
  queue: QueueRow[];
  duplicates: Map<string, DuplicateLink>;
  now: string;
}

export function assertRegistrar(deps: RegistrarDeps): void {
  if (!isRegistrarMailbox(deps.profile, deps.mailbox.address)) {
    throw new UseCaseError(
      'not_registrar',
      'Det här är inte registratorns brevlåda. Registratorns kö går bara att öppna i den.',
      'This is not the registrar mailbox. The registrar queue opens only there.',
    );
  }
}

function parseRegistration(value: string | undefined): Registration | null {
  if (!value) return null;
  try {
    const r = JSON.parse(value) as Registration;
    return r && (r.status === 'registrerad' || r.status === 'makulerad') ? r : null;
  } catch {
    return null;
  }
}

const text = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** One delivery, or null when the message is not one (no single metadata attachment). */
export async function loadDelivery(mailbox: MailboxPort, summary: Pick<MessageSummary, 'id' | 'receivedDateTime' | 'from' | 'properties'>): Promise<LoadedDelivery | null> {
  const attachments = await mailbox.listAttachments(summary.id);
  const ref = deliveryRef(attachments.map((a) => a.name));
  if (!ref) return null;
  const metaAttachment = attachments.find((a) => a.name === `postvakt-metadata-${ref}.json`)!;
  const emlAttachment = attachments.find((a) => a.name === `handling-${ref}.eml`) ?? null;
  let metadata: DeliveryMetadata | null = null;
  let metadataErrors: string[] = [];
  try {
    const parsed = parseDeliveryMetadata(text(await mailbox.getAttachmentBytes(summary.id, metaAttachment.id, METADATA_MAX_BYTES)), ref);
    if (parsed.ok) metadata = parsed.metadata;
    else metadataErrors = parsed.errors;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'too_large') throw error;
    metadataErrors = ['too large'];
  }
  let eml: LoadedEml | null = null;
  if (emlAttachment) {
    eml = { attachmentId: emlAttachment.id, name: emlAttachment.name, size: emlAttachment.size, summary: null, sha256: null };
    try {
      const bytes = await mailbox.getAttachmentBytes(summary.id, emlAttachment.id, EML_MAX_BYTES);
      eml.sha256 = sha256HexOfBytes(bytes);
      const listed = parseEml(bytes);
      if (listed.ok) eml.summary = listed.eml;
      else eml.problem = listed.code;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'too_large') throw error;
      eml.problem = 'too_large';
    }
  }
  return {
    id: summary.id,
    ref,
    deliveredAt: summary.receivedDateTime,
    forwardedBy: summary.from,
    metadata,
    metadataErrors,
    eml,
    registration: parseRegistration(summary.properties.registration),
  };
}

export function toQueueDelivery(d: LoadedDelivery): QueueDelivery {
  return {
    id: d.id,
    ref: d.ref,
    key: d.metadata?.key ?? null,
    deliveredAt: d.deliveredAt,
    datumInkommen: d.metadata?.original.receivedDateTime || null,
    internetMessageId: d.eml?.summary?.messageId ?? null,
    emlSha256: d.eml?.sha256 ?? null,
    registration: d.registration,
  };
}

/** Every delivery in the registrar's Inbox, the queue of unregistered ones and the duplicate links. */
export async function loadRegistrarDesk(deps: RegistrarDeps): Promise<RegistrarDesk> {
  assertRegistrar(deps);
  const listed = await deps.mailbox.listMessages({ folders: ['inbox'] });
  const candidates = listed.filter((m) => m.hasAttachments && !m.isDraft);
  const loaded = await Promise.all(candidates.map((m) => loadDelivery(deps.mailbox, m)));
  const deliveries = loaded.filter((d): d is LoadedDelivery => d !== null).sort((a, b) => a.deliveredAt.localeCompare(b.deliveredAt));
  const now = deps.clock.now();
  const rows = deliveries.map(toQueueDelivery);
  return { deliveries, queue: buildQueue(rows, now), duplicates: findDuplicates(rows), now };
}
