// `postvakt export-erms <registrations.json> --org NAME [...]`: the registrar's archive delivery
// (CITS ERMS v3 XML, register CSV, zip with the originals) for a day, a range or a case.

import { createHash } from 'crypto';
import { existsSync } from 'fs';
import { mkdir, readFile, writeFile } from 'fs/promises';
import { basename, join } from 'path';
import { ARCHIVE_CSV_NAME, ARCHIVE_XML_NAME, buildArchivePackage } from '../../domain/registrar/archivePackage';
import { buildErmsXml } from '../../domain/registrar/erms';
import { groupByCase, selectRegistrations, type RegistrationSelection } from '../../domain/registrar/ermsCase';
import { ErmsExportError } from '../../domain/registrar/ermsExportError';
import { parseRegistrations } from '../../domain/registrar/ermsInput';
import type { Registration } from '../../domain/registrar/registration.types';
import { registrationsToCsv } from '../../domain/registrar/registerCsv';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, type CliIo, type CommandSpec } from '../io';

const USAGE =
  'postvakt export-erms <registrations.json> --org NAME [--org-id ID] [--day DATE | --from DATE --to DATE | --case DNR] [--eml-dir DIR] [--out DIR] [--created-at ISO] [--force]';
export const PACKAGE_NAME = 'arkivleverans.zip';

interface Options {
  file: string;
  org: string;
  orgId?: string;
  selection?: RegistrationSelection;
  emlDir?: string;
  out?: string;
  createdAt?: string;
  force: boolean;
}

const VALUED = ['--org', '--org-id', '--day', '--from', '--to', '--case', '--eml-dir', '--out', '--created-at'] as const;

function parseArgs(args: string[]): Options | string {
  const positional: string[] = [];
  const v: Partial<Record<(typeof VALUED)[number], string>> = {};
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--force') force = true;
    else if ((VALUED as readonly string[]).includes(a)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${a} needs a value.`;
      v[a as (typeof VALUED)[number]] = value;
    } else if (a.startsWith('--')) return `Unknown option ${a}.`;
    else positional.push(a);
  }
  const [file, ...rest] = positional;
  if (!file) return 'Give the registrations file.';
  if (rest.length) return `Unexpected argument ${rest[0]}.`;
  if (!v['--org']?.trim()) return "Give the organisation's name with --org.";
  const chosen = [v['--day'] && 'day', (v['--from'] || v['--to']) && 'range', v['--case'] && 'case'].filter(Boolean);
  if (chosen.length > 1) return 'Choose one of --day, --from/--to and --case.';
  let selection: RegistrationSelection | undefined;
  if (v['--day']) selection = { kind: 'day', date: v['--day'] };
  else if (v['--case']) selection = { kind: 'case', diarienummer: v['--case'] };
  else if (v['--from'] || v['--to']) {
    if (!v['--from'] || !v['--to']) return '--from and --to go together.';
    selection = { kind: 'range', from: v['--from'], to: v['--to'] };
  }
  return { file, org: v['--org'], orgId: v['--org-id'], selection, emlDir: v['--eml-dir'], out: v['--out'], createdAt: v['--created-at'], force };
}

/** The originals by emlName from a folder; the name's last part only, so no path in the data reaches outside it. */
async function readEmls(dir: string, regs: Registration[]): Promise<{ emls: { name: string; bytes: Uint8Array }[]; problems: string[] }> {
  const emls: { name: string; bytes: Uint8Array }[] = [];
  const problems: string[] = [];
  for (const reg of regs) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, basename(reg.emlName)));
    } catch {
      problems.push(`reference ${reg.reference}: no ${basename(reg.emlName)} in ${dir}`);
      continue;
    }
    if (reg.emlSha256 && createHash('sha256').update(bytes).digest('hex') !== reg.emlSha256.toLowerCase()) {
      problems.push(`reference ${reg.reference}: ${basename(reg.emlName)} does not match its SHA-256 in the registration`);
      continue;
    }
    emls.push({ name: reg.emlName, bytes });
  }
  return { emls, problems };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string, code = EXIT_BAD_INPUT): number => {
    io.err(`postvakt export-erms: ${message}`);
    return code;
  };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}\nUsage: ${USAGE}`);
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch {
    return fail(`cannot read ${parsed.file}.`);
  }
  const { registrations, errors } = parseRegistrations(text);
  if (errors.length) {
    // An archive delivery that silently left a registration out would lose it: refuse the whole file.
    io.err(`postvakt export-erms: ${parsed.file} has ${errors.length} problems; nothing was exported:`);
    for (const e of errors.slice(0, 20)) io.err(`  ${e.index === undefined ? '' : `registration ${e.index + 1}: `}${e.field}: ${e.message}`);
    return EXIT_BAD_INPUT;
  }
  const createdAt = parsed.createdAt ?? new Date().toISOString();
  let selected: Registration[];
  let xml: string;
  try {
    selected = parsed.selection ? selectRegistrations(registrations, parsed.selection) : registrations;
    xml = buildErmsXml({ organisation: { name: parsed.org, id: parsed.orgId }, createdAt, registrations: selected });
  } catch (e) {
    if (e instanceof ErmsExportError) return fail(e.messageEn);
    throw e;
  }
  if (!parsed.out) {
    io.out(xml);
    return EXIT_OK;
  }
  const targets = [ARCHIVE_XML_NAME, ARCHIVE_CSV_NAME, PACKAGE_NAME].map((name) => join(parsed.out!, name));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length && !parsed.force) return fail(`${existing.join(', ')} already exists; nothing was written. Add --force to replace.`);
  let emls: { name: string; bytes: Uint8Array }[] = [];
  if (parsed.emlDir) {
    const read = await readEmls(parsed.emlDir, selected);
    if (read.problems.length) {
      io.err(`postvakt export-erms: ${read.problems.length} originals are missing or changed; nothing was written:`);
      for (const p of read.problems.slice(0, 20)) io.err(`  ${p}`);
      return EXIT_BAD_INPUT;
    }
    emls = read.emls;
  } else {
    io.err('postvakt export-erms: no --eml-dir, so the package holds no originals (.eml).');
  }
  const csv = registrationsToCsv(selected);
  try {
    await mkdir(parsed.out, { recursive: true });
    await writeFile(targets[0], xml);
    await writeFile(targets[1], csv);
    await writeFile(targets[2], buildArchivePackage({ xml, csv, emls }));
  } catch (e) {
    return fail(`cannot write to ${parsed.out}: ${(e as Error).message}`, EXIT_FAILURE);
  }
  io.out(`Exported ${selected.length} registrations in ${groupByCase(selected).length} cases (${emls.length} originals) to ${parsed.out}: ${ARCHIVE_XML_NAME}, ${ARCHIVE_CSV_NAME}, ${PACKAGE_NAME}\n`);
  return EXIT_OK;
}

export function exportErmsCommand(): CommandSpec {
  return { summary: 'Archive delivery: ERMS XML, register CSV and zip of the originals', usage: USAGE, run };
}
