// buildEvaluation: compares verdicts with a corpus's expected labels — confusion matrix, safety counts, rates, flag stats.

import { CATEGORIES, FLAGS, type Category, type Flag, type Verdict } from '../types';
import type { CorpusExpected } from '../corpus';
import { UNREADABLE_SUBTYPE } from './unreadable';

export interface EvaluatedMessage {
  id: string;
  expected: CorpusExpected;
  verdict: Verdict;
}

export interface Rates {
  total: number;
  right: number;
  osaker: number;
  /** Of the osaker verdicts, those given by rule to items whose content cannot be judged (calendar invitations, encrypted, delivery reports: issue 12). */
  osakerUnreadable: number;
  rightRate: number;
  osakerRate: number;
}

export interface Evaluation {
  total: number;
  /** confusion[expected][predicted] */
  confusion: Record<Category, Record<Category, number>>;
  /** Expected registrera, predicted gallra_*: public records proposed for purge. */
  publicRecordsPurged: string[];
  /** Expected gallra_ej_allman, predicted registrera: party/private mail proposed for registration. */
  privateRegistered: string[];
  clear: Rates;
  borderline: Rates;
  /** Safety counts by difficulty: public records proposed for purge, party/private mail proposed for registration. */
  safety: Record<'clear' | 'borderline', { publicRecordsPurged: number; privateRegistered: number }>;
  flags: Record<Flag, { hits: number; falseAlarms: number; misses: number; falseAlarmIds: string[]; missIds: string[] }>;
  wrongOnClear: { id: string; expected: Category; predicted: Category }[];
}

function rates(items: EvaluatedMessage[]): Rates {
  const right = items.filter((m) => m.verdict.category === m.expected.category).length;
  const osaker = items.filter((m) => m.verdict.category === 'osaker').length;
  const osakerUnreadable = items.filter((m) => m.verdict.category === 'osaker' && m.verdict.subtype.startsWith(UNREADABLE_SUBTYPE)).length;
  const total = items.length;
  return { total, right, osaker, osakerUnreadable, rightRate: total ? right / total : 0, osakerRate: total ? osaker / total : 0 };
}

export function buildEvaluation(items: EvaluatedMessage[]): Evaluation {
  const confusion = Object.fromEntries(CATEGORIES.map((e) => [e, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))])) as Evaluation['confusion'];
  for (const m of items) confusion[m.expected.category][m.verdict.category]++;
  const flags = Object.fromEntries(FLAGS.map((f) => [f, { hits: 0, falseAlarms: 0, misses: 0, falseAlarmIds: [] as string[], missIds: [] as string[] }])) as Evaluation['flags'];
  for (const m of items) {
    for (const f of FLAGS) {
      const want = m.expected.flags.includes(f);
      const got = m.verdict.flags.includes(f);
      if (want && got) flags[f].hits++;
      else if (got) {
        flags[f].falseAlarms++;
        flags[f].falseAlarmIds.push(m.id);
      } else if (want) {
        flags[f].misses++;
        flags[f].missIds.push(m.id);
      }
    }
  }
  const isPurge = (c: Category) => c === 'gallra_ej_allman' || c === 'gallra_ringa';
  const clear = items.filter((m) => m.expected.difficulty === 'clear');
  const purged = (m: EvaluatedMessage) => m.expected.category === 'registrera' && isPurge(m.verdict.category);
  const registered = (m: EvaluatedMessage) => m.expected.category === 'gallra_ej_allman' && m.verdict.category === 'registrera';
  const safetyOf = (xs: EvaluatedMessage[]) => ({ publicRecordsPurged: xs.filter(purged).length, privateRegistered: xs.filter(registered).length });
  return {
    safety: { clear: safetyOf(clear), borderline: safetyOf(items.filter((m) => m.expected.difficulty === 'borderline')) },
    total: items.length,
    confusion,
    publicRecordsPurged: items.filter((m) => m.expected.category === 'registrera' && isPurge(m.verdict.category)).map((m) => m.id),
    privateRegistered: items.filter((m) => m.expected.category === 'gallra_ej_allman' && m.verdict.category === 'registrera').map((m) => m.id),
    clear: rates(clear),
    borderline: rates(items.filter((m) => m.expected.difficulty === 'borderline')),
    flags,
    wrongOnClear: clear
      .filter((m) => m.verdict.category !== m.expected.category)
      .map((m) => ({ id: m.id, expected: m.expected.category, predicted: m.verdict.category })),
  };
}
