// `postvakt evaluate <corpus.json> [--json]`: verdicts against the corpus's expected labels — confusion matrix, safety, rates, flags.

import { buildEvaluation, type EvaluatedMessage, type Evaluation, type Rates } from '../../domain/classify/evaluate';
import { CATEGORIES, FLAGS } from '../../domain/types';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type CommandSpec } from '../io';
import { classifyCorpus, loadCorpus } from './classify';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const rateLine = (name: string, r: Rates) =>
  `${name.padEnd(11)} ${String(r.total).padStart(4)} messages   right ${String(r.right).padStart(4)} (${pct(r.rightRate)})   osaker ${String(r.osaker).padStart(3)} (${pct(r.osakerRate)})${r.osakerUnreadable ? `, ${r.osakerUnreadable} of them unreadable items (calendar, encrypted, delivery report: osaker by rule)` : ''}`;

export function evaluationToText(ev: Evaluation, unlabelled: number): string {
  const w = 17;
  const lines = [`Evaluated ${ev.total} labelled messages${unlabelled ? ` (${unlabelled} without expected labels skipped)` : ''}.`, ''];
  lines.push('Confusion matrix (rows: expected, columns: predicted)');
  lines.push(`${''.padEnd(w)}${CATEGORIES.map((c) => c.padStart(w)).join('')}`);
  for (const e of CATEGORIES.filter((c) => c !== 'osaker')) {
    lines.push(`${e.padEnd(w)}${CATEGORIES.map((p) => String(ev.confusion[e][p]).padStart(w)).join('')}`);
  }
  lines.push('');
  lines.push(`Public records proposed for purge (expected registrera, predicted gallra_*): ${ev.publicRecordsPurged.length}${ev.publicRecordsPurged.length ? ` — ${ev.publicRecordsPurged.join(', ')}` : ''}`);
  lines.push(`Party/private mail proposed for registration (expected gallra_ej_allman, predicted registrera): ${ev.privateRegistered.length}${ev.privateRegistered.length ? ` — ${ev.privateRegistered.join(', ')}` : ''}`);
  lines.push('');
  lines.push(rateLine('clear', ev.clear));
  lines.push(rateLine('borderline', ev.borderline));
  if (ev.wrongOnClear.length) lines.push(`Wrong on clear: ${ev.wrongOnClear.map((m) => `${m.id} (${m.expected} → ${m.predicted})`).join(', ')}`);
  lines.push('');
  lines.push(`${'flag'.padEnd(14)}${'hits'.padStart(6)}${'false alarms'.padStart(14)}${'misses'.padStart(8)}`);
  for (const f of FLAGS) {
    const s = ev.flags[f];
    lines.push(`${f.padEnd(14)}${String(s.hits).padStart(6)}${String(s.falseAlarms).padStart(14)}${String(s.misses).padStart(8)}`);
  }
  lines.push('');
  lines.push(...goalLines(ev));
  return `${lines.join('\n')}\n`;
}

/** The goals of issue 10 beside the figures: ok or MISSED on each line. */
export function goalLines(ev: Evaluation): string[] {
  const svar = ev.flags.svar_kravs;
  const svarRecall = svar.hits + svar.misses ? svar.hits / (svar.hits + svar.misses) : 1;
  const goals: [string, string, boolean][] = [
    ['right on clear', pct(ev.clear.rightRate), ev.clear.rightRate >= 0.95],
    ['osaker on clear', pct(ev.clear.osakerRate), ev.clear.osakerRate <= 0.05],
    ['public records proposed for purge, clear', String(ev.safety.clear.publicRecordsPurged), ev.safety.clear.publicRecordsPurged === 0],
    ['party/private proposed for registration, clear', String(ev.safety.clear.privateRegistered), ev.safety.clear.privateRegistered === 0],
    ['public records proposed for purge, borderline', String(ev.safety.borderline.publicRecordsPurged), ev.safety.borderline.publicRecordsPurged <= 1],
    ['party/private proposed for registration, borderline', String(ev.safety.borderline.privateRegistered), ev.safety.borderline.privateRegistered <= 1],
    ['personnummer misses', String(ev.flags.personnummer.misses), ev.flags.personnummer.misses === 0],
    ['svar_kravs recall', pct(svarRecall), svarRecall >= 0.9],
  ];
  const want = ['≥ 95 %', '≤ 5 %', '0', '0', '≤ 1', '≤ 1', '0', '≥ 90 %'];
  return [
    `${'goal'.padEnd(52)}${'figure'.padStart(9)}${'goal'.padStart(9)}`,
    ...goals.map(([name, figure, ok], i) => `${name.padEnd(52)}${figure.padStart(9)}${want[i].padStart(9)}  ${ok ? 'ok' : 'MISSED'}`),
  ];
}

