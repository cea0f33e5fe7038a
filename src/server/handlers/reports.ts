// Usage reports: getMailboxUsageDetail / getEmailActivityUserDetail (302 to a CSV download) and admin/reportSettings.

import { createHash } from 'node:crypto';
import type { AdminContext } from '../adminContext';
import { badRequest } from '../errors';
import type { Mailbox } from '../model';
import { isRec } from '../parseMessage';
import { messageSize } from '../render';
import { requireRole, requireScope } from '../roles';
import { REPORTS_LIMIT } from '../throttle';
import { json, noContent, type GraphResponse } from '../types';

const PERIODS = new Set(['D7', 'D30', 'D90', 'D180']);
const DAY = 86_400_000;

const MAILBOX_USAGE_COLUMNS = [
  'Report Refresh Date', 'User Principal Name', 'Display Name', 'Is Deleted', 'Deleted Date', 'Created Date', 'Last Activity Date',
  'Item Count', 'Storage Used (Byte)', 'Issue Warning Quota (Byte)', 'Prohibit Send Quota (Byte)', 'Prohibit Send/Receive Quota (Byte)',
  'Deleted Item Count', 'Deleted Item Size (Byte)', 'Deleted Item Quota (Byte)', 'Has Archive', 'Report Period',
];
const EMAIL_ACTIVITY_COLUMNS = [
  'Report Refresh Date', 'User Principal Name', 'Display Name', 'Is Deleted', 'Deleted Date', 'Last Activity Date',
  'Send Count', 'Receive Count', 'Read Count', 'Meeting Created Count', 'Meeting Interacted Count', 'Assigned Products', 'Report Period',
];

