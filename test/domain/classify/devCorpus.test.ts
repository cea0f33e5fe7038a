// The targets on the dev corpus: no public record purged, no party/private mail registered, ≥95 % right on clear.

import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCorpus } from '../../../src/domain/corpus';
import { profileForOrganization } from '../../../src/domain/policy';
import { buildClassifyContext, classify } from '../../../src/domain/classify';
import { buildEvaluation, type EvaluatedMessage } from '../../../src/domain/classify/evaluate';

function evaluateDev() {
  const { corpus } = parseCorpus(readFileSync(join(__dirname, '../../fixtures/corpus/dev.json'), 'utf8'));
  const items: EvaluatedMessage[] = [];
  for (const box of corpus!.mailboxes) {
    const profile = profileForOrganization(corpus!.organizations.find((o) => o.id === box.organization)!);
    const context = buildClassifyContext({ ...box.owner, roles: box.roles, party: box.party }, box.messages);
    for (const m of box.messages) items.push({ id: m.id, expected: m.expected!, verdict: classify(m, profile, context) });
  }
  return { items, ev: buildEvaluation(items) };
}

describe('classify on the dev corpus', () => {
  const { items, ev } = evaluateDev();

  it('never cites the same reason twice in one verdict', () => {
    const repeated = items.filter(({ verdict }) => new Set(verdict.reasons.map((r) => `${r.rule}\n${r.evidence}`)).size !== verdict.reasons.length).map((i) => i.id);
    expect(repeated).toEqual([]);
  });

  it('proposes no public record for purge', () => {
    expect(ev.publicRecordsPurged).toEqual([]);
  });

  it('proposes no party or private mail for registration', () => {
    expect(ev.privateRegistered).toEqual([]);
  });

  it('is right on at least 95 % of clear messages and unsure on at most 5 %', () => {
    expect(ev.clear.rightRate).toBeGreaterThanOrEqual(0.95);
    expect(ev.clear.osakerRate).toBeLessThanOrEqual(0.05);
  });

  it('finds every personnummer and raises no false alarm', () => {
    expect(ev.flags.personnummer.misses).toBe(0);
    expect(ev.flags.personnummer.falseAlarms).toBe(0);
    expect(ev.flags.personnummer.hits).toBeGreaterThan(0);
  });

  it('cites a rule and quotes evidence for every verdict', () => {
    for (const { verdict } of items) {
      expect(verdict.reasons.length).toBeGreaterThan(0);
      for (const r of verdict.reasons) {
        expect(r.rule).toMatch(/\S+: \S/);
        expect(r.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives the same verdict twice (deterministic)', () => {
    const again = evaluateDev().items;
    expect(again.map((i) => i.verdict)).toEqual(items.map((i) => i.verdict));
  });
});
