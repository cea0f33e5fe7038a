// buildHygieneReport: how well a mailbox follows the guidelines today — folder contents, unread
// mail against the read cadence, decisions waiting, old items, out-of-office — scored 0..100 where
// every deduction names its rule.

import type { AutomaticReplies, FolderSummary, MessageSummary } from '../mailbox';
import type { Profile } from '../policy/types';
import { MAIL_FOLDERS, type Verdict } from '../types';
import { DAY_MS, ageInDays } from './calendar';
import type { AwaitingDecision, Deduction, DecisionBucket, FolderHygiene, HygieneReport, OldItems, OutOfOffice, UnreadHygiene } from './hygiene.types';
import { messageDate } from './logRow';
import { describeCadence, isOverdue } from './readCadence';
import { RULES } from './rules';

export type { HygieneReport } from './hygiene.types';

export interface HygieneInput {
  folders: FolderSummary[];
  messages: MessageSummary[];
  /** Proposed verdicts by message id (cached classification); missing = not yet classified. */
  verdicts: ReadonlyMap<string, Verdict>;
  /** Messages the person marked "Avgör senare". */
  deferred?: ReadonlySet<string>;
  automaticReplies: AutomaticReplies;
  profile: Profile;
  now: string;
}

/** The date a message entered its folder's log: sent for Sent Items, received otherwise. */
export { messageDate };

function oldest(dates: string[]): string | null {
  let best: string | null = null;
  let bestT = Infinity;
  for (const d of dates) {
    const t = Date.parse(d);
    if (!Number.isNaN(t) && t < bestT) {
      bestT = t;
      best = d;
    }
  }
  return best;
}

function folderHygiene(input: HygieneInput, mail: MessageSummary[]): FolderHygiene[] {
  return MAIL_FOLDERS.map((folder) => {
    const listed = mail.filter((m) => m.folder === folder);
    const summary = input.folders.find((f) => f.folder === folder);
    const oldestDateTime = oldest(listed.map(messageDate));
    return {
      folder,
      count: summary ? Math.max(summary.totalItemCount, listed.length) : listed.length,
      oldestDateTime,
      oldestAgeDays: oldestDateTime ? ageInDays(oldestDateTime, input.now) : null,
    };
  });
}

function unreadHygiene(input: HygieneInput, mail: MessageSummary[]): UnreadHygiene {
  const unread = mail.filter((m) => m.folder === 'inbox' && !m.isRead);
  const summary = input.folders.find((f) => f.folder === 'inbox');
  const oldestUnreadDateTime = oldest(unread.map((m) => m.receivedDateTime));
  const overdueCount = unread.filter((m) => isOverdue(m.receivedDateTime, input.now, input.profile.readCadence)).length;
  const rule = describeCadence(input.profile.readCadence);
  return {
    count: summary ? Math.max(summary.unreadItemCount, unread.length) : unread.length,
    oldestUnreadDateTime,
    oldestUnreadAgeDays: oldestUnreadDateTime ? ageInDays(oldestUnreadDateTime, input.now) : null,
    cadence: input.profile.readCadence,
    overdueCount,
    explanation: {
      sv: `${rule.sv}. ${overdueCount} olästa meddelanden borde redan ha öppnats.`,
      en: `${rule.en}. ${overdueCount} unread messages should already have been opened.`,
    },
  };
}

function awaitingDecision(input: HygieneInput, mail: MessageSummary[]): AwaitingDecision {
  const byCategory: Record<DecisionBucket, number> = {
    registrera: 0,
    gallra_ej_allman: 0,
    gallra_ringa: 0,
    osaker: 0,
    oklassad: 0,
    avgor_senare: 0,
  };
  for (const m of mail) {
    if (input.deferred?.has(m.id)) byCategory.avgor_senare++;
    else byCategory[input.verdicts.get(m.id)?.category ?? 'oklassad']++;
  }
  return { byCategory, total: mail.length };
}

function olderThanYear(input: HygieneInput, mail: MessageSummary[]): OldItems {
  const limit = Date.parse(input.now) - 365 * DAY_MS;
  const old = mail.map(messageDate).filter((d) => Date.parse(d) < limit);
  return { count: old.length, oldestDateTime: oldest(old) };
}

