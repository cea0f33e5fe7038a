// The registrar's archive export: registered deliveries of a Swedish local day, a range of days or one
// case as one zip (ERMS XML, register CSV, each original .eml); deliveries whose original is gone are named.

import { buildArchivePackage } from '../../domain/registrar/archivePackage';
import { buildErmsXml } from '../../domain/registrar/erms';
import { groupByCase, selectRegistrations, type RegistrationSelection } from '../../domain/registrar/ermsCase';
import { ErmsExportError } from '../../domain/registrar/ermsExportError';
import { registrationsToCsv } from '../../domain/registrar/registerCsv';
import type { RegistrarDeps } from './loadDeliveries';
import { loadExportInputs, type ExportInputs } from './exportInputs';

export type ArchiveSelection = RegistrationSelection;

export interface MissingOriginal {
  reference: string;
  diarienummer: string;
  reason: ExportInputs['missing'][number]['reason'];
}

export interface ArchiveExport {
  /** The zip: erms.xml, register.csv and eml/<name> per original. */
  bytes: Uint8Array;
  fileName: string;
  registrations: number;
  cases: number;
  originals: number;
  /** Registered in the selection but left out of the package: the delivery or its .eml is gone or too large. */
  missing: MissingOriginal[];
}

const DAY_MS = 86_400_000;

/** The instants loadExportInputs scans: a Swedish day lies within a day either side of its UTC date. */
function scanWindow(selection: ArchiveSelection): { from: string; to: string } {
  if (selection.kind === 'case') return { from: '1970-01-01T00:00:00Z', to: '9999-12-31T00:00:00Z' };
  const from = selection.kind === 'day' ? selection.date : selection.from;
  const to = selection.kind === 'day' ? selection.date : selection.to;
  return {
    from: new Date(Date.parse(`${from}T00:00:00Z`) - DAY_MS).toISOString(),
    to: new Date(Date.parse(`${to}T00:00:00Z`) + 2 * DAY_MS).toISOString(),
  };
}

/** "postvakt-arkiv-2026-12-04.zip", "…-2026-12-01--2026-12-04.zip", "…-KS-2026-123.zip". */
export function archiveFileName(selection: ArchiveSelection): string {
  const part =
    selection.kind === 'day'
      ? selection.date
      : selection.kind === 'range'
        ? selection.from === selection.to
          ? selection.from
          : `${selection.from}--${selection.to}`
        : selection.diarienummer
            .trim()
            .replace(/[^A-Za-z0-9ÅÄÖåäö]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 60) || 'arende';
  return `postvakt-arkiv-${part}.zip`;
}

export async function exportArchive(deps: RegistrarDeps, selection: ArchiveSelection): Promise<ArchiveExport> {
  // A malformed selection is refused before anything is read (selectRegistrations checks it).
  selectRegistrations([], selection);
  const inputs = await loadExportInputs(deps, scanWindow(selection));
  // selectRegistrations keeps the objects it is given, so identity ties a registration to its .eml.
  const keep = new Set(selectRegistrations(inputs.items.map((i) => i.registration), selection));
  const items = inputs.items.filter((i) => keep.has(i.registration));
  const missingRegs = new Set(selectRegistrations(inputs.missing.map((m) => m.registration), selection));
  const missing = inputs.missing
    .filter((m) => missingRegs.has(m.registration))
    .map((m) => ({ reference: m.registration.reference, diarienummer: m.registration.diarienummer, reason: m.reason }));
  if (items.length === 0) {
    throw new ErmsExportError(
      'erms_empty',
      missing.length
        ? `Inga diarieförda handlingar att exportera: originalet saknas för ${missing.map((m) => m.diarienummer).join(', ')}.`
        : 'Inga diarieförda handlingar att exportera för det valet. Välj en annan dag, ett annat intervall eller ärende.',
      missing.length
        ? `No registered documents to export: the original is missing for ${missing.map((m) => m.diarienummer).join(', ')}.`
        : 'No registered documents to export for that choice. Choose another day, range or case.',
    );
  }
  const registrations = selectRegistrations(items.map((i) => i.registration), selection);
  const xml = buildErmsXml({ organisation: { name: deps.profile.name }, createdAt: deps.clock.now(), registrations });
  const csv = registrationsToCsv(registrations);
  const byRegistration = new Map(items.map((i) => [i.registration, i.eml]));
  const emls = registrations.map((r) => ({ name: r.emlName, bytes: byRegistration.get(r)! }));
  return {
    bytes: buildArchivePackage({ xml, csv, emls }),
    fileName: archiveFileName(selection),
    registrations: registrations.length,
    cases: groupByCase(registrations).length,
    originals: emls.length,
    missing,
  };
}