/** Leave-one-organisation-out: each organisation scored with weights fitted on all the others. */
async function leaveOneOut(files: string[], json: boolean, io: CliIo): Promise<number> {
  const { leaveOutDeltas, loadCorpora } = require('./fit') as typeof import('./fit');
  const corpora = await loadCorpora('evaluate', files, io);
  if (!corpora) return EXIT_BAD_INPUT;
  const all: EvaluatedMessage[] = [];
  const perOrg: { organization: string; evaluation: Evaluation }[] = [];
  for (const corpus of corpora) {
    for (const org of corpus.organizations) {
      const deltas = leaveOutDeltas(corpora, org.id);
      const items: EvaluatedMessage[] = [];
      classifyCorpus(
        { ...corpus, mailboxes: corpus.mailboxes.filter((b) => b.organization === org.id) },
        ({ message, verdict }) => {
          if (message.expected) items.push({ id: message.id, expected: message.expected, verdict });
        },
        () => deltas,
      );
      all.push(...items);
      perOrg.push({ organization: org.id, evaluation: buildEvaluation(items) });
    }
  }
  const ev = buildEvaluation(all);
  if (json) {
    io.out(`${JSON.stringify({ leaveOneOut: perOrg, combined: ev })}\n`);
    return EXIT_OK;
  }
  const lines = ['Leave-one-organisation-out: each organisation scored with weights fitted without it.', ''];
  for (const { organization, evaluation: e } of perOrg) {
    lines.push(
      `${organization.padEnd(12)} clear ${e.clear.right}/${e.clear.total} right (${pct(e.clear.rightRate)}), osaker ${pct(e.clear.osakerRate)}; purge of public ${e.publicRecordsPurged.length}, registration of private ${e.privateRegistered.length}; borderline ${e.borderline.right}/${e.borderline.total} right`,
    );
  }
  lines.push('', 'All organisations together:', '');
  io.out(`${lines.join('\n')}\n${evaluationToText(ev, 0)}`);
  return EXIT_OK;
}

/** Learning simulation: first half of each mailbox decided, second half scored before and after. */
async function learning(files: string[], json: boolean, io: CliIo): Promise<number> {
  const { loadCorpora } = require('./fit') as typeof import('./fit');
  const { simulateLearning } = require('./learnSim') as typeof import('./learnSim');
  const corpora = await loadCorpora('evaluate', files, io);
  if (!corpora) return EXIT_BAD_INPUT;
  const sim = simulateLearning(corpora);
  if (json) {
    io.out(`${JSON.stringify(sim)}\n`);
    return EXIT_OK;
  }
  const line = (name: string, e: Evaluation) =>
    `${name.padEnd(7)} clear ${e.clear.right}/${e.clear.total} right (${pct(e.clear.rightRate)}), osaker ${pct(e.clear.osakerRate)}; borderline ${e.borderline.right}/${e.borderline.total} right, osaker ${e.borderline.osaker}; purge of public ${e.publicRecordsPurged.length}, registration of private ${e.privateRegistered.length}`;
  io.out(
    [
      `Learning from decisions: the first half of each mailbox decided (${sim.decisions} decisions the model scored; ${sim.changedWeights} weights moved, each by at most ±1), the second half scored.`,
      line('before', sim.before),
      line('after', sim.after),
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

export const evaluateCommand = (): CommandSpec => ({
  summary: 'Compare verdicts with the expected labels in a corpus file',
  usage: 'postvakt evaluate <corpus.json> [--json] | --loo|--learn <corpus.json>...',
  async run(args: string[], io: CliIo): Promise<number> {
    const json = args.includes('--json');
    const loo = args.includes('--loo');
    const learn = args.includes('--learn');
    const rest = args.filter((a) => a !== '--json' && a !== '--loo' && a !== '--learn');
    const unknown = rest.find((a) => a.startsWith('-'));
    if (loo && !unknown && rest.length) return leaveOneOut(rest, json, io);
    if (learn && !unknown && rest.length) return learning(rest, json, io);
    if (unknown || rest.length > 1) {
      io.err(`postvakt evaluate: unexpected argument ${unknown ?? rest[1]}. Usage: postvakt evaluate <corpus.json> [--json] | --loo|--learn <corpus.json>...`);
      return EXIT_BAD_INPUT;
    }
    const { corpus, errors } = await loadCorpus('evaluate', rest[0], io);
    if (!corpus) return EXIT_BAD_INPUT;
    const items: EvaluatedMessage[] = [];
    let unlabelled = 0;
    classifyCorpus(corpus, ({ message, verdict }) => {
      if (message.expected) items.push({ id: message.id, expected: message.expected, verdict });
      else unlabelled++;
    });
    const ev = buildEvaluation(items);
    io.out(json ? `${JSON.stringify({ ...ev, unlabelled })}\n` : evaluationToText(ev, unlabelled));
    return errors.length ? EXIT_BAD_INPUT : EXIT_OK;
  },
});