/** RFC 4180: quote fields holding a comma, quote or line break. */
function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(columns: string[], rows: (string | number)[][]): Buffer {
  const lines = [columns, ...rows].map((r) => r.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The tenant's concealed-names setting: the same opaque hash for the same user in every report. */
function conceal(value: string): string {
  return createHash('md5').update(value.toLowerCase()).digest('hex').toUpperCase();
}

const day = (iso: string): string => iso.slice(0, 10);

function names(ctx: AdminContext, box: Mailbox): [string, string] {
  return ctx.tenant.state.reportSettings.displayConcealedNames ? [conceal(box.address), conceal(box.displayName)] : [box.address, box.displayName];
}

function lastActivity(ctx: AdminContext, box: Mailbox, untilMs: number): string {
  const address = box.address.toLowerCase();
  let latest = '';
  for (const r of ctx.tenant.state.trace) {
    if (r.senderAddress === address && Date.parse(r.receivedDateTime) <= untilMs && r.receivedDateTime > latest) latest = r.receivedDateTime;
  }
  return latest ? day(latest) : '';
}

function mailboxUsage(ctx: AdminContext, periodDays: number, now: Date): Buffer {
  const refresh = day(now.toISOString());
  const rows = Object.values(ctx.tenant.state.mailboxes).map((box) => {
    const deleted = box.folders.find((f) => f.wellKnownName === 'deleteditems')!.id;
    const messages = Object.values(box.messages);
    const inDeleted = messages.filter((m) => m.folderId === deleted);
    const [upn, name] = names(ctx, box);
    return [
      refresh, upn, name, 'False', '', '', lastActivity(ctx, box, now.getTime()),
      messages.length, messages.reduce((n, m) => n + messageSize(m), 0), 105226698752, 106300440576, 107374182400,
      inDeleted.length, inDeleted.reduce((n, m) => n + messageSize(m), 0), 32212254720, 'False', periodDays,
    ];
  });
  return csv(MAILBOX_USAGE_COLUMNS, rows);
}

function emailActivity(ctx: AdminContext, periodDays: number, now: Date): Buffer {
  const refresh = day(now.toISOString());
  const from = now.getTime() - periodDays * DAY;
  const inPeriod = ctx.tenant.state.trace.filter((r) => {
    const t = Date.parse(r.receivedDateTime);
    return t > from && t <= now.getTime();
  });
  const rows = Object.values(ctx.tenant.state.mailboxes).map((box) => {
    const address = box.address.toLowerCase();
    const sent = new Set(inPeriod.filter((r) => r.senderAddress === address).map((r) => r.messageId)).size;
    const received = inPeriod.filter((r) => r.recipientAddress === address).length;
    const read = Object.values(box.messages).filter((m) => m.isRead && !m.isDraft && Date.parse(m.receivedDateTime) > from && m.from?.address.toLowerCase() !== address).length;
    const [upn, name] = names(ctx, box);
    return [refresh, upn, name, 'False', '', lastActivity(ctx, box, now.getTime()), sent, received, read, 0, 0, 'MICROSOFT 365 E3', periodDays];
  });
  return csv(EMAIL_ACTIVITY_COLUMNS, rows);
}

const REPORTS: Record<string, (ctx: AdminContext, days: number, now: Date) => Buffer> = {
  getmailboxusagedetail: mailboxUsage,
  getemailactivityuserdetail: emailActivity,
};

/** GET /reports/{function}(period='D7'): 302 to a pre-authenticated CSV download. */
export function getReport(ctx: AdminContext, segment: string): GraphResponse {
  const m = /^(\w+)\((.*)\)$/.exec(segment);
  const build = m ? REPORTS[m[1]!.toLowerCase()] : undefined;
  if (!m || !build) throw badRequest('BadRequest', `Resource not found for the segment '${segment}'.`);
  requireScope(ctx.req.principal, ['Reports.Read.All']);
  requireRole(ctx.req.principal, ['admin'], 'read usage reports (it needs an Entra reports role such as Reports Reader)');
  const p = /^period='(D\d+)'$/.exec(m[2]!.trim());
  if (!p) {
    if (/^date=/.test(m[2]!.trim())) throw badRequest('BadRequest', 'The date parameter is not emulated by the local server; use period.');
    throw badRequest('BadRequest', "The period parameter is required, in the form period='D7'.");
  }
  if (!PERIODS.has(p[1]!)) throw badRequest('BadRequest', `Invalid period '${p[1]}'. Supported values: D7, D30, D90, D180.`);
  for (const key of ctx.req.query.keys()) throw badRequest('BadRequest', `Query option '${key}' is not supported for CSV reports.`);
  const now = ctx.now();
  // Graph counts the limit per report API.
  ctx.throttle.take(`reports:${m[1]!.toLowerCase()}`, REPORTS_LIMIT, now.getTime());
  const token = ctx.downloads.add(build(ctx, Number(p[1]!.slice(1)), now), now.getTime());
  return { status: 302, headers: { Location: `${ctx.req.origin}/_reports/download/${token}`, 'Content-Type': 'text/plain' } };
}

export function getReportSettings(ctx: AdminContext): GraphResponse {
  requireScope(ctx.req.principal, ['ReportSettings.Read.All', 'ReportSettings.ReadWrite.All']);
  requireRole(ctx.req.principal, ['admin'], 'read the report settings');
  return json(200, {
    '@odata.context': `${ctx.req.origin}/v1.0/$metadata#admin/reportSettings/$entity`,
    id: 'reportSettings',
    displayConcealedNames: ctx.tenant.state.reportSettings.displayConcealedNames,
  });
}

export function patchReportSettings(ctx: AdminContext): GraphResponse {
  requireScope(ctx.req.principal, ['ReportSettings.ReadWrite.All']);
  requireRole(ctx.req.principal, ['admin'], 'change the report settings');
  const body = ctx.req.body;
  if (!isRec(body) || typeof body.displayConcealedNames !== 'boolean' || Object.keys(body).some((k) => k !== 'displayConcealedNames' && !k.startsWith('@odata'))) {
    throw badRequest('BadRequest', 'The body must be { "displayConcealedNames": true | false }.');
  }
  ctx.tenant.state.reportSettings.displayConcealedNames = body.displayConcealedNames;
  return noContent();
}
