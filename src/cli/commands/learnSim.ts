// Simulation of learning from decisions: per mailbox, the person decides the first half (the expected labels), and the second half is scored before and after learning.

import { buildClassifyContext, classify, modelInputs } from '../../domain/classify';
import { buildEvaluation, type EvaluatedMessage, type Evaluation } from '../../domain/classify/evaluate';
import { decisionRecord, learnAdjustments, type DecisionRecord } from '../../domain/classify/learn';
import { shippedWeights } from '../../domain/classify/model';
import type { Corpus } from '../../domain/corpus';
import { profileForOrganization, rosterOf } from '../../domain/policy';

export interface LearningSimulation {
  before: Evaluation;
  after: Evaluation;
  decisions: number;
  /** Features whose weight moved, summed over mailboxes. */
  changedWeights: number;
}

export function simulateLearning(corpora: readonly Corpus[]): LearningSimulation {
  const before: EvaluatedMessage[] = [];
  const after: EvaluatedMessage[] = [];
  const shipped = shippedWeights();
  let decisions = 0;
  let changedWeights = 0;
  for (const corpus of corpora) {
    for (const box of corpus.mailboxes) {
      const org = corpus.organizations.find((o) => o.id === box.organization);
      if (!org) continue;
      const profile = profileForOrganization(org, rosterOf(corpus.mailboxes, org.id));
      const context = buildClassifyContext({ name: box.owner.name, address: box.owner.address, roles: box.roles, party: box.party }, box.messages);
      const ordered = [...box.messages].sort((a, b) => Date.parse(a.receivedDateTime) - Date.parse(b.receivedDateTime));
      const half = Math.floor(ordered.length / 2);
      const records: DecisionRecord[] = [];
      for (const m of ordered.slice(0, half)) {
        const hits = m.expected ? modelInputs(m, profile, context) : null;
        if (hits && m.expected) records.push(decisionRecord(hits, m.expected.category, classify(m, profile, context).category, m.receivedDateTime));
      }
      decisions += records.length;
      const learned = learnAdjustments(records, [], shipped);
      changedWeights += Object.keys(learned).length;
      for (const m of ordered.slice(half)) {
        if (!m.expected) continue;
        before.push({ id: m.id, expected: m.expected, verdict: classify(m, profile, context) });
        after.push({ id: m.id, expected: m.expected, verdict: classify(m, profile, { ...context, learned }) });
      }
    }
  }
  return { before: buildEvaluation(before), after: buildEvaluation(after), decisions, changedWeights };
}
