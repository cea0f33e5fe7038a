// `postvakt classify <corpus.json>`: one JSON line per message with category, subtype, confidence, flags and reasons.

import { readFile } from 'fs/promises';
import { formatCorpusError, parseCorpus, type Corpus, type CorpusError, type CorpusMessage } from '../../domain/corpus';
import { buildClassifyContext, classify, type WeightDeltas } from '../../domain/classify';
import { profileForOrganization, rosterOf } from '../../domain/policy';
import type { Verdict } from '../../domain/types';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type CommandSpec } from '../io';

export interface ClassifiedMessage {
  message: CorpusMessage;
  verdict: Verdict;
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
    const profile = profileForOrganization(org, rosterOf(corpus.mailboxes, org.id));
    const owner = { name: box.owner.name, address: box.owner.address, roles: box.roles, party: box.party };
    const deltas = learned?.(org.id);
    const context = { ...buildClassifyContext(owner, box.messages), ...(deltas ? { learned: deltas } : {}) };
    for (const message of box.messages) each({ message, verdict: classify(message, profile, context) });
  }
}

/** Reads and parses a corpus file; problems go to stderr as one line each, naming message id and field. */
export async function loadCorpus(command: string, file: string | undefined, io: CliIo): Promise<{ corpus: Corpus | null; errors: CorpusError[] }> {
  if (!file) {
    io.err(`postvakt ${command}: give a corpus file. Usage: postvakt ${command} <corpus.json>`);
    return { corpus: null, errors: [{ field: '(arguments)', message: 'no file' }] };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    io.err(`postvakt ${command}: cannot read ${file} (${code}).`);
    return { corpus: null, errors: [{ field: '(file)', message: code }] };
  }
  const result = parseCorpus(text);
  for (const error of result.errors) io.err(`postvakt ${command}: ${file}: ${formatCorpusError(error)}`);
  return result;
}

export const classifyCommand = (): CommandSpec => ({
  summary: 'Classify every message in a corpus file (one JSON line each)',
  usage: 'postvakt classify <corpus.json>',
  async run(args: string[], io: CliIo): Promise<number> {
    const unknown = args.find((a) => a.startsWith('-'));
    if (unknown || args.length > 1) {
      io.err(`postvakt classify: unexpected argument ${unknown ?? args[1]}. Usage: postvakt classify <corpus.json>`);
      return EXIT_BAD_INPUT;
    }
    const { corpus, errors } = await loadCorpus('classify', args[0], io);
    if (corpus) {
      classifyCorpus(corpus, ({ message, verdict }) => {
        io.out(
          `${JSON.stringify({ id: message.id, category: verdict.category, subtype: verdict.subtype, confidence: verdict.confidence, flags: verdict.flags, reasons: verdict.reasons })}\n`,
        );
      });
    }
    return errors.length ? EXIT_BAD_INPUT : EXIT_OK;
  },
});
