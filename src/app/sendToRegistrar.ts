// "Skicka till registrator": one crash-safe, idempotent path, written as the state machine over the
// intent steps recorded on the original (started → attached → sending → sent). Every run first looks
// up what an earlier run left behind (by the deterministic key), picks the step to resume from, then
// runs one function per step until one answers the outcome: draft with .eml + metadata, claim, send,
// confirm the Sent Items copy by its immutable id, and only then journal and purge.

import type { Profile } from '../domain/policy/types';
import { deriveIdempotencyKey, shortRef } from '../domain/registrar/idempotency';
import { parseIntent, serializeIntent, type ForwardIntent, type IntentStep, type LoggedRow, type OriginalIntent } from '../domain/registrar/intent';
import type { EmailAddress, MailboxOwner, Verdict } from '../domain/types';
import type { LogRequestListPort } from '../ports/admin';
import type { Clock } from '../ports/clock';
import type { FullMessage, MailboxPort, MessageId, MessageSummary } from '../ports/mailbox';
import { claimDraft, journalled, type Claim } from './claimDraft';
import { confirmSent, type SentCopy } from './confirmSent';
import { UseCaseError, isNotFound } from './errors';
import { createForwardDraft } from './forwardDraft';
import { purgeAfterSend } from './registrarPurge';
import { checkRegistrar, checkSize, checkVerdict, estimatedMimeBytes, loggedRow } from './sendChecks';
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
  /** The organisation's log-request list: an open request for this mailbox keeps the original unpurged. */
  logRequests?: LogRequestListPort;
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
  /** The short reference in the forward's neutral subject; the UI shows it. */
  ref: string;
  /** The Sent Items copy that proved delivery (the original's id when an earlier run already purged it). */
  sentCopyId: MessageId;
  purged: MessageId[];
  /** True when this run continued work a previous run had started. */
  resumed: boolean;
}

/** What the first look found carrying the key: drafts of earlier runs, and a sent forward. */
interface Found {
  drafts: readonly MessageSummary[];
  sent: { summary: MessageSummary; intent: ForwardIntent } | null;
}

/** Fixed for one run, read by every step. */
interface Run {
  deps: SendDeps;
  input: SendInput;
  sleep: Sleep;
  key: string;
  ref: string;
  owner: EmailAddress;
  found: Found;
}

/** A run that has read the original. */
interface Known extends Run {
  original: FullMessage;
  row: LoggedRow;
  /** The original's marker from an earlier run with this key, if any. */
  previous: OriginalIntent | null;
}

/**
 * The step to carry out next, named by the intent step it records: `started` builds the draft,
 * `attached` (a complete draft) claims it and moves to `sending`, `sending` sends and confirms,
 * `sent` records it and journals and purges. `staleDrafts` are earlier runs' drafts still to purge.
 */
type State =
  | { step: 'started' }
  | { step: 'attached'; draftId: MessageId; staleDrafts: readonly MessageId[] }
  | { step: 'sending'; draftId: MessageId; staleDrafts: readonly MessageId[] }
  | { step: 'sent'; draftId: MessageId; copy: SentCopy; staleDrafts: readonly MessageId[] };

type Transition = State | { step: 'done'; outcome: SendOutcome };

const done = (outcome: SendOutcome): Transition => ({ step: 'done', outcome });

function sortFound(found: readonly MessageSummary[], key: string): Found {
  const forwards = found.flatMap((m) => {
    const intent = parseIntent(m.properties.intent);
    return intent && intent.key === key && intent.role === 'forward' ? [{ summary: m, intent }] : [];
  });
  // Outbox is not a folder the adapter names: only Sent Items (or Deleted Items, moved there) proves sending.
  const sent = forwards.find(({ summary: m }) => !(m.isDraft || m.folder === 'drafts') && (m.folder === 'sentitems' || m.folder === 'deleteditems'));
  return { drafts: forwards.filter(({ summary: m }) => m.isDraft || m.folder === 'drafts').map((f) => f.summary), sent: sent ?? null };
}

function mark(run: Known, step: IntentStep, draftId?: MessageId): Promise<void> {
  const intent: OriginalIntent = { v: 1, role: 'original', key: run.key, step, ...(draftId ? { draftId } : {}), at: run.deps.clock.now() };
  return run.deps.mailbox.setProperty(run.input.id, 'intent', serializeIntent(intent));
}

function confirm(run: Run, draftId: MessageId): Promise<SentCopy | null> {
  return confirmSent(run.deps.mailbox, run.key, draftId, run.sleep, run.deps.confirmAttempts);
}

