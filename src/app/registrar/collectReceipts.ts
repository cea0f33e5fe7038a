// The politician's side of Kvittera: receipts from the profile's registrar address are read back
// (their JSON attachment parsed as hostile input), matched to the journal's forwards by key, and
// kept as small RegistrarFeedback records in Postvakt's store, where learning from decisions reads them.

import type { Profile } from '../../domain/policy/types';
import { parseReceipt, refFromReceiptName, RECEIPT_SUBJECT_PREFIX } from '../../domain/registrar/receipt';
import type { RegistrarFeedback } from '../../domain/registrar/registration.types';
import type { MailboxPort, MessageSummary, PostvaktStore } from '../../ports/mailbox';

const RECEIPT_MAX_BYTES = 16 * 1024;

/** Receipts among `messages` not yet in the store are read and recorded; answers the store's feedback. */
export async function collectReceipts(
  deps: { mailbox: MailboxPort; profile: Profile },
  messages: readonly MessageSummary[],
  store: PostvaktStore,
): Promise<RegistrarFeedback[]> {
  const registrar = deps.profile.registrar.address.toLowerCase();
  const known = store.feedback ?? [];
  const seen = new Set(known.map((f) => `${f.key}|${f.kind}|${f.at}`));
  const candidates = messages.filter(
    (m) => m.folder === 'inbox' && m.hasAttachments && m.subject.startsWith(RECEIPT_SUBJECT_PREFIX) && m.from?.address.toLowerCase() === registrar,
  );
  const found: RegistrarFeedback[] = [];
  for (const m of candidates) {
    const attachment = (await deps.mailbox.listAttachments(m.id)).find((a) => refFromReceiptName(a.name));
    if (!attachment) continue;
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await deps.mailbox.getAttachmentBytes(m.id, attachment.id, RECEIPT_MAX_BYTES));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'too_large') continue;
      throw error;
    }
    const parsed = parseReceipt(text, refFromReceiptName(attachment.name)!);
    if (!parsed || seen.has(`${parsed.key}|${parsed.kind}|${parsed.at}`)) continue;
    // Only the politician's own forwards: a receipt for a key the journal never sent is ignored.
    const original = store.journal.find((j) => j.ref === `${parsed.key}:original`);
    const forward = store.journal.find((j) => j.ref === `${parsed.key}:forward`);
    if (!original && !forward) continue;
    seen.add(`${parsed.key}|${parsed.kind}|${parsed.at}`);
    found.push({
      ...parsed,
      ...(original?.from ? { originalFrom: original.from.address } : {}),
      ...(original ? { originalSubject: original.subject } : {}),
    });
  }
  if (found.length === 0) return known;
  // The latest word per key wins; older ones stay (a makulerad duplicate after a registration).
  const feedback = [...known, ...found];
  await deps.mailbox.saveStore({ ...store, feedback });
  return feedback;
}

/** The latest feedback per delivery key. */
export function latestFeedback(feedback: readonly RegistrarFeedback[]): Map<string, RegistrarFeedback> {
  const out = new Map<string, RegistrarFeedback>();
  for (const f of [...feedback].sort((a, b) => a.at.localeCompare(b.at))) out.set(f.key, f);
  return out;
}
