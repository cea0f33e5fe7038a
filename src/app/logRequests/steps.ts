// The steps after recording a log request: keep the official's masking decisions, export the
// disclosure (CSV and PDF; the first export time is kept), and close the request, which lifts
// the hold on gallring in that mailbox.

import { buildDisclosure, disclosureToCsv } from '../../domain/admin/disclosure';
import type { MaskDecision, TraceRow } from '../../domain/admin/masking';
import type { LogRequestRecord } from '../../ports/admin';
import { UseCaseError } from '../errors';
import { requireLogRequestRole, type LogRequestDeps, type RenderPdf } from './deps';

function requireNotClosed(request: LogRequestRecord): void {
  if (request.status === 'closed') {
    throw new UseCaseError('wrong_state', 'Begäran är redan avslutad.', 'The request is already closed.');
  }
}

export async function saveMasking(deps: Pick<LogRequestDeps, 'requests' | 'actor'>, request: LogRequestRecord, decisions: readonly MaskDecision[]): Promise<LogRequestRecord> {
  requireLogRequestRole(deps.actor);
  requireNotClosed(request);
  const maskingJson = JSON.stringify(decisions);
  await deps.requests.update(request.id, { maskingJson });
  return { ...request, maskingJson };
}

export interface ExportResult {
  request: LogRequestRecord;
  csv: string;
  pdf: Uint8Array;
}

export async function exportLogRequest(
  deps: Pick<LogRequestDeps, 'requests' | 'actor' | 'clock'> & { renderPdf: RenderPdf },
  input: { request: LogRequestRecord; organisation: string; rows: readonly TraceRow[]; decisions: readonly MaskDecision[] },
): Promise<ExportResult> {
  requireLogRequestRole(deps.actor);
  requireNotClosed(input.request);
  const now = deps.clock.now();
  const disclosure = buildDisclosure(input.organisation, input.request, input.rows, input.decisions, now);
  const csv = disclosureToCsv(disclosure);
  const pdf = await deps.renderPdf(disclosure);
  const patch = { status: 'exported' as const, exportedAt: input.request.exportedAt ?? now, maskingJson: JSON.stringify(input.decisions) };
  await deps.requests.update(input.request.id, patch);
  return { request: { ...input.request, ...patch }, csv, pdf };
}

export async function closeLogRequest(deps: Pick<LogRequestDeps, 'requests' | 'actor' | 'clock'>, request: LogRequestRecord): Promise<LogRequestRecord> {
  requireLogRequestRole(deps.actor);
  requireNotClosed(request);
  const patch = { status: 'closed' as const, closedAt: deps.clock.now() };
  await deps.requests.update(request.id, patch);
  return { ...request, ...patch };
}

/** Milliseconds from the request coming in to its first export; null before the export. */
export function timeToExport(request: Pick<LogRequestRecord, 'receivedAt' | 'exportedAt'>): number | null {
  if (!request.exportedAt) return null;
  return Math.max(0, Date.parse(request.exportedAt) - Date.parse(request.receivedAt));
}
