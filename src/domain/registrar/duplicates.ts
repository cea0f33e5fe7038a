// The registrar side of idempotency: forwards carry their reference in the neutral subject and the
// full key in the metadata, so a repeated key is recognised as a duplicate of the first delivery.

export const SUBJECT_PREFIX = 'Handling för diarieföring, ref ';

const REF_PATTERN = /Handling för diarieföring, ref ([0-9A-F]{10})\b/;

export function neutralSubject(ref: string): string {
  return `${SUBJECT_PREFIX}${ref}`;
}

/** The reference in a forward's subject, or null for other mail. */
export function refFromSubject(subject: string): string | null {
  return REF_PATTERN.exec(subject)?.[1] ?? null;
}

export interface Delivery<T> {
  ref: string;
  first: T;
  duplicates: T[];
}

/** Groups a registrar's messages by reference; the earliest of each group is the delivery that counts. */
export function groupDeliveries<T extends { subject: string; receivedDateTime: string }>(messages: readonly T[]): Delivery<T>[] {
  const byRef = new Map<string, T[]>();
  for (const m of messages) {
    const ref = refFromSubject(m.subject);
    if (!ref) continue;
    const list = byRef.get(ref) ?? [];
    list.push(m);
    byRef.set(ref, list);
  }
  return [...byRef.entries()].map(([ref, list]) => {
    const sorted = [...list].sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime));
    return { ref, first: sorted[0], duplicates: sorted.slice(1) };
  });
}
