// `postvakt classify --jobs N`: mailboxes parsed, checked and classified in worker threads; output and errors as the one-thread run gives them.

import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { formatCorpusError, parseCorpus, type CorpusError } from '../domain/corpus';
import { scanCorpusLayout, type MailboxLayout } from './corpusLayout';
import { shardHandler, type ShardReply, type ShardRequest } from './classifyShard';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, type CliIo } from './io';

export interface ParallelOptions {
  /** Threads to use (≥ 2). */
  jobs: number;
  /** The compiled worker script; tests give a failing one. */
  workerFile?: string;
  /** Files smaller than this many bytes use one thread (default MIN_PARALLEL_BYTES; tests give 0). */
  minBytes?: number;
}

/**
 * Below this size a file is classified in one thread whatever --jobs says: a worker's start, module
 * load and JIT warm-up cost ≈0.3 s of CPU (measured: 0.2 s to start and load the modules alone),
 * more than a second thread can win on a file of a few thousand messages.
 */
export const MIN_PARALLEL_BYTES = 8 * 1024 * 1024;

/** The worker script next to this module once compiled (lib/src/cli); absent when run from TypeScript sources. */
export function defaultWorkerFile(): string | null {
  const file = join(__dirname, 'classifyWorker.js');
  return existsSync(file) ? file : null;
}

/** Reads a whole file into shared memory, so every worker sees it without a copy. */
function readShared(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** Splits mailboxes over `jobs` groups by size, largest first to the lightest group (order is restored on output), lightest group first. */
function assign(mailboxes: readonly MailboxLayout[], jobs: number): { index: number; layout: MailboxLayout }[][] {
  const groups = Array.from({ length: jobs }, () => ({ bytes: 0, items: [] as { index: number; layout: MailboxLayout }[] }));
  const size = (m: MailboxLayout) => m.end - m.start;
  const bySize = mailboxes.map((layout, index) => ({ index, layout })).sort((a, b) => size(b.layout) - size(a.layout));
  for (const m of bySize) {
    const lightest = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.items.push(m);
    lightest.bytes += size(m.layout);
  }
  // Lightest first: the first group is the main thread's, which also scans the file and writes the output.
  return groups
    .filter((g) => g.items.length > 0)
    .sort((a, b) => a.bytes - b.bytes)
    .map((g) => g.items.sort((a, b) => a.index - b.index));
}

/** Writes the mailboxes' output in file order: a piece as soon as every mailbox before its own is written, the rest kept until then. */
class OrderedOutput {
  private next = 0;
  private readonly waiting = new Map<number, { pieces: string[]; complete: boolean }>();

  /** `skipped`: mailboxes that give no output (bad head or organisation). */
  constructor(
    private readonly io: CliIo,
    private readonly count: number,
    private readonly skipped: ReadonlySet<number>,
  ) {
    this.advance();
  }

  add(index: number, text: string, last: boolean): void {
    if (index === this.next) {
      if (text) this.io.out(text);
      if (last) {
        this.next++;
        this.advance();
      }
      return;
    }
    const entry = this.waiting.get(index) ?? { pieces: [], complete: false };
    if (text) entry.pieces.push(text);
    entry.complete = last;
    this.waiting.set(index, entry);
  }

  /** Writes what waits for the mailboxes now due, skipping those without output. */
  private advance(): void {
    while (this.next < this.count) {
      if (this.skipped.has(this.next)) {
        this.next++;
        continue;
      }
      const entry = this.waiting.get(this.next);
      if (!entry) return;
      for (const piece of entry.pieces) this.io.out(piece);
      entry.pieces = [];
      if (!entry.complete) return;
      this.waiting.delete(this.next);
      this.next++;
    }
  }
}

class WorkerFailure extends Error {}

/** Where a share runs: a worker thread, or the main thread itself (one thread fewer to start and warm up). */
interface ShardHandle {
  send(request: ShardRequest): void;
  next(): Promise<ShardReply>;
  stop(): Promise<void>;
}

/** The main thread's own share: requests run at once when sent; output goes straight to the writer, other replies wait in a queue. */
class LocalShard implements ShardHandle {
  private readonly replies: ShardReply[] = [];
  private readonly handle = shardHandler((reply) => (reply.type === 'output' && this.output ? this.output(reply) : this.replies.push(reply)));
  output: ((reply: Extract<ShardReply, { type: 'output' }>) => void) | null = null;

  send(request: ShardRequest): void {
    this.handle(request);
  }

  next(): Promise<ShardReply> {
    const reply = this.replies.shift();
    return reply ? Promise.resolve(reply) : Promise.reject(new Error('the main thread\'s share answered nothing'));
  }

  async stop(): Promise<void> {}
}

/** One worker thread with a promise per expected reply; a crash or early exit rejects whatever is awaited. */
class WorkerShard implements ShardHandle {
  private readonly worker: Worker;
  private readonly queue: ShardReply[] = [];
  private waiting: { resolve: (r: ShardReply) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('message', (reply: ShardReply) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w.resolve(reply);
      } else this.queue.push(reply);
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      this.waiting?.reject(this.failure);
      this.waiting = null;
    };
    // A worker's error may come from another realm (not instanceof Error here), so read its message.
    this.worker.on('error', (e: unknown) => fail(new WorkerFailure(typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e))));
    this.worker.on('exit', (code) => fail(new WorkerFailure(`it stopped with exit code ${code}`)));
  }

  send(request: ShardRequest): void {
    this.worker.postMessage(request);
  }

  next(): Promise<ShardReply> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/**
 * Classifies a corpus file in worker threads: the main thread finds each mailbox's bytes
 * (scanCorpusLayout) and parses only the organisations; each worker parses and checks its mailboxes,
 * the main thread prints their errors in file order and sends the rosters (rosterOf needs every
 * mailbox's owner), then each worker classifies and the output is written in file order: the same
 * bytes on stdout and stderr as one thread. Answers null when the file is better left to one thread
 * (smaller than `minBytes`, not laid out as a corpus, not JSON, fewer than two mailboxes): the caller
 * then classifies it in one thread, which reports any problem exactly as always.
 */
