// `postvakt fit <corpus.json>... [--out file]`: fits the classifier's weights to labelled corpora (L2 toward the prior) and writes the weights JSON the classifier ships.

import { writeFile } from 'fs/promises';
import { buildClassifyContext, modelInputs, type WeightDeltas } from '../../domain/classify';
import { DEFAULT_FIT, fitWeights, type Example } from '../../domain/classify/fit';
import { priorWeights, shippedWeights, type WeightsFile } from '../../domain/classify/model';
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
    const files = args.filter((a, i) => i !== at && i !== at + 1);
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
      fittedOn: `${files.map((f) => f.split('/').pop()).join(' + ')}: ${examples.length} examples; lambda ${o.lambda}, bounds ${o.low}–${o.high} × prior, ${o.iterations} iterations`,
      weights: Object.fromEntries(Object.keys(prior).sort().map((id) => [id, { prior: prior[id], fitted: fitted[id] }])),
    };
    const text = `${JSON.stringify(file, null, 1)}\n`;
    if (out) {
      await writeFile(out, text);
      const changed = Object.keys(prior).filter((id) => fitted[id] !== prior[id]).length;
      io.out(`postvakt fit: ${examples.length} examples; ${changed} of ${Object.keys(prior).length} weights moved from their prior; wrote ${out}\n`);
    } else io.out(text);
    return EXIT_OK;
  },
});
