// The archive delivery as one zip: the ERMS XML, the register as CSV, and each original as .eml.
// Pure and reproducible: fixed timestamps, names made safe (no paths, no "..", no reserved names) and unique.

import { strToU8, zipSync, type Zippable } from 'fflate';

export const ARCHIVE_XML_NAME = 'erms.xml';
export const ARCHIVE_CSV_NAME = 'register.csv';
const EML_FOLDER = 'eml';

// A zip stores DOS local time; a string without a zone parses as local time, so every machine writes the same bytes.
const FIXED_MTIME = '1980-01-01T00:00:00';
const MAX_NAME = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** A file name safe on every unzip: no separators or control characters, no leading dot, no "..". */
export function safeArchiveName(name: string): string {
  let s = name
    .replace(/[\u0000-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '_')
    .replace(/\.{2,}/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/^[.\s_]+|[.\s]+$/g, '');
  if (!s) s = 'handling';
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  if (s.length > MAX_NAME) {
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(s)?.[0] ?? '';
    s = `${s.slice(0, MAX_NAME - ext.length).replace(/[\uD800-\uDBFF]$/, '')}${ext}`;
  }
  return s;
}

/** Where an original lies in the package; the ERMS appendix path points here. */
export function archiveEmlPath(emlName: string): string {
  return `${EML_FOLDER}/${safeArchiveName(emlName)}`;
}

/** "name.eml" → "name (2).eml", … until no name taken so far (compared case-insensitively, as Windows does) matches. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export interface ArchivePackageInput {
  xml: string;
  csv: string;
  /** The originals; names are made safe and unique (the first of two equal names keeps it). */
  emls: readonly { name: string; bytes: Uint8Array }[];
}

/** The zip's bytes: erms.xml, register.csv, then eml/<name> for each original, in the order given. */
export function buildArchivePackage(input: ArchivePackageInput): Uint8Array {
  const opts = { mtime: FIXED_MTIME };
  const emlFiles: Zippable = {};
  const taken = new Set<string>();
  for (const eml of input.emls) {
    // Stored, not deflated: mail is mostly base64 already, and an archive reads stored files most easily.
    emlFiles[uniqueName(safeArchiveName(eml.name), taken)] = [eml.bytes, { ...opts, level: 0 }];
  }
  const files: Zippable = {
    [ARCHIVE_XML_NAME]: [strToU8(input.xml), { ...opts, level: 6 }],
    [ARCHIVE_CSV_NAME]: [strToU8(input.csv), { ...opts, level: 6 }],
  };
  if (input.emls.length > 0) files[EML_FOLDER] = emlFiles;
  return zipSync(files, opts);
}
