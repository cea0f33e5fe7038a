// postvakt classify on NDJSON: the same lines as the JSON corpus, and a bad line named by its number while the rest is classified (exit 2).

import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../../src/cli/main';
import { forEachLine, toCorpusLines } from '../../../src/cli/classifyLines';
import type { CliIo } from '../../../src/cli/io';

const root = join(__dirname, '../../..');
const corpus = (name: string) => join(root, 'test/fixtures/corpus', name);
const dir = mkdtempSync(join(tmpdir(), 'postvakt-ndjson-'));

function capture(): CliIo & { stdout: () => string; stderr: string[] } {
  const out: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => out.push(t), err: (l) => stderr.push(l), flush: async () => undefined, stdout: () => out.join(''), stderr };
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const devLines = () => toCorpusLines(JSON.parse(readFileSync(corpus('dev.json'), 'utf8'))).split('\n');

async function classify(...args: string[]) {
  const io = capture();
  const code = await run(['classify', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr };
}

describe('postvakt classify on NDJSON', () => {
  describe('when the file ends in .ndjson or --ndjson is given', () => {
    it.each(['dev.json', 'tuning-2026-12.json'])('writes for %s the same bytes as the JSON corpus', async (name) => {
      const json = await classify(corpus(name));
      const lines = write(`${name}.ndjson`, toCorpusLines(JSON.parse(readFileSync(corpus(name), 'utf8'))));
      expect(json.code).toBe(0);
      expect(await classify(lines)).toEqual(json);
      const other = write(`${name}.txt`, readFileSync(lines, 'utf8').replace(/\n/g, '\r\n'));
      expect(await classify(other, '--ndjson')).toEqual(json);
    });
  });

  describe('when lines are bad', () => {
    it('names each bad line by number, classifies every other message and exits 2', async () => {
      const lines = devLines();
      const bad = JSON.parse(lines[4]);
      delete bad.subject;
      lines[4] = JSON.stringify(bad); // line 5
      lines[9] = '{"mailbox": 0, "id": "cut'; // line 10
      lines[11] = JSON.stringify({ ...JSON.parse(lines[11]), mailbox: 7 }); // line 12
      lines.splice(150, 0, lines[2]); // line 151: a mailbox-0 message after mailbox 1 began
      const file = write('bad.ndjson', lines.join('\n'));
      const { code, stdout, stderr } = await classify(file);
      expect(code).toBe(2);
      expect(stderr).toEqual([
        expect.stringMatching(/bad\.ndjson: line 5: message kr-004: subject is missing$/),
        expect.stringMatching(/line 10: not JSON: /),
        expect.stringMatching(/line 12: message kr-011: mailbox must be the index of a mailbox in line 1 \(0 to 1\)$/),
        expect.stringMatching(/line 151: message kr-002: mailbox is 0, a mailbox already classified: a mailbox's messages must be on consecutive lines$/),
      ]);
      const ids = stdout.trim().split('\n').map((l) => JSON.parse(l).id);
      expect(ids).toHaveLength(169 - 3);
      expect(ids).not.toContain('kr-004');
    });

    it('stops at a header that is not a corpus, naming line 1', async () => {
      const lines = devLines();
      lines[0] = '{"schema": "postvakt-corpus/9", "mailboxes": []}';
      const { code, stdout, stderr } = await classify(write('header.ndjson', lines.join('\n')));
      expect(code).toBe(2);
      expect(stderr[0]).toMatch(/line 1: schema /);
      expect(stdout).toBe('');
    });

    it.each([
      ['an empty file', '', /line 1: is empty: line 1 must hold the corpus header/],
      ['a missing file', null, /cannot read .* \(ENOENT\)/],
    ])('%s exits 2 with one line', async (_, text, pattern) => {
      const file = text === null ? join(dir, 'none.ndjson') : write('empty.ndjson', text);
      const { code, stderr } = await classify(file);
      expect(code).toBe(2);
      expect(stderr).toEqual([expect.stringMatching(pattern)]);
    });
  });
});

describe('forEachLine', () => {
  it('joins lines split anywhere across chunks, multi-byte letters and \\r\\n included', async () => {
    const text = 'första rad\r\nandra: åäö €\n\ntredje utan slut';
    const bytes = Buffer.from(text);
    for (let size = 1; size <= 4; size++) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
      const lines: string[] = [];
      await forEachLine(
        (async function* () {
          yield* chunks;
        })(),
        (line) => lines.push(line) > 0,
      );
      expect(lines).toEqual(['första rad', 'andra: åäö €', '', 'tredje utan slut']);
    }
  });
});
