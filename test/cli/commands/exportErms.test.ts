// postvakt export-erms: the archive delivery from a registrations file, and clear refusals of bad input.

import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { run } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { registration, schemaErrors } from '../../domain/registrar/ermsSupport';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (line) => void (err += `${line}\n`),
    flush: async () => undefined,
    stdout: () => out,
    stderr: () => err,
  };
}

describe('postvakt export-erms', () => {
  let dir: string;
  const emlText = 'From: anna@example.se\r\nSubject: Bygglov\r\n\r\nHej';
  const sha = createHash('sha256').update(emlText).digest('hex');
  const regs = [
    registration({ diarienummer: 'KS 2026/1', registeredAt: '2026-03-02T09:00:00Z', emlSha256: sha }),
    registration({ diarienummer: 'KS 2026/2', registeredAt: '2026-03-05T09:00:00Z', emlSha256: sha }),
  ];
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'postvakt-erms-'));
    file = join(dir, 'registrations.json');
    writeFileSync(file, JSON.stringify({ registrations: regs }));
    for (const r of regs) writeFileSync(join(dir, r.emlName), emlText);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints valid ERMS XML for one day when no --out is given', async () => {
    const io = capture();
    expect(await run(['export-erms', file, '--org', 'Kramfors kommun', '--day', '2026-03-05', '--created-at', '2026-03-10T09:00:00Z'], io)).toBe(0);
    expect(io.stdout()).toContain('<objectId>KS 2026/2</objectId>');
    expect(io.stdout()).not.toContain('KS 2026/1<');
    expect(await schemaErrors(io.stdout())).toEqual([]);
  });

  it('writes the XML, the CSV and the zip with the originals to --out, and refuses to overwrite them without --force', async () => {
    const out = join(dir, 'out');
    const args = ['export-erms', file, '--org', 'Kramfors kommun', '--eml-dir', dir, '--out', out];
    const io = capture();
    expect(await run(args, io)).toBe(0);
    expect(io.stdout()).toContain('Exported 2 registrations in 2 cases (2 originals)');
    const zip = unzipSync(readFileSync(join(out, 'arkivleverans.zip')));
    expect(Object.keys(zip).sort()).toEqual(['eml/', ...regs.map((r) => `eml/${r.emlName}`), 'erms.xml', 'register.csv'].sort());
    expect(readFileSync(join(out, 'register.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);

    const again = capture();
    expect(await run(args, again)).toBe(2);
    expect(again.stderr()).toContain('--force');
    expect(await run([...args, '--force'], capture())).toBe(0);
  });

  it('writes nothing when an original is missing or differs from its SHA-256', async () => {
    writeFileSync(join(dir, regs[1].emlName), 'changed');
    rmSync(join(dir, regs[0].emlName));
    const out = join(dir, 'out');
    const io = capture();
    expect(await run(['export-erms', file, '--org', 'K', '--eml-dir', dir, '--out', out], io)).toBe(2);
    expect(io.stderr()).toContain(`reference ${regs[0].reference}: no ${regs[0].emlName}`);
    expect(io.stderr()).toContain(`reference ${regs[1].reference}: ${regs[1].emlName} does not match its SHA-256`);
    expect(existsSync(join(out, 'erms.xml'))).toBe(false);
  });

  it('refuses a file with a bad registration, naming its position and field and not its subject', async () => {
    writeFileSync(file, JSON.stringify([regs[0], { ...regs[1], direction: 'sideways', arende: 'Hemligt' }]));
    const io = capture();
    expect(await run(['export-erms', file, '--org', 'K'], io)).toBe(2);
    expect(io.stderr()).toContain('registration 2: direction');
    expect(io.stderr()).not.toContain('Hemligt');
    expect(io.stdout()).toBe('');
  });

  it.each([
    [['export-erms'], 'Give the registrations file'],
    [['export-erms', 'x.json'], '--org'],
    [['export-erms', 'x.json', '--org', 'K', '--day', '2026-03-01', '--case', 'KS 2026/1'], 'Choose one of'],
    [['export-erms', 'x.json', '--org', 'K', '--from', '2026-03-01'], '--from and --to go together'],
    [['export-erms', 'x.json', '--org', 'K', '--bogus'], 'Unknown option --bogus'],
    [['export-erms', 'missing.json', '--org', 'K'], 'cannot read missing.json'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const io = capture();
    expect(await run(args, io)).toBe(2);
    expect(io.stderr()).toContain(message);
  });

  it('exits 2 when the selection is empty or malformed', async () => {
    const empty = capture();
    expect(await run(['export-erms', file, '--org', 'K', '--day', '2027-01-01'], empty)).toBe(2);
    expect(empty.stderr()).toContain('no registrations to export');
    const bad = capture();
    expect(await run(['export-erms', file, '--org', 'K', '--day', '1 mars'], bad)).toBe(2);
    expect(bad.stderr()).toContain('is not a date');
  });

  it('exits 2 for a file that is not JSON or not a list', async () => {
    writeFileSync(file, '{"registrations": 5}');
    const io = capture();
    expect(await run(['export-erms', file, '--org', 'K'], io)).toBe(2);
    expect(io.stderr()).toContain('expected a list of registrations');
    writeFileSync(file, 'not json');
    const io2 = capture();
    expect(await run(['export-erms', file, '--org', 'K'], io2)).toBe(2);
    expect(io2.stderr()).toContain('not JSON');
  });
});
