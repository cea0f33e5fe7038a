// UsageReportsPort over Graph's CSV usage reports: a 302 to a pre-authenticated download, fetched without the token.

import type { Client } from '@microsoft/microsoft-graph-client';
import type { EmailActivityRow, MailboxUsageRow, ReportPeriod, UsageReportsPort } from '../../ports/admin';
import type { GraphStats } from './accounting';
import { AdminSession } from './adminSession';
import { csvRecords } from './csv';
import { GraphError } from './errors';

const PERIODS: readonly ReportPeriod[] = ['D7', 'D30'];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface GraphUsageReports extends UsageReportsPort {
  stats(): GraphStats;
}

function count(value: string, column: string): number {
  if (value === '') return 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new GraphError({ code: 'invalid_response', message: `The report's "${column}" holds a value that is not a count.` });
  return n;
}

const dateOrNull = (value: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const yes = (value: string): boolean => value.toLowerCase() === 'true';

export function toMailboxUsage(r: Record<string, string>): MailboxUsageRow {
  return {
    userPrincipalName: r['User Principal Name']!,
    displayName: r['Display Name']!,
    isDeleted: yes(r['Is Deleted']!),
    lastActivityDate: dateOrNull(r['Last Activity Date']!),
    itemCount: count(r['Item Count']!, 'Item Count'),
    storageUsedBytes: count(r['Storage Used (Byte)']!, 'Storage Used (Byte)'),
    deletedItemCount: count(r['Deleted Item Count']!, 'Deleted Item Count'),
    deletedItemSizeBytes: count(r['Deleted Item Size (Byte)']!, 'Deleted Item Size (Byte)'),
    reportRefreshDate: r['Report Refresh Date']!,
  };
}

export function toEmailActivity(r: Record<string, string>): EmailActivityRow {
  return {
    userPrincipalName: r['User Principal Name']!,
    displayName: r['Display Name']!,
    lastActivityDate: dateOrNull(r['Last Activity Date']!),
    sendCount: count(r['Send Count']!, 'Send Count'),
    receiveCount: count(r['Receive Count']!, 'Receive Count'),
    readCount: count(r['Read Count']!, 'Read Count'),
    reportRefreshDate: r['Report Refresh Date']!,
  };
}

const USAGE_COLUMNS = ['Report Refresh Date', 'User Principal Name', 'Display Name', 'Is Deleted', 'Last Activity Date', 'Item Count', 'Storage Used (Byte)', 'Deleted Item Count', 'Deleted Item Size (Byte)'];
const ACTIVITY_COLUMNS = ['Report Refresh Date', 'User Principal Name', 'Display Name', 'Last Activity Date', 'Send Count', 'Receive Count', 'Read Count'];

export function createGraphUsageReports(client: Client): GraphUsageReports {
  const session = new AdminSession(client);

  /** The report's CSV text: Graph answers 302; the download URL carries its own credential. */
  async function download(fn: string, period: ReportPeriod): Promise<string> {
    if (!PERIODS.includes(period)) throw new GraphError({ code: 'bad_request', message: `Unsupported report period: ${String(period)}.` });
    const first = await session.raw(`/reports/${fn}(period='${period}')`, { redirect: 'manual' });
    let file: Response;
    if (REDIRECTS.has(first.status)) {
      const location = first.headers.get('Location');
      if (!location) throw new GraphError({ code: 'invalid_response', statusCode: first.status, message: 'The report redirect has no Location.' });
      const url = new URL(location, 'https://graph.microsoft.com');
      // The Graph client reads the first path segment of an absolute URL as the API version; a URL
      // with a single segment would come out with "/v1.0" inserted, so it is refused rather than bent.
      if (url.pathname.split('/').filter(Boolean).length < 2) {
        throw new GraphError({ code: 'invalid_response', statusCode: first.status, message: 'The report download URL has an unexpected form.' });
      }
      file = await session.raw(url.toString(), { anonymous: true });
    } else if (first.type === 'opaqueredirect') {
      // A browser hides the Location of a manual redirect; following it is safe there because fetch drops
      // Authorization when a redirect leaves Graph's origin (reports.office.com).
      file = await session.raw(`/reports/${fn}(period='${period}')`, { redirect: 'follow' });
    } else {
      file = first;
    }
    if (!file.ok) return session.failure(file);
    return new TextDecoder('utf-8').decode(await file.arrayBuffer());
  }

  return {
    async mailboxUsage(period) {
      return csvRecords(await download('getMailboxUsageDetail', period), USAGE_COLUMNS).map(toMailboxUsage);
    },
    async emailActivity(period) {
      return csvRecords(await download('getEmailActivityUserDetail', period), ACTIVITY_COLUMNS).map(toEmailActivity);
    },
    stats: () => session.stats(),
  };
}
