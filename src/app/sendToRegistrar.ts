// "Skicka till registrator": one crash-safe, idempotent path. (1) intent marker on the original,
// (2) draft carrying the key → .eml + metadata attached → send, (3) Sent Items copy confirmed by
// its immutable id, (4) only then journal and purge. Every run first looks up what a previous run
// left behind (by the deterministic key) and continues from there.

import type { Profile } from '../domain/policy/types';
import type { EmailAddress, MailboxOwner, Verdict } from '../domain/types';
import { isMailAddress } from '../domain/registrar/address';
import { deriveIdempotencyKey, shortRef } from '../domain/registrar/idempotency';
import { logPlacement } from '../domain/reports/logRow';
import { parseIntent, serializeIntent, type ForwardIntent, type IntentStep, type LoggedRow, type OriginalIntent } from '../domain/registrar/intent';
import { claimDraft, journalled, type Claim } from './claimDraft';
import { buildForwardDraft } from './forwardDraft';
import { estimateForwardBytes } from '../domain/registrar/size';
import type { Clock } from '../ports/clock';
import type { FullMessage, MailboxPort, MessageId, MessageSummary } from '../ports/mailbox';
import { confirmSent, type SentCopy } from './confirmSent';
import { UseCaseError, isNotFound } from './errors';
import { purgeAfterSend } from './registrarPurge';
import { realSleep, type Sleep } from './sleep';

export interface SendDeps {
  mailbox: MailboxPort;
  profile: Profile;
  clock: Clock;
  /** Waiting between confirmation polls; defaults to setTimeout. */
  sleep?: Sleep;
  /** How many times to look for the Sent Items copy (backoff 250 ms doubling to 4 s). */
  confirmAttempts?: number;
  /** How many times to look whether another run's draft has stood aside (same backoff). */
  claimAttempts?: number;
}

export interface SendInput {
  id: MessageId;
  verdict: Verdict;
  owner: MailboxOwner;
  /** Required to send something Postvakt judged not to be an allmän handling. */
  override?: { reason: string };
  /** Called as each step starts (for a progress line in the UI). */
  onStep?: (step: SendStep) => void;
}

export type SendStep = 'checking' | 'marking' | 'drafting' | 'sending' | 'confirming' | 'purging';

export interface SendOutcome {
  status: 'delivered' | 'already_delivered' | 'delivered_not_purged';
  key: string;
  ref: string;
  /** The Sent Items copy that proved delivery (the original's id when an earlier run already purged it). */
  sentCopyId: MessageId;
  purged: MessageId[];
  /** True when this run continued work a previous run had started. */
  resumed: boolean;
}

function loggedRow(original: FullMessage, owner: string): LoggedRow {
  return {
    ...logPlacement(original, owner),
    from: original.from,
    to: original.toRecipients,
    cc: original.ccRecipients,
    subject: original.subject,
    sentDateTime: original.sentDateTime,
    ...(original.internetMessageId ? { internetMessageId: original.internetMessageId } : {}),
  };
}

function checkVerdict(input: SendInput): void {
  if (input.verdict.category === 'gallra_ej_allman' && !input.override?.reason.trim()) {
    throw new UseCaseError('refused_not_public');
  }
}

/** Before anything is read or written: a forward to an empty or malformed address would fail or go astray. */
function checkRegistrar(profile: Profile): void {
  if (!isMailAddress(profile.registrar.address.trim())) {
    throw new UseCaseError('registrar_invalid');
  }
}

function checkSize(bytes: number, profile: Profile): void {
  const forwarded = estimateForwardBytes(bytes);
  if (forwarded > profile.maxMessageBytes) {
    throw new UseCaseError('too_large', { forwardedBytes: forwarded, limitBytes: profile.maxMessageBytes });
  }
}

interface Found {
  drafts: MessageSummary[];
  sent: { summary: MessageSummary; intent: ForwardIntent } | null;
}

function sortFound(found: MessageSummary[], key: string): Found {
  const drafts: MessageSummary[] = [];
  let sent: Found['sent'] = null;
  for (const m of found) {
    const intent = parseIntent(m.properties.intent);
    if (!intent || intent.key !== key || intent.role !== 'forward') continue;
    if (m.isDraft || m.folder === 'drafts') drafts.push(m);
    // Outbox is not a folder the adapter names: only Sent Items (or Deleted Items, moved there) proves sending.
    else if (m.folder === 'sentitems' || m.folder === 'deleteditems') sent ??= { summary: m, intent };
  }
  return { drafts, sent };
}

