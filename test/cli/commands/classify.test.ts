// CLI classify and evaluate: JSON lines, the evaluation report, and one-line errors naming message id and field (exit 2).

import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { withLineAndColumn } from '../../../src/cli/commands/classify';

const root = join(__dirname, '../../..');
const dev = join(root, 'test/fixtures/corpus/dev.json');
const invalid = (name: string) => join(root, 'test/fixtures/corpus/invalid', name);

function capture(): CliIo & { stdout: () => string; stderr: string[] } {
  const out: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => out.push(t), err: (l) => stderr.push(l), flush: async () => undefined, stdout: () => out.join(''), stderr };
}

describe('postvakt classify', () => {
  describe('when given the dev corpus', () => {
    it('prints one JSON line per message with id, category, subtype, confidence, flags and reasons', async () => {
      const io = capture();
      expect(await run(['classify', dev], io)).toBe(0);
      const lines = io.stdout().trim().split('\n');
      expect(lines).toHaveLength(169);
      const first = JSON.parse(lines[0]);
      expect(Object.keys(first)).toEqual(['id', 'category', 'subtype', 'confidence', 'flags', 'reasons']);
      expect(first.id).toBe('kr-001');
      expect(io.stderr).toEqual([]);
    });
  });

  describe('when a message lacks a field or has the wrong type', () => {
    it('writes one line per problem naming id and field, exits 2 and still classifies the rest', async () => {
      const io = capture();
      expect(await run(['classify', invalid('missing-and-wrong-fields.json')], io)).toBe(2);
      expect(io.stderr).toHaveLength(2);
      expect(io.stderr[0]).toMatch(/message kb-bad-1: subject is missing/);
      expect(io.stderr[1]).toMatch(/message kb-bad-2: isRead/);
      const lines = io.stdout().trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(['kb-ok-1']);
    });
  });

  describe('when the organisation is unknown, the file is not JSON or missing', () => {
    it.each([
      ['unknown-organization.json', /mailboxes\[0\]\.organization unknown organisation 'vaxjo'/],
      ['not-json.json', /not JSON: Unexpected end of JSON input \(the file ends at line 1, column 47\)$/],
      ['wrong-schema.json', /schema/],
      ['no-such-file.json', /cannot read .* \(ENOENT\)/],
    ])('%s: exits 2 with a one-line error', async (file, pattern) => {
      const io = capture();
      expect(await run(['classify', invalid(file)], io)).toBe(2);
      expect(io.stderr.join('\n')).toMatch(pattern);
      expect(io.stderr.every((l) => !l.includes('\n') && !/\bat .*\.js:\d+/.test(l))).toBe(true);
    });
  });
});

describe('withLineAndColumn', () => {
  const text = '{"a": 1,\n  "b": [1,\n  }';
  it.each([
    ['a position', 'Unexpected token } in JSON at position 22', 'Unexpected token } in JSON at position 22 (line 3, column 3)'],
    ['the first character', 'Unexpected token at position 0', 'Unexpected token at position 0 (line 1, column 1)'],
    ['the end of the input', 'Unexpected end of JSON input', 'Unexpected end of JSON input (the file ends at line 3, column 4)'],
    ['no position', 'Bad control character', 'Bad control character'],
    ['a position past the text', 'Unexpected token at position 99', 'Unexpected token at position 99'],
  ])('adds line and column to a message with %s', (_, message, expected) => {
    expect(withLineAndColumn(message, text)).toBe(expected);
  });
});

describe('postvakt evaluate', () => {
  it('prints the confusion matrix, safety counts, rates and flag statistics', async () => {
    const io = capture();
    expect(await run(['evaluate', dev], io)).toBe(0);
    const text = io.stdout();
    expect(text).toMatch(/Confusion matrix/);
    expect(text).toMatch(/Public records proposed for purge \(expected registrera, predicted gallra_\*\): 0/);
    expect(text).toMatch(/Party\/private mail proposed for registration .*: 0/);
    expect(text).toMatch(/^clear\s+143 messages/m);
    expect(text).toMatch(/^personnummer\s+9\s+0\s+0$/m);
  });

  it('answers JSON with --json', async () => {
    const io = capture();
    expect(await run(['evaluate', dev, '--json'], io)).toBe(0);
    const ev = JSON.parse(io.stdout());
    expect(ev.total).toBe(169);
    expect(ev.publicRecordsPurged).toEqual([]);
  });
});

describe('bin/postvakt.js end to end', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'lib/src/cli/commands/classify.js'))) {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: root, stdio: 'ignore' });
    }
  }, 180_000);

  it('classifies a body over 25 MB as an error for that message only, with no stack trace', () => {
    const base = JSON.parse(readFileSync(invalid('missing-and-wrong-fields.json'), 'utf8'));
    const ok = base.mailboxes[0].messages[2];
    base.mailboxes[0].messages = [{ ...ok, id: 'kb-huge', body: { contentType: 'text', content: 'x'.repeat(25 * 1024 * 1024 + 1) } }, ok];
    const file = join(mkdtempSync(join(tmpdir(), 'postvakt-')), 'huge.json');
    writeFileSync(file, JSON.stringify(base));
    const r = spawnSync(process.execPath, [join(root, 'bin/postvakt.js'), 'classify', file], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/message kb-huge: body\.content is larger than 25 MB/)]);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['kb-ok-1']);
  });
});
