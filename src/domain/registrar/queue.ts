// The registrar's queue: deliveries not yet registered, oldest first, with their age in working days
// (registration must happen utan dröjsmål), and duplicates found by key, Message-ID and .eml hash.

import type { Registration } from './registration.types';
import { addDays, daysBetween, isWeekday, localDate } from '../reports/calendar';

/** What the queue needs of one delivery in the registrar's mailbox. */
export interface QueueDelivery {
  id: string;
  ref: string;
  /** The full key from the metadata (display only: it may be forged), when the metadata was valid. */
  key: string | null;
  /** When the delivery reached the registrar mailbox. */
  deliveredAt: string;
  /** Datum inkommen: the original's receivedDateTime in the politician's mailbox, when known. */
  datumInkommen: string | null;
  internetMessageId: string | null;
  emlSha256: string | null;
  registration: Registration | null;
}

export type DuplicateReason = 'key' | 'messageId' | 'eml';

export interface DuplicateLink {
  /** The earlier delivery this one repeats (the registered one when there is one). */
  of: string;
  reasons: DuplicateReason[];
}

/** Weekdays (Swedish local dates) after the day it came in, up to and including today. */
export function workingDaysSince(fromIso: string, nowIso: string): number {
  const from = localDate(fromIso);
  const gap = daysBetween(from, localDate(nowIso));
  let n = 0;
  for (let d = 1; d <= gap; d++) if (isWeekday(addDays(from, d))) n++;
  return n;
}

const dateOf = (d: QueueDelivery): string => d.datumInkommen ?? d.deliveredAt;

function sameAs(a: QueueDelivery, b: QueueDelivery): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (a.ref === b.ref || (a.key && a.key === b.key)) reasons.push('key');
  if (a.internetMessageId && a.internetMessageId === b.internetMessageId) reasons.push('messageId');
  if (a.emlSha256 && a.emlSha256 === b.emlSha256) reasons.push('eml');
  return reasons;
}

/**
 * For each delivery that repeats an earlier one, the one it repeats: a registered delivery wins,
 * otherwise the first delivered. Deliveries are never merged or dropped, only linked.
 */
export function findDuplicates(deliveries: readonly QueueDelivery[]): Map<string, DuplicateLink> {
  const ordered = [...deliveries].sort(
    (a, b) => Number(b.registration?.status === 'registrerad') - Number(a.registration?.status === 'registrerad') || a.deliveredAt.localeCompare(b.deliveredAt) || a.id.localeCompare(b.id),
  );
  const links = new Map<string, DuplicateLink>();
  for (let i = 0; i < ordered.length; i++) {
    const d = ordered[i]!;
    for (let j = 0; j < i; j++) {
      const earlier = ordered[j]!;
      if (links.has(earlier.id)) continue;
      const reasons = sameAs(d, earlier);
      if (reasons.length) {
        links.set(d.id, { of: earlier.id, reasons });
        break;
      }
    }
  }
  return links;
}

export interface QueueRow {
  delivery: QueueDelivery;
  ageWorkingDays: number;
  /** Older than one working day: registration must happen without delay. */
  overdue: boolean;
  duplicate: DuplicateLink | null;
}

/** Deliveries not yet registered or makulerad, oldest datum inkommen first. */
export function buildQueue(deliveries: readonly QueueDelivery[], nowIso: string): QueueRow[] {
  const duplicates = findDuplicates(deliveries);
  return deliveries
    .filter((d) => d.registration === null)
    .map((delivery) => {
      const ageWorkingDays = workingDaysSince(dateOf(delivery), nowIso);
      return { delivery, ageWorkingDays, overdue: ageWorkingDays > 1, duplicate: duplicates.get(delivery.id) ?? null };
    })
    .sort(
      (a, b) =>
        dateOf(a.delivery).localeCompare(dateOf(b.delivery)) || a.delivery.deliveredAt.localeCompare(b.delivery.deliveredAt) || a.delivery.id.localeCompare(b.delivery.id),
    );
}
