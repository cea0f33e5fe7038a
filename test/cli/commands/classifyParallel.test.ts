// postvakt classify --jobs N: worker threads write the same bytes as one thread, and a failing worker says so with exit code 1.

import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { classifyCorpus, verdictLine } from '../../../src/cli/commands/classify';
import { parseCorpus } from '../../../src/domain/corpus';

const root = join(__dirname, '../../..');
const corpus = (name: string) => join(root, 'test/fixtures/corpus', name);
const bin = join(root, 'bin/postvakt.js');
const dir = mkdtempSync(join(tmpdir(), 'postvakt-jobs-'));

function classify(file: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'classify', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function capture(): CliIo & { stdout: () => string; stderr: string[] } {
  const out: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => out.push(t), err: (l) => stderr.push(l), flush: async () => undefined, stdout: () => out.join(''), stderr };
}

/** dev.json with bad messages in its second mailbox and a third mailbox of an unknown organisation. */
function corpusWithProblems(): string {
  const c = JSON.parse(readFileSync(corpus('dev.json'), 'utf8'));
  const second = c.mailboxes[1];
  const { subject: _s, ...noSubject } = second.messages[3];
  second.messages[3] = noSubject;
  second.messages[5] = { ...second.messages[5], isRead: 'yes' };
  second.messages.push(second.messages[0]);
  c.mailboxes.push({ ...second, organization: 'vaxjo' });
  const file = join(dir, 'problems.json');
  writeFileSync(file, JSON.stringify(c, null, 1));
  return file;
}

/**
 * dev.json with each mailbox's messages three times over (ids and subjects varied, so a mailbox's output
 * is more than one 64 KB piece), then the mailboxes and organisations of the tuning and fresh-2026-12b
 * corpora: 23 mailboxes of 8 to 282 messages.
 */
function manyMailboxes(): string {
  const c = JSON.parse(readFileSync(corpus('dev.json'), 'utf8'));
  for (const box of c.mailboxes) {
    box.messages = [0, 1, 2].flatMap((k) => box.messages.map((m: { id: string; subject: string }) => (k ? { ...m, id: `${m.id}-${k}`, subject: `${m.subject} (${k})` } : m)));
  }
  for (const name of ['tuning-2026-12.json', 'fresh-2026-12b.json']) {
    const other = JSON.parse(readFileSync(corpus(name), 'utf8'));
    c.organizations.push(...other.organizations);
    c.mailboxes.push(...other.mailboxes);
  }
  const file = join(dir, 'many.json');
  writeFileSync(file, JSON.stringify(c));
  return file;
}

/** What parseCorpus and classifyCorpus give for the whole text in this process: the reference the CLI must match byte for byte. */
function reference(file: string): string {
  const { corpus: parsed, errors } = parseCorpus(readFileSync(file, 'utf8'));
  expect(errors).toEqual([]);
  let out = '';
  classifyCorpus(parsed!, (item) => (out += verdictLine(item)));
  return out;
}

beforeAll(() => {
  // The workers run the compiled CLI (npm test builds it first).
  if (!existsSync(join(root, 'lib/src/cli/classifyWorker.js'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: root, stdio: 'ignore' });
  }
}, 180_000);

/**
 * classifyInParallel of the compiled CLI in this process, with no size threshold (the fixtures are far
 * below it): status null when it left the file to one thread, having written nothing.
 */
async function inThreads(file: string, jobs: number, workerFile?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { classifyInParallel } = require(join(root, 'lib/src/cli/classifyParallel.js')) as typeof import('../../../src/cli/classifyParallel');
  // This test is the compiled CLI's entry point here (main.ts's run() provides it in the CLI): the main thread's share reads HTML bodies.
  (require(join(root, 'lib/src/domain/text/installHtmlToText.js')) as typeof import('../../../src/domain/text/installHtmlToText')).installHtmlToText();
  const io = capture();
  const status = await classifyInParallel(file, io, { jobs, minBytes: 0, ...(workerFile ? { workerFile } : {}) });
  return { status, stdout: io.stdout(), stderr: io.stderr.map((line) => `${line}\n`).join('') };
}