export async function classifyInParallel(file: string, io: CliIo, options: ParallelOptions): Promise<number | null> {
  const workerFile = options.workerFile ?? defaultWorkerFile();
  if (!workerFile) return null;
  try {
    if (statSync(file).size < (options.minBytes ?? MIN_PARALLEL_BYTES)) return null;
  } catch {
    return null; // the one-thread path reports it
  }
  // Threads start (≈0.1 s each) while this one reads and scans the file, as many as there are CPUs at
  // first (more once the mailboxes are counted, if --jobs asks for more); the first share runs here.
  const started = Array.from({ length: Math.min(options.jobs, availableParallelism()) - 1 }, () => new WorkerShard(workerFile));
  const local = new LocalShard();
  try {
    return await run(file, io, options.jobs, workerFile, started, local);
  } catch (e) {
    if (!(e instanceof WorkerFailure)) throw e;
    io.err(`postvakt classify: a worker thread failed (${e.message}); the output is incomplete. Run with --jobs 1 to classify in one thread.`);
    return EXIT_FAILURE;
  } finally {
    await Promise.all(started.map((w) => w.stop()));
  }
}

async function run(file: string, io: CliIo, jobs: number, workerFile: string, started: WorkerShard[], local: LocalShard): Promise<number | null> {
  let bytes: Uint8Array;
  try {
    bytes = readShared(file);
  } catch {
    return null; // the one-thread path reports it
  }
  const layout = scanCorpusLayout(bytes);
  if (!layout || layout.mailboxes.length < 2) return null;
  const { corpus, errors: headErrors } = parseCorpus(layout.skeleton);
  if (!corpus) return null;

  const groups = assign(layout.mailboxes, Math.min(jobs, layout.mailboxes.length));
  while (started.length < groups.length - 1) started.push(new WorkerShard(workerFile));
  const workers: ShardHandle[] = [local, ...started.slice(0, groups.length - 1)];
  const sendAll = (request: (w: number) => ShardRequest) => {
    for (let w = workers.length - 1; w >= 0; w--) workers[w].send(request(w));
  };
  sendAll((w) => ({ type: 'parse', bytes: bytes.buffer as SharedArrayBuffer, organizations: corpus.organizations, mailboxes: groups[w] }));
  const parsed = await Promise.all(workers.map((w) => w.next()));
  if (parsed.some((p) => p.type !== 'parsed')) return null;
  const byIndex = parsed.flatMap((p) => (p.type === 'parsed' ? p.mailboxes : [])).sort((a, b) => a.index - b.index);
  const errors: CorpusError[] = [...headErrors, ...byIndex.flatMap((m) => m.errors)];
  for (const error of errors) io.err(`postvakt classify: ${file}: ${formatCorpusError(error)}`);

  const rosters = new Map<string, string[]>();
  for (const { head } of byIndex) {
    if (!head) continue;
    const roster = rosters.get(head.organization) ?? [];
    roster.push(head.address.trim().toLowerCase());
    rosters.set(head.organization, roster);
  }
  const entries = [...rosters];
  // Each mailbox's lines are written as soon as every mailbox before it is written.
  const output = new OrderedOutput(io, layout.mailboxes.length, new Set(byIndex.filter((m) => !m.head).map((m) => m.index)));
  local.output = (reply) => output.add(reply.index, reply.text, reply.last);
  sendAll(() => ({ type: 'classify', rosters: entries }));
  await Promise.all(
    workers.map(async (w) => {
      for (;;) {
        const reply = await w.next();
        if (reply.type === 'done') return;
        if (reply.type === 'output') output.add(reply.index, reply.text, reply.last);
      }
    }),
  );
  return errors.length ? EXIT_BAD_INPUT : EXIT_OK;
}
