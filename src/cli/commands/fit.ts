// `postvakt fit <corpus.json>... [--out file]`: fits the classifier's weights to labelled corpora (L2 toward the prior) and writes the weights JSON the classifier ships.

import { writeFile } from 'fs/promises';
import { buildClassifyContext, modelInputs, type WeightDeltas } from '../../domain/classify';
import { DEFAULT_FIT, fitWeights, type Example } from '../../domain/classify/fit';
import { featureScheme, priorWeights, shippedWeights, STRUCTURE_PRIORS, type WeightsFile } from '../../domain/classify/model';
import { SIGNALS } from '../../domain/classify/signals';
import { STEM_FAMILIES } from '../../domain/classify/stemConcepts';
import type { Corpus } from '../../domain/corpus';
import { profileForOrganization, rosterOf } from '../../domain/policy';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type CommandSpec } from '../io';
import { loadCorpus } from './classify';

/** The labelled messages of corpora as model examples, leaving out one organisation if asked (decisive rules' messages are not examples). */
export function examplesOf(corpora: readonly Corpus[], leaveOut?: string): Example[] {
  const examples: Example[] = [];
  for (const corpus of corpora) {
    for (const box of corpus.mailboxes) {
      if (box.organization === leaveOut) continue;
      const org = corpus.organizations.find((o) => o.id === box.organization);
      if (!org) continue;
      const profile = profileForOrganization(org, rosterOf(corpus.mailboxes, org.id));
      const context = buildClassifyContext({ name: box.owner.name, address: box.owner.address, roles: box.roles, party: box.party }, box.messages);
      for (const m of box.messages) {
        if (!m.expected) continue;
        const hits = modelInputs(m, profile, context);
        if (!hits) continue;
        examples.push({ features: hits.map((h) => ({ id: h.id, x: h.x, leaning: h.leaning })), label: m.expected.category, weight: m.expected.difficulty === 'clear' ? 1 : 0.5 });
      }
    }
  }
  return examples;
}

/** Leave-one-organisation-out: weights fitted without `organization`, as changes to the shipped weights. */
export function leaveOutDeltas(corpora: readonly Corpus[], organization: string): WeightDeltas {
  const fitted = fitWeights(examplesOf(corpora, organization), priorWeights());
  const shipped = shippedWeights();
  return Object.fromEntries(Object.keys(fitted).map((id) => [id, fitted[id] - shipped[id]]));
}

export async function loadCorpora(command: string, files: string[], io: CliIo): Promise<Corpus[] | null> {
  const corpora: Corpus[] = [];
  for (const file of files) {
    const { corpus } = await loadCorpus(command, file, io);
    if (!corpus) return null;
    corpora.push(corpus);
  }
  return corpora;
}

export const fitCommand = (): CommandSpec => ({
  summary: 'Fit the classifier weights to labelled corpora (L2 toward the prior)',
  usage: 'postvakt fit <corpus.json>... [--out weights.json]',
  async run(args: string[], io: CliIo): Promise<number> {
    const at = args.indexOf('--out');
    const out = at >= 0 ? args[at + 1] : undefined;
    const files = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
    const bad = files.find((a) => a.startsWith('-'));
    if (bad || !files.length || (at >= 0 && !out)) {
      io.err(`postvakt fit: ${bad ? `unexpected argument ${bad}` : 'give one or more corpus files'}. Usage: postvakt fit <corpus.json>... [--out weights.json]`);
      return EXIT_BAD_INPUT;
    }
    const corpora = await loadCorpora('fit', files, io);
    if (!corpora) return EXIT_BAD_INPUT;
    const prior = priorWeights();
    const examples = examplesOf(corpora);
    const fitted = fitWeights(examples, prior);
    const o = DEFAULT_FIT;
    const file: WeightsFile = {
      fittedOn: `${files.map((f) => f.split('/').pop()).join(' + ')}: ${examples.length} examples; lambda ${o.lambda}, bounds ${o.low}–${o.high} × prior, ${o.iterations} iterations; each weight [prior, fitted]; a feature not listed kept its prior`,
      scheme: featureScheme(SIGNALS, STEM_FAMILIES, Object.keys(STRUCTURE_PRIORS)),
      weights: Object.fromEntries(
        Object.keys(prior)
          .sort()
          .filter((id) => fitted[id] !== prior[id])
          .map((id) => [id, [prior[id], fitted[id]]]),
      ),
    };
    // One feature a line: readable, and diffs show which weights a refit moved.
    const lines = Object.entries(file.weights).map(([id, w]) => `  ${JSON.stringify(id)}: ${JSON.stringify(w)}`);
    const text = `{\n "fittedOn": ${JSON.stringify(file.fittedOn)},\n "scheme": ${JSON.stringify(file.scheme)},\n "weights": {\n${lines.join(',\n')}\n }\n}\n`;
    if (out) {
      await writeFile(out, text);
      const changed = Object.keys(prior).filter((id) => fitted[id] !== prior[id]).length;
      io.out(`postvakt fit: ${examples.length} examples; ${changed} of ${Object.keys(prior).length} weights moved from their prior; wrote ${out}\n`);
    } else io.out(text);
    return EXIT_OK;
  },
});