async function current(run: Run, id: MessageId): Promise<FullMessage | null> {
  try {
    return await run.deps.mailbox.getMessage(id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function deleteIfPresent(run: Run, id: MessageId): Promise<void> {
  try {
    await run.deps.mailbox.permanentDelete(id);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Delivered (now or earlier): journal, then purge; the outcome says whether a log-request hold kept the original. */
async function finish(run: Run, copy: SentCopy, original: LoggedRow | null, staleDrafts: readonly MessageId[], how: { resumed: boolean; already: boolean }): Promise<SendOutcome> {
  run.input.onStep?.('purging');
  const result = await purgeAfterSend(run.deps, {
    key: run.key,
    originalId: run.input.id,
    original,
    sentCopy: copy,
    staleDrafts: staleDrafts.filter((id) => id !== copy.id),
    owner: run.owner,
  });
  const status = result.blockedByHold ? 'delivered_not_purged' : how.already ? 'already_delivered' : 'delivered';
  return { status, key: run.key, ref: run.ref, sentCopyId: copy.id, purged: result.purged, resumed: how.resumed };
}

/** Another click, device or earlier run delivered it: nothing is sent twice. */
function alreadyDone(run: Run, sentCopyId: MessageId): SendOutcome {
  return { status: 'already_delivered', key: run.key, ref: run.ref, sentCopyId, purged: [], resumed: true };
}

/** Another run sends (or sent) this forward: drop our draft and report its delivery once it shows. */
async function standAside(run: Run, claim: Exclude<Claim, { kind: 'mine' }>, ownDraft: MessageId | null): Promise<SendOutcome> {
  if (claim.kind === 'contended') throw new UseCaseError('in_progress', { ref: run.ref });
  if (ownDraft) await deleteIfPresent(run, ownDraft);
  const hint = claim.kind === 'yielded' ? claim.winner : claim.otherId;
  const copy = hint ? await confirm(run, hint) : null;
  if (copy || (await journalled(run.deps.mailbox, run.key))) return alreadyDone(run, copy?.id ?? run.input.id);
  return standAside(run, { kind: 'contended' }, null);
}

/** The original, or the outcome when an earlier run already delivered it and purged it. */
async function readOriginal(run: Run): Promise<{ original: FullMessage } | { outcome: SendOutcome }> {
  try {
    return { original: await run.deps.mailbox.getMessage(run.input.id) };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    // Gone and journalled as forwarded: an earlier run (another click or device) finished the job.
    if (await journalled(run.deps.mailbox, run.key)) return { outcome: alreadyDone(run, run.input.id) };
    throw new UseCaseError('not_found', {}, error);
  }
}

/** Where this run starts, from the original's marker and what the first look found. */
async function resumePoint(run: Known): Promise<Transition> {
  const { previous, found } = run;
  // A send was issued before the crash: look for its Sent Items copy before sending anything again.
  if (previous?.step === 'sending' || previous?.step === 'sent') {
    run.input.onStep?.('confirming');
    const copy = previous.draftId ? await confirm(run, previous.draftId) : null;
    if (copy) return done(await finish(run, copy, run.row, found.drafts.map((d) => d.id), { resumed: true, already: true }));
  }
  if (!previous) checkVerdict(run.input.verdict, run.input.override);
  checkSize(estimatedMimeBytes(run.original), run.deps.profile);
  // A draft recorded as complete is sent as it is; anything earlier is rebuilt.
  const reusable = previous?.draftId && previous.step !== 'started' ? found.drafts.find((d) => d.id === previous.draftId) : undefined;
  return reusable ? { step: 'attached', draftId: reusable.id, staleDrafts: found.drafts.map((d) => d.id) } : { step: 'started' };
}

/** started: mark the original, clear earlier runs' drafts, build the draft with both files, mark it attached. */
async function stepStarted(run: Known): Promise<Transition> {
  const { mailbox, profile, clock } = run.deps;
  const mime = await mailbox.getMime(run.input.id);
  checkSize(mime.byteLength, profile);
  run.input.onStep?.('marking');
  await mark(run, 'started');
  // Drafts left by a run that crashed before both attachments were on (or a run this one takes
  // over): start over. One sent meanwhile is left alone: it is the delivery.
  for (const d of run.found.drafts) {
    const now = await current(run, d.id);
    if (now?.isDraft === false) return done(await standAside(run, { kind: 'delivered', otherId: now.id }, null));
    if (now) await deleteIfPresent(run, d.id);
  }
  run.input.onStep?.('drafting');
  const reason = run.input.override?.reason.trim();
  const draft = await createForwardDraft(mailbox, {
    key: run.key,
    originalId: run.input.id,
    original: run.original,
    mime,
    row: run.row,
    owner: { ...run.input.owner, address: run.owner.address },
    verdict: run.input.verdict,
    registrar: { name: profile.registrar.name, address: profile.registrar.address.trim() },
    forwardedAt: clock.now(),
    ...(reason ? { overrideReason: reason } : {}),
  });
  try {
    await draft.attachFiles();
    // The original's marker can only vanish with the original: either way another run has it in hand.
    await mark(run, 'attached', draft.id);
  } catch (error) {
    // Another run (a second click or device) took over this draft or finished with the original.
    if (isNotFound(error)) return done(await standAside(run, { kind: 'yielded', winner: null }, draft.id));
    throw error;
  }
  return { step: 'attached', draftId: draft.id, staleDrafts: [] };
}

/** attached: send only once no other run's draft or delivery is in sight (Graph has no compare-and-set). */
async function stepAttached(run: Known, state: Extract<State, { step: 'attached' }>): Promise<Transition> {
  const claim = await claimDraft(run.deps.mailbox, run.key, state.draftId, run.sleep, run.deps.claimAttempts);
  if (claim.kind !== 'mine') return done(await standAside(run, claim, state.draftId));
  run.input.onStep?.('sending');
  try {
    await mark(run, 'sending', state.draftId);
  } catch (error) {
    if (isNotFound(error)) return done(await standAside(run, { kind: 'yielded', winner: null }, state.draftId));
    throw error;
  }
  return { step: 'sending', draftId: state.draftId, staleDrafts: state.staleDrafts };
}

/** sending: send the draft and find its Sent Items copy; unconfirmed means "try again later", nothing purged. */
async function stepSending(run: Known, state: Extract<State, { step: 'sending' }>): Promise<Transition> {
  await run.deps.mailbox.sendDraft(state.draftId);
  run.input.onStep?.('confirming');
  const copy = await confirm(run, state.draftId);
  if (copy) return { step: 'sent', draftId: state.draftId, copy, staleDrafts: state.staleDrafts };
  // Another run may have confirmed and purged it already: its journal rows say so.
  if (await journalled(run.deps.mailbox, run.key)) return done(alreadyDone(run, state.draftId));
  throw new UseCaseError('send_unconfirmed', { ref: run.ref });
}

/** sent: record it on the original, then journal and purge. */
async function stepSent(run: Known, state: Extract<State, { step: 'sent' }>): Promise<Transition> {
  await mark(run, 'sent', state.draftId);
  return done(await finish(run, state.copy, run.row, state.staleDrafts, { resumed: run.previous !== null, already: false }));
}

function step(run: Known, state: State): Promise<Transition> {
  switch (state.step) {
    case 'started':
      return stepStarted(run);
    case 'attached':
      return stepAttached(run, state);
    case 'sending':
      return stepSending(run, state);
    case 'sent':
      return stepSent(run, state);
  }
}

export async function sendToRegistrar(deps: SendDeps, input: SendInput): Promise<SendOutcome> {
  checkRegistrar(deps.profile);
  const ownerAddress = deps.mailbox.address || input.owner.address;
  const key = deriveIdempotencyKey(ownerAddress, input.id);
  input.onStep?.('checking');
  const found = sortFound(await deps.mailbox.findByIntentKey(key), key);
  const run: Run = { deps, input, sleep: deps.sleep ?? realSleep, key, ref: shortRef(key), owner: { name: input.owner.name, address: ownerAddress }, found };

  // Already sent by an earlier click, device or crashed run: only the purge may be left.
  if (found.sent) {
    const s = found.sent.summary;
    const copy: SentCopy = { id: s.id, sentDateTime: s.sentDateTime, subject: s.subject, to: s.toRecipients };
    return finish(run, copy, found.sent.intent.original, found.drafts.map((d) => d.id), { resumed: true, already: true });
  }
  const read = await readOriginal(run);
  if ('outcome' in read) return read.outcome;
  const original = read.original;
  const marker = parseIntent(original.properties.intent);
  const known: Known = { ...run, original, row: loggedRow(original, ownerAddress), previous: marker?.role === 'original' && marker.key === key ? marker : null };

  let next = await resumePoint(known);
  while (next.step !== 'done') next = await step(known, next);
  return next.outcome;
}
