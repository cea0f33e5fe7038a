// The issue-10 goals on the tuning corpus (a region, a small municipality with one shared domain, a large city).

import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCorpus } from '../../../src/domain/corpus';
import { profileForOrganization, rosterOf } from '../../../src/domain/policy';
import { buildClassifyContext, classify } from '../../../src/domain/classify';
import { buildEvaluation, type EvaluatedMessage } from '../../../src/domain/classify/evaluate';

function evaluateTuning() {
  const { corpus } = parseCorpus(readFileSync(join(__dirname, '../../fixtures/corpus/tuning-2026-12.json'), 'utf8'));
  const items: EvaluatedMessage[] = [];
  for (const box of corpus!.mailboxes) {
    const profile = profileForOrganization(corpus!.organizations.find((o) => o.id === box.organization)!, rosterOf(corpus!.mailboxes, box.organization));
    const context = buildClassifyContext({ ...box.owner, roles: box.roles, party: box.party }, box.messages);
    for (const m of box.messages) items.push({ id: m.id, expected: m.expected!, verdict: classify(m, profile, context) });
  }
  return buildEvaluation(items);
}

describe('classify on the tuning corpus', () => {
  const ev = evaluateTuning();

  it('proposes no public record for purge and no party or private mail for registration', () => {
    expect(ev.publicRecordsPurged).toEqual([]);
    expect(ev.privateRegistered).toEqual([]);
  });

  it('is right on at least 95 % of clear messages and unsure on at most 5 %', () => {
    expect(ev.clear.rightRate).toBeGreaterThanOrEqual(0.95);
    expect(ev.clear.osakerRate).toBeLessThanOrEqual(0.05);
  });

  it('finds at least 90 % of the messages that need an answer and every personnummer', () => {
    const s = ev.flags.svar_kravs;
    expect(s.hits / (s.hits + s.misses)).toBeGreaterThanOrEqual(0.9);
    expect(ev.flags.personnummer.misses).toBe(0);
  });
});
