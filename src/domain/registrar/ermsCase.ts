// Cases (ärenden) from diarienummer, the export's one ordering of registrations, and the selection
// the registrar exports: registered on a day, over a range of days (Swedish local dates), or one case.

import { isValidInstant, localDate } from '../reports/calendar';
import { ErmsExportError } from './ermsExportError';
import type { Registration } from './registration.types';

/** A case: series, year and number of a diarienummer ("KS 2026/123"), or the whole text when it has no such shape. */
export interface ErmsCase {
  /** "KS 2026/123": the case's diarienummer, whitespace collapsed, number without leading zeros. */
  id: string;
  series: string;
  year: number;
  number: number;
  /** The document's number within the case ("KS 2026/123-4" → 4), when the diarienummer has one. */
  document?: number;
}

// Series, year, '/', number, then an optional document number after '-', ':' or '.'.
const DIARIENUMMER = /^\s*(.*?)\s*(\d{4})\s*\/\s*(\d{1,9})(?:\s*[-:.]\s*(\d{1,9}))?\s*$/;

/** The case a diarienummer belongs to; a diarienummer of another shape is a case of its own. */
export function caseOf(diarienummer: string): ErmsCase {
  const text = diarienummer.replace(/\s+/g, ' ').trim();
  const m = DIARIENUMMER.exec(text);
  if (!m) return { id: text, series: text, year: 0, number: 0 };
  const series = m[1];
  const year = Number(m[2]);
  const number = Number(m[3]);
  const id = `${series ? `${series} ` : ''}${year}/${number}`;
  return m[4] === undefined ? { id, series, year, number } : { id, series, year, number, document: Number(m[4]) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Cases by series, year and number (numerically), so "KS 2026/9" comes before "KS 2026/10". */
export function compareCases(a: ErmsCase, b: ErmsCase): number {
  return compareText(a.series, b.series) || a.year - b.year || a.number - b.number || compareText(a.id, b.id);
}

/** The export's order: by case, then document number, registration time, and key (unique per delivery). */
export function compareRegistrations(a: Registration, b: Registration): number {
  const ca = caseOf(a.diarienummer);
  const cb = caseOf(b.diarienummer);
  return (
    compareCases(ca, cb) ||
    (ca.document ?? 0) - (cb.document ?? 0) ||
    compareText(a.registeredAt, b.registeredAt) ||
    compareText(a.key, b.key)
  );
}

/** Registrations grouped by case, cases and registrations in the export's order. */
export function groupByCase(regs: readonly Registration[]): { case: ErmsCase; registrations: Registration[] }[] {
  const groups = new Map<string, { case: ErmsCase; registrations: Registration[] }>();
  for (const reg of [...regs].sort(compareRegistrations)) {
    const c = caseOf(reg.diarienummer);
    const group = groups.get(c.id);
    if (group) group.registrations.push(reg);
    else groups.set(c.id, { case: c, registrations: [reg] });
  }
  return [...groups.values()];
}

export type RegistrationSelection =
  /** Registered on this Swedish local date (YYYY-MM-DD). */
  | { kind: 'day'; date: string }
  /** Registered from one Swedish local date to another, both included. */
  | { kind: 'range'; from: string; to: string }
  /** Every document of the case a diarienummer belongs to ("KS 2026/123" or "KS 2026/123-4"). */
  | { kind: 'case'; diarienummer: string };

function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date;
}

function invalidDate(date: string): ErmsExportError {
  return new ErmsExportError(
    'erms_invalid_selection',
    `"${date}" är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.`,
    `"${date}" is not a date. Write it as YYYY-MM-DD, for example 2026-03-02.`,
  );
}

/**
 * The registrations a selection covers, in the export's order. Days are Swedish local dates of
 * registeredAt (the day of diarieföring); a registration without a valid registeredAt is in no day.
 */
export function selectRegistrations(regs: readonly Registration[], selection: RegistrationSelection): Registration[] {
  let keep: (reg: Registration) => boolean;
  if (selection.kind === 'case') {
    if (!selection.diarienummer.trim()) {
      throw new ErmsExportError('erms_invalid_selection', 'Ange ett diarienummer, till exempel KS 2026/123.', 'Give a diarienummer, for example KS 2026/123.');
    }
    // Registrars type "ks 2026/3" as often as "KS 2026/3": the series matches in any letter case.
    const id = caseOf(selection.diarienummer).id.toLowerCase();
    keep = (reg) => caseOf(reg.diarienummer).id.toLowerCase() === id;
  } else {
    const from = selection.kind === 'day' ? selection.date : selection.from;
    const to = selection.kind === 'day' ? selection.date : selection.to;
    if (!isCalendarDate(from)) throw invalidDate(from);
    if (!isCalendarDate(to)) throw invalidDate(to);
    if (from > to) {
      throw new ErmsExportError(
        'erms_invalid_selection',
        `Startdatumet ${from} ligger efter slutdatumet ${to}. Byt plats på dem.`,
        `The start date ${from} is after the end date ${to}. Swap them.`,
      );
    }
    keep = (reg) => {
      if (!isValidInstant(reg.registeredAt)) return false;
      const day = localDate(reg.registeredAt);
      return from <= day && day <= to;
    };
  }
  return regs.filter(keep).sort(compareRegistrations);
}