function outOfOffice(replies: AutomaticReplies, now: string): OutOfOffice {
  const t = Date.parse(now);
  const activeNow =
    replies.status === 'alwaysEnabled' ||
    (replies.status === 'scheduled' &&
      (!replies.scheduledStartDateTime || Date.parse(replies.scheduledStartDateTime) <= t) &&
      (!replies.scheduledEndDateTime || t < Date.parse(replies.scheduledEndDateTime)));
  const state = activeNow
    ? { sv: 'Frånvaromeddelandet är på.', en: 'Automatic replies are on.' }
    : replies.status === 'scheduled'
      ? { sv: 'Frånvaromeddelandet är schemalagt men inte aktivt just nu.', en: 'Automatic replies are scheduled but not active right now.' }
      : { sv: 'Frånvaromeddelandet är avstängt.', en: 'Automatic replies are off.' };
  return {
    status: replies.status,
    activeNow,
    rule: RULES.outOfOffice,
    advice: {
      sv: `${state.sv} Reglerna kräver ett frånvaromeddelande vid all frånvaro. Postvakt kan inte veta när du är borta, så kontrollera det själv.`,
      en: `${state.en} The rules require automatic replies whenever you are away. Postvakt cannot know when you are away, so check it yourself.`,
    },
  };
}

function deduction(id: Deduction['id'], count: number, points: number, rule: string, sv: string, en: string): Deduction[] {
  return count > 0 && points > 0 ? [{ id, count, points, rule, detail: { sv, en } }] : [];
}

function deductions(input: HygieneInput, mail: MessageSummary[], unread: UnreadHygiene, old: OldItems): Deduction[] {
  const live = mail.filter((m) => m.folder !== 'deleteditems' && !input.deferred?.has(m.id));
  const count = (c: Verdict['category'] | undefined) => live.filter((m) => input.verdicts.get(m.id)?.category === c).length;
  const registrera = count('registrera');
  const gallra = count('gallra_ej_allman') + count('gallra_ringa');
  const undecided = count('osaker') + count(undefined) + mail.filter((m) => input.deferred?.has(m.id)).length;
  const deleted = mail.filter((m) => m.folder === 'deleteditems').length;
  return [
    ...deduction('unread_overdue', unread.overdueCount, Math.min(20, 5 + 2 * unread.overdueCount), input.profile.readCadence.source,
      `${unread.overdueCount} olästa meddelanden har väntat längre än läsrytmen tillåter.`,
      `${unread.overdueCount} unread messages have waited longer than the read cadence allows.`),
    ...deduction('registrera_waiting', registrera, Math.min(20, 4 * registrera), RULES.registerThenPurge,
      `${registrera} meddelanden ser ut att vara allmänna handlingar som ännu inte skickats till registrator.`,
      `${registrera} messages look like public records not yet sent to the registrar.`),
    ...deduction('gallra_waiting', gallra, Math.min(15, Math.ceil(gallra / 2)), RULES.purgeSoon,
      `${gallra} meddelanden kan gallras men ligger kvar.`,
      `${gallra} messages can be purged but are still here.`),
    ...deduction('undecided', undecided, Math.min(10, Math.ceil(undecided / 5)), RULES.decideEach,
      `${undecided} meddelanden väntar på ditt beslut.`,
      `${undecided} messages are waiting for your decision.`),
    ...deduction('deleted_items', deleted, Math.min(10, Math.ceil(deleted / 5)), RULES.emptyDeleted,
      `${deleted} meddelanden ligger i Borttaget (papperskorgen).`,
      `${deleted} messages are in Deleted Items.`),
    ...deduction('older_than_year', old.count, Math.min(20, 10 + old.count), RULES.emptyYearly,
      `${old.count} meddelanden är äldre än ett år.`,
      `${old.count} messages are older than a year.`),
  ];
}

export function buildHygieneReport(input: HygieneInput): HygieneReport {
  const mail = input.messages.filter((m) => !m.isDraft && MAIL_FOLDERS.includes(m.folder));
  const unread = unreadHygiene(input, mail);
  const old = olderThanYear(input, mail);
  const list = deductions(input, mail, unread, old);
  const total = list.reduce((sum, d) => sum + d.points, 0);
  return {
    now: input.now,
    folders: folderHygiene(input, mail),
    unread,
    awaitingDecision: awaitingDecision(input, mail),
    olderThanYear: old,
    outOfOffice: outOfOffice(input.automaticReplies, input.now),
    score: Math.max(0, 100 - total),
    deductions: list,
  };
}
