// buildEvaluation's rates: osaker verdicts given by rule to unreadable items (issue 12) are counted apart, and still count as osaker.

import { buildEvaluation, type EvaluatedMessage } from '../../../src/domain/classify/evaluate';
import { evaluationToText } from '../../../src/cli/commands/evaluate';
import type { Category, Verdict } from '../../../src/domain/types';

function item(id: string, expected: Exclude<Category, 'osaker'>, category: Category, subtype: string): EvaluatedMessage {
  const verdict: Verdict = { category, subtype, confidence: 0.3, reasons: [], flags: [] };
  return { id, expected: { category: expected, difficulty: 'clear', rule: 'test', flags: [], rationale: 'test' }, verdict };
}

describe('buildEvaluation', () => {
  const items = [
    item('a', 'gallra_ringa', 'osaker', 'olasbart_kalender'),
    item('b', 'gallra_ringa', 'osaker', 'kallelse'),
    item('c', 'registrera', 'registrera', 'arende'),
    item('d', 'registrera', 'osaker', 'olasbart_smime'),
  ];

  it('counts the unreadable items among the osaker verdicts, and every osaker verdict in the osaker rate', () => {
    const ev = buildEvaluation(items);
    expect(ev.clear.osaker).toBe(3);
    expect(ev.clear.osakerUnreadable).toBe(2);
    expect(ev.clear.osakerRate).toBe(0.75);
  });

  it('names them on the rate line only when there are some', () => {
    expect(evaluationToText(buildEvaluation(items), 0)).toMatch(/^clear\s+4 messages .*osaker\s+3 \(75\.0 %\), 2 of them unreadable items/m);
    expect(evaluationToText(buildEvaluation(items.slice(1, 3)), 0)).not.toContain('unreadable items');
  });
});