export async function sendToRegistrar(deps: SendDeps, input: SendInput): Promise<SendOutcome> {
  const { mailbox, profile, clock } = deps;
  checkRegistrar(profile);
  const sleep = deps.sleep ?? realSleep;
  const ownerAddress = mailbox.address || input.owner.address;
  const owner: EmailAddress = { name: input.owner.name, address: ownerAddress };
  const key = deriveIdempotencyKey(ownerAddress, input.id);
  const ref = shortRef(key);
  const registrar = { name: profile.registrar.name, address: profile.registrar.address.trim() };
  input.onStep?.('checking');

  const found = sortFound(await mailbox.findByIntentKey(key), key);
  const finish = async (copy: SentCopy, original: LoggedRow | null, resumed: boolean, alreadyDelivered: boolean): Promise<SendOutcome> => {
    input.onStep?.('purging');
    const result = await purgeAfterSend(deps, {
      key,
      originalId: input.id,
      original,
      sentCopy: copy,
      staleDrafts: found.drafts.map((d) => d.id).filter((id) => id !== copy.id),
      owner,
    });
    const base = { key, ref, sentCopyId: copy.id, purged: result.purged, resumed };
    if (result.blockedByHold) {
      return {
        ...base,
        status: 'delivered_not_purged',
      };
    }
    return {
      ...base,
      status: alreadyDelivered ? 'already_delivered' : 'delivered',
    };
  };

  const alreadyDone = (sentCopyId: MessageId): SendOutcome => ({
    status: 'already_delivered',
    key,
    ref,
    sentCopyId,
    purged: [],
    resumed: true,
  });

  // Already sent by an earlier click, device or crashed run: only the purge may be left.
  if (found.sent) {
    const s = found.sent.summary;
    return finish({ id: s.id, sentDateTime: s.sentDateTime, subject: s.subject, to: s.toRecipients }, found.sent.intent.original, true, true);
  }

  let original: FullMessage;
  try {
    original = await mailbox.getMessage(input.id);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    // Gone and journalled as forwarded: an earlier run (another click or device) finished the job.
    if (await journalled(mailbox, key)) return alreadyDone(input.id);
    throw new UseCaseError('not_found', {}, error);
  }
  const marker = parseIntent(original.properties.intent);
  const previous = marker?.role === 'original' && marker.key === key ? marker : null;
  const row = loggedRow(original, ownerAddress);
  const mark = (step: IntentStep, draftId?: string): Promise<void> => {
    const intent: OriginalIntent = { v: 1, role: 'original', key, step, ...(draftId ? { draftId } : {}), at: clock.now() };
    return mailbox.setProperty(input.id, 'intent', serializeIntent(intent));
  };
  const confirm = (draftId: MessageId) => confirmSent(mailbox, key, draftId, sleep, deps.confirmAttempts);
  const current = async (id: MessageId): Promise<FullMessage | null> => {
    try {
      return await mailbox.getMessage(id);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  };
  const deleteIfPresent = async (id: MessageId): Promise<void> => {
    try {
      await mailbox.permanentDelete(id);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  };

  /** Another run sends (or sent) this forward: drop our draft and report its delivery once it shows. */
  async function standAside(claim: Exclude<Claim, { kind: 'mine' }>, ownDraft: MessageId | null): Promise<SendOutcome> {
    if (claim.kind === 'contended') {
      throw new UseCaseError('in_progress', { ref });
    }
    if (ownDraft) await deleteIfPresent(ownDraft);
    const hint = claim.kind === 'yielded' ? claim.winner : claim.otherId;
    const copy = hint ? await confirm(hint) : null;
    if (copy || (await journalled(mailbox, key))) return alreadyDone(copy?.id ?? input.id);
    return standAside({ kind: 'contended' }, null);
  }

  // A send was issued before the crash: look for its Sent Items copy before sending anything again.
  if (previous?.step === 'sending' || previous?.step === 'sent') {
    input.onStep?.('confirming');
    const copy = previous.draftId ? await confirm(previous.draftId as MessageId) : null;
    if (copy) return finish(copy, row, true, true);
  }

  if (!previous) checkVerdict(input);
  // Before downloading the MIME: Exchange's own size, else the attachments as MIME carries them (base64).
  checkSize(original.size ?? Math.ceil((original.attachments.reduce((sum, a) => sum + a.size, 0) * 4) / 3) + original.body.content.length, profile);

  let draftId: MessageId | null = null;
  const reusable = previous?.draftId && previous.step !== 'started' ? found.drafts.find((d) => d.id === previous.draftId) : undefined;
  if (reusable) {
    draftId = reusable.id;
  } else {
    const mime = await mailbox.getMime(input.id);
    checkSize(mime.byteLength, profile);
    input.onStep?.('marking');
    await mark('started');
    // Drafts left by a run that crashed before both attachments were on (or a run this one takes
    // over): start over. One sent meanwhile is left alone: it is the delivery.
    for (const d of found.drafts) {
      const now = await current(d.id);
      if (now?.isDraft === false) return standAside({ kind: 'delivered', otherId: now.id }, null);
      if (now) await deleteIfPresent(d.id);
    }
    found.drafts = [];
    input.onStep?.('drafting');
    const reason = input.override?.reason.trim();
    try {
      draftId = await buildForwardDraft(
        mailbox,
        {
          key,
          originalId: input.id,
          original,
          mime,
          row,
          owner: { ...input.owner, address: ownerAddress },
          verdict: input.verdict,
          registrar,
          forwardedAt: clock.now(),
          ...(reason ? { overrideReason: reason } : {}),
        },
        (id) => {
          draftId = id;
        },
      );
      // The original's marker can only vanish with the original: either way another run has it in hand.
      await mark('attached', draftId);
    } catch (error) {
      // Another run (a second click or device) took over this draft or finished with the original.
      if (draftId && isNotFound(error)) return standAside({ kind: 'yielded', winner: null }, draftId);
      throw error;
    }
  }

  // Graph has no compare-and-set: send only once no other run's draft or delivery is in sight.
  const claim = await claimDraft(mailbox, key, draftId, sleep, deps.claimAttempts);
  if (claim.kind !== 'mine') return standAside(claim, draftId);
  input.onStep?.('sending');
  try {
    await mark('sending', draftId);
  } catch (error) {
    if (isNotFound(error)) return standAside({ kind: 'yielded', winner: null }, draftId);
    throw error;
  }
  await mailbox.sendDraft(draftId);
  input.onStep?.('confirming');
  const copy = await confirm(draftId);
  if (!copy) {
    // Another run may have confirmed and purged it already: its journal rows say so.
    if (await journalled(mailbox, key)) return alreadyDone(draftId);
    throw new UseCaseError('send_unconfirmed', { ref });
  }
  await mark('sent', draftId);
  return finish(copy, row, previous !== null, false);
}
