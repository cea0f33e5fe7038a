// `postvakt classify <corpus.json>`: one JSON line per message with category, subtype, confidence, flags and reasons.

import { formatCorpusError, parseCorpus, type Corpus, type CorpusError, type CorpusMailbox, type CorpusMessage, type CorpusOrganization } from '../../domain/corpus';
import { buildClassifyContext, classify, type WeightDeltas } from '../../domain/classify';
import { profileForOrganization, rosterOf } from '../../domain/policy';
import type { Verdict } from '../../domain/types';
import type { CorpusLayout } from '../corpusLayout';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type CommandSpec } from '../io';
import { parseCorpusBytes } from '../parseMailbox';
import { readCorpusFile } from '../readCorpusFile';

export interface ClassifiedMessage {
  message: CorpusMessage;
  verdict: Verdict;
}

/**
 * Classifies one mailbox under its organisation's profile, in file order; `roster` is the owners'
 * addresses of the organisation's mailboxes (rosterOf), `deltas` a leave-one-out refit's weight changes
 * if any (the safety checks read the refit's weights, not the shipped ones).
 */
export function classifyMailbox(box: CorpusMailbox, org: CorpusOrganization, roster: readonly string[], each: (item: ClassifiedMessage) => void, deltas?: WeightDeltas): void {
  const profile = profileForOrganization(org, roster);
  const owner = { name: box.owner.name, address: box.owner.address, roles: box.roles, party: box.party };
  const context = { ...buildClassifyContext(owner, box.messages), ...(deltas ? { learned: deltas, refit: true } : {}) };
  for (const message of box.messages) each({ message, verdict: classify(message, profile, context) });
}

/**
 * Classifies every mailbox of a parsed corpus under its organisation's profile, in file order.
 * `learned` gives weight changes per organisation (leave-one-organisation-out evaluation uses it).
 */
export function classifyCorpus(corpus: Corpus, each: (item: ClassifiedMessage) => void, learned?: (organizationId: string) => WeightDeltas | undefined): void {
  const orgs = new Map(corpus.organizations.map((o) => [o.id, o]));
  for (const box of corpus.mailboxes) {
    const org = orgs.get(box.organization);
    if (!org) continue; // parseCorpus already reported it
    classifyMailbox(box, org, rosterOf(corpus.mailboxes, org.id), each, learned?.(org.id));
  }
}

/** The output line of one message: `{"id","category","subtype","confidence","flags","reasons"}` and a newline. */
export function verdictLine({ message, verdict }: ClassifiedMessage): string {
  return `${JSON.stringify({ id: message.id, category: verdict.category, subtype: verdict.subtype, confidence: verdict.confidence, flags: verdict.flags, reasons: verdict.reasons })}\n`;
}

/**
 * Reads and parses a corpus file; problems go to stderr as one line each, naming message id and field.
 * `labels: false` lets each message's checked `expected` label go (for commands that never read it).
 */
