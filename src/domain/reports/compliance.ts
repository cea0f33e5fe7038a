// The counts a politician's Postvakt shares with the kansli for one day: built from the hygiene and log
// reports, never with subjects, bodies, correspondents' addresses or party.

import type { Profile } from '../policy/types';
import type { MailboxOwner } from '../types';
import { ageInDays, localDate } from './calendar';
import type { ExposureReport } from './exposure.types';
import type { HygieneReport } from './hygiene.types';

/**
 * What one politician's Postvakt shares with the organisation for one day: counts and scores only,
 * never subjects, bodies or correspondents' addresses, and never party (src/ports/admin.ts moves it).
 */
export interface ComplianceSnapshot {
  mailbox: string;
  displayName: string;
  namnder: string[];
  /** Swedish local date, YYYY-MM-DD. */
  date: string;
  hygieneScore: number;
  deductions: { id: string; points: number; count: number }[];
  backlog: { inbox: number; sentitems: number; deleteditems: number };
  unreadOverdue: number;
  oldestUnreadDays: number | null;
  awaitingDecision: { registrera: number; gallra_ej_allman: number; gallra_ringa: number; osaker: number; oklassad: number };
  publicRecordsNotForwarded: number;
  logWindowRows: number;
  flaggedLogRows: number;
  outOfOffice: boolean;
  logRequestHolds: number;
}

/** A public record should reach the registrar within this many days unless told otherwise (Kramfors 5.2: "snarast"). */
export const DEFAULT_FORWARD_WITHIN_DAYS = 7;

export interface ComplianceExtras {
  /** Dates (received, or sent for Sent Items) of messages still in the mailbox with a registrera verdict. */
  registreraDates: readonly string[];
  /** Log-request holds in the person's own store. */
  logRequestHolds: number;
  forwardWithinDays?: number;
}

const BODY = /(nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|råd|rådet|direktion|direktionen)$/i;

/**
 * The nämnder in the mailbox's roles ("ledamot, kommunstyrelsen" → "kommunstyrelsen"): the part after
 * the last comma when it names a body, sorted, each once. Titles alone ("ledamot") give nothing.
 */
export function namnderOf(roles: readonly string[]): string[] {
  const out = new Set<string>();
  for (const role of roles) {
    const body = role.split(',').pop()!.trim();
    if (body && BODY.test(body)) out.add(body.toLowerCase());
  }
  return [...out].sort((a, b) => a.localeCompare(b, 'sv'));
}

export function buildComplianceSnapshot(
  hygiene: HygieneReport,
  exposure: ExposureReport,
  profile: Profile,
  owner: MailboxOwner,
  now: string,
  extras: ComplianceExtras,
): ComplianceSnapshot {
  void profile;
  const folder = (name: 'inbox' | 'sentitems' | 'deleteditems') => hygiene.folders.find((f) => f.folder === name)?.count ?? 0;
  const by = hygiene.awaitingDecision.byCategory;
  const limit = extras.forwardWithinDays ?? DEFAULT_FORWARD_WITHIN_DAYS;
  return {
    mailbox: owner.address.toLowerCase(),
    displayName: owner.name,
    namnder: namnderOf(owner.roles),
    date: localDate(now),
    hygieneScore: hygiene.score,
    deductions: hygiene.deductions.map((d) => ({ id: d.id, points: d.points, count: d.count })),
    backlog: { inbox: folder('inbox'), sentitems: folder('sentitems'), deleteditems: folder('deleteditems') },
    unreadOverdue: hygiene.unread.overdueCount,
    oldestUnreadDays: hygiene.unread.oldestUnreadAgeDays,
    awaitingDecision: {
      registrera: by.registrera ?? 0,
      gallra_ej_allman: by.gallra_ej_allman ?? 0,
      gallra_ringa: by.gallra_ringa ?? 0,
      // "Avgör senare" is the person's own "not decided yet".
      osaker: (by.osaker ?? 0) + (by.avgor_senare ?? 0),
      oklassad: by.oklassad ?? 0,
    },
    publicRecordsNotForwarded: extras.registreraDates.filter((d) => ageInDays(d, now) >= limit).length,
    logWindowRows: exposure.counts.total,
    flaggedLogRows: exposure.counts.withSensitive,
    outOfOffice: hygiene.outOfOffice.activeNow,
    logRequestHolds: extras.logRequestHolds,
  };
}