describe('postvakt classify --jobs', () => {
  describe('when the corpus is valid', () => {
    it.each(['dev.json', 'tuning-2026-12.json'])('writes for %s the same bytes with 2 and 3 threads as with one', async (name) => {
      const one = classify(corpus(name), '--jobs', '1');
      expect(one.status).toBe(0);
      expect(one.stdout.split('\n').length).toBeGreaterThan(150);
      expect(await inThreads(corpus(name), 2)).toEqual(one);
      expect(await inThreads(corpus(name), 3)).toEqual(one);
    });
  });

  describe('when the corpus has many mailboxes, some with more than one piece of output', () => {
    it('writes with 1, 2 and 4 threads the bytes the whole-text parse and classification give', async () => {
      const file = manyMailboxes();
      const expected = reference(file);
      expect(expected.split('\n').length).toBe(897);
      expect(classify(file, '--jobs', '1')).toEqual({ status: 0, stdout: expected, stderr: '' });
      expect(await inThreads(file, 2)).toEqual({ status: 0, stdout: expected, stderr: '' });
      expect(await inThreads(file, 4)).toEqual({ status: 0, stdout: expected, stderr: '' });
    }, 60_000);
  });

  describe('when mailboxes hold bad messages, a duplicate id or an unknown organisation', () => {
    it('reports the same lines in the same order, classifies the same messages and exits 2', async () => {
      const file = corpusWithProblems();
      const one = classify(file, '--jobs', '1');
      expect(one.status).toBe(2);
      expect(one.stderr).toMatch(/subject is missing/);
      expect(one.stderr).toMatch(/appears twice/);
      expect(one.stderr).toMatch(/unknown organisation 'vaxjo'/);
      expect(await inThreads(file, 2)).toEqual(one);
    });
  });

  describe('when a mailbox is not JSON', () => {
    it('leaves the file to one thread, which reports the parse error of the whole file with its line and column', async () => {
      const text = readFileSync(corpus('dev.json'), 'utf8');
      const cut = text.lastIndexOf('"subject"');
      const file = join(dir, 'broken.json');
      writeFileSync(file, `${text.slice(0, cut)}"subject" "no colon", ${text.slice(cut)}`);
      expect(await inThreads(file, 2)).toEqual({ status: null, stdout: '', stderr: '' });
      const one = classify(file, '--jobs', '1');
      expect(one.status).toBe(2);
      expect(one.stderr).toMatch(/not JSON: .* at position \d+ \(line \d+, column \d+\)\n$/);
      expect(classify(file, '--jobs', '2')).toEqual(one);
    });
  });

  describe('when the file is small', () => {
    it('leaves it to one thread whatever --jobs says, and the output is the same', async () => {
      const { classifyInParallel, MIN_PARALLEL_BYTES } = require(join(root, 'lib/src/cli/classifyParallel.js')) as typeof import('../../../src/cli/classifyParallel');
      expect(statSync(corpus('dev.json')).size).toBeLessThan(MIN_PARALLEL_BYTES);
      const io = capture();
      expect(await classifyInParallel(corpus('dev.json'), io, { jobs: 2 })).toBeNull();
      expect([io.stdout(), io.stderr]).toEqual(['', []]);
      expect(classify(corpus('dev.json'), '--jobs', '2')).toEqual(classify(corpus('dev.json'), '--jobs', '1'));
    });
  });

  describe('when a worker thread fails', () => {
    it.each([
      ['throws while starting', "throw new Error('worker broke');", /a worker thread failed \(worker broke\); the output is incomplete\. Run with --jobs 1/],
      ['exits', 'process.exit(3);', /a worker thread failed \(it stopped with exit code 3\)/],
    ])('%s: says so in one line, names --jobs 1 and exits 1', async (_, script, message) => {
      const workerFile = join(dir, `worker-${script.length}.js`);
      writeFileSync(workerFile, script);
      const r = await inThreads(corpus('dev.json'), 2, workerFile);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n')).toHaveLength(2);
    });
  });

  describe('when --jobs is not a whole number from 1', () => {
    it.each(['0', 'two', '-1'])('--jobs %s exits 2 naming the option', async (value) => {
      const io = capture();
      expect(await run(['classify', corpus('dev.json'), '--jobs', value], io)).toBe(2);
      expect(io.stderr).toEqual([expect.stringMatching(/--jobs wants a whole number of threads from 1, got '.*'\. Usage: postvakt classify/)]);
      expect(io.stdout()).toBe('');
    });
  });
});