export async function loadCorpus(command: string, file: string | undefined, io: CliIo, { labels = true }: { labels?: boolean } = {}): Promise<{ corpus: Corpus | null; errors: CorpusError[] }> {
  if (!file) {
    io.err(`postvakt ${command}: give a corpus file. Usage: postvakt ${command} <corpus.json>`);
    return { corpus: null, errors: [{ field: '(arguments)', message: 'no file' }] };
  }
  let bytes: Buffer;
  let layout: CorpusLayout | null | undefined;
  try {
    // Read a piece at a time with the layout scanned as the pieces land (the scan overlaps the read).
    ({ bytes, layout } = await readCorpusFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    io.err(`postvakt ${command}: cannot read ${file} (${code}).`);
    return { corpus: null, errors: [{ field: '(file)', message: code }] };
  }
  // Mailbox by mailbox from the bytes; the whole text only when that cannot vouch for the file, to report it as always.
  let result: { corpus: Corpus | null; errors: CorpusError[] } | null = parseCorpusBytes(bytes, { labels }, layout);
  if (!result) {
    const text = bytes.toString('utf8');
    const whole = parseCorpus(text);
    result = { corpus: whole.corpus, errors: whole.errors.map((e) => (e.field === '(file)' ? { ...e, message: withLineAndColumn(e.message, text) } : e)) };
  }
  for (const error of result.errors) io.err(`postvakt ${command}: ${file}: ${formatCorpusError(error)}`);
  return result;
}

/**
 * JSON.parse's message with where it stopped as a line and column of the file (it gives a character
 * position, or none at the end of the input): "… at position 112 (line 3, column 17)".
 */
export function withLineAndColumn(message: string, text: string): string {
  const at = /at position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : -1;
  if (position < 0 || position > text.length) return message;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${message} (${at ? '' : 'the file ends at '}line ${line}, column ${position - lineStart + 1})`;
}

const USAGE = 'postvakt classify <corpus.json|.ndjson> [--jobs N] [--ndjson]';

const HELP = `Writes one JSON line per message: {"id","category","subtype","confidence","flags","reasons"}, in file order.
A bad message is reported on stderr naming its id and field and skipped; the exit code is then 2.
A file that is not JSON is reported with the line and column where it stops being JSON; exit code 2.
--jobs N  threads for a JSON corpus (default 1: on this 2-core machine a second thread made runs no
          faster and cost 40-50 % more CPU); the output is the same bytes whatever N. Mailboxes are the
          unit of work, so a one-mailbox file, and any file under 8 MB, uses one thread.`;

/** The command's options, or a one-line usage problem. */
export function parseClassifyArgs(args: string[]): { file: string | undefined; jobs: number | null; ndjson: boolean; help: boolean } | { problem: string } {
  let file: string | undefined;
  let jobs: number | null = null;
  let ndjson = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--ndjson') ndjson = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg === '--jobs' ? args[++i] : arg.slice('--jobs='.length);
      if (value === undefined || !/^[1-9][0-9]{0,3}$/.test(value)) return { problem: `--jobs wants a whole number of threads from 1, got ${value === undefined ? 'nothing' : `'${value}'`}` };
      jobs = Number(value);
    } else if (arg.startsWith('-') || file !== undefined) {
      return { problem: `unexpected argument ${arg}` };
    } else file = arg;
  }
  return { file, jobs, ndjson: ndjson || (file?.toLowerCase().endsWith('.ndjson') ?? false), help };
}

/** Threads to use: --jobs, else 1 (two threads gave no gain in wall time on a 2-core machine). */
const threadsFor = (jobs: number | null): number => jobs ?? 1;

export const classifyCommand = (): CommandSpec => ({
  summary: 'Classify every message in a corpus file (one JSON line each; --help for NDJSON input and --jobs)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseClassifyArgs(args);
    if ('problem' in options) {
      io.err(`postvakt classify: ${options.problem}. Usage: ${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    const { file } = options;
    if (options.help) {
      const { LINES_FORMAT_HELP } = require('../classifyLines') as typeof import('../classifyLines');
      io.out(`Usage: ${USAGE}\n\n${HELP}\n\n${LINES_FORMAT_HELP}\n`);
      return EXIT_OK;
    }
    if (file && options.ndjson) {
      const { classifyLines } = require('../classifyLines') as typeof import('../classifyLines');
      return classifyLines(file, io);
    }
    const jobs = file ? threadsFor(options.jobs) : 1;
    if (file && jobs > 1) {
      const { classifyInParallel } = require('../classifyParallel') as typeof import('../classifyParallel');
      const code = await classifyInParallel(file, io, { jobs });
      if (code !== null) return code;
    }
    const { corpus, errors } = await loadCorpus('classify', file, io, { labels: false });
    if (corpus) {
      classifyCorpus(corpus, (item) => io.out(verdictLine(item)));
    }
    return errors.length ? EXIT_BAD_INPUT : EXIT_OK;
  },
});
