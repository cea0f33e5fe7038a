// The lexical evidence experiment's pieces: the word model's answer, its tokens, and the classifier's `undecided` seam it is measured through.

import { buildClassifyContext, classify, type UndecidedStep } from '../../../src/domain/classify';
import { lexicalDecision, type LexicalModel } from '../../../src/domain/classify/lexical';
import { lexicalStep } from '../../../src/domain/classify/lexicalStep';
import { excludedStems, lexicalTokens } from '../../../src/domain/classify/lexicalTokens';
import type { Verdict } from '../../../src/domain/types';
import { KRONOBERG, message, OWNER } from './support';

/** A word model that knows five stems: two of registered mail, two of party mail, one of no leaning. */
const MODEL: LexicalModel = {
  threshold: 0.9,
  minStems: 2,
  stems: new Map([
    ['ridhuset', [-3, -8, -8]],
    ['grann', [-4, -7, -7]],
    ['torsdag', [-5, -5, -5]],
    ['affischering', [-9, -3, -6]],
    ['medlemsvärvning', [-9, -3, -7]],
  ]),
};

const purge: UndecidedStep = (_s, _f, _m, _p, _o, rule) => ({ category: 'gallra_ringa', subtype: 'ordval', confidence: 0.5, reasons: [{ rule: `${rule}: test`, evidence: 'steget' }], flags: [] });

describe('lexicalDecision', () => {
  it('answers the category whose stems weigh most and names the stems that weighed most for it', () => {
    const d = lexicalDecision(['ridhuset', 'grann', 'torsdag', 'okänt'], MODEL);
    expect(d?.category).toBe('registrera');
    expect(d?.p).toBeGreaterThan(0.99);
    expect(d?.evidence).toEqual(['ridhuset', 'grann']);
  });

  it('says nothing when it knows fewer stems than it needs, or is not sure enough', () => {
    expect(lexicalDecision(['ridhuset', 'okänt'], MODEL)).toBeNull();
    expect(lexicalDecision(['torsdag', 'ridhuset', 'affischering'], MODEL)).toBeNull();
  });
});

describe('lexicalTokens', () => {
  it('stems the subject and newest part without the organisation’s, the owner’s and the correspondents’ names', () => {
    const m = message({ from: { name: 'Lars Berg', address: 'lars.berg@foretaget.se' } });
    const stems = lexicalTokens('ridhuset i kronoberg\nhej karin, grannarna klagar. lars', excludedStems(KRONOBERG, OWNER), m);
    expect([...stems].sort()).toEqual(['grann', 'hej', 'klag', 'ridhuset']);
  });
});

describe('classify with an undecided step', () => {
  const weak = message({ fromAddress: 'lars.berg@foretaget.se', subject: 'Angående', text: 'Hej Karin, ser fram emot torsdag. Hälsningar Lars' });
  const context = buildClassifyContext(OWNER, []);

  it('leaves the verdict to the rules without one (nothing ships one)', () => {
    const v = classify(weak, KRONOBERG, context);
    expect(v.category).toBe('osaker');
    expect(v.reasons[0].evidence).toBe('för svaga belägg för att avgöra');
  });

  it('lets the step answer a message the rules leave osäker for too little evidence', () => {
    expect(classify(weak, KRONOBERG, { ...context, undecided: purge }).category).toBe('gallra_ringa');
  });

  it('is not asked about a message the rules decide', () => {
    const asked: string[] = [];
    const spy: UndecidedStep = (...args) => {
      asked.push(args[2].subject);
      return purge(...args);
    };
    const v = classify(message({ fromAddress: 'lars.berg@foretaget.se', subject: 'Angående', text: 'Hej, jag vill begära ut allmänna handlingar om bygglovet.' }), KRONOBERG, { ...context, undecided: spy });
    expect(v.category).toBe('registrera');
    expect(asked).toEqual([]);
  });

  it('cannot purge past the hold on every purge: a person’s personnummer keeps it osäker', () => {
    const held = message({ fromAddress: 'lars.berg@foretaget.se', subject: 'Angående', text: 'Hej Karin, ser fram emot torsdag. Gäller 19121212-1212. Hälsningar Lars' });
    const v: Verdict = classify(held, KRONOBERG, { ...context, undecided: purge });
    expect(v.category).toBe('osaker');
    expect(v.reasons[0].evidence).toContain('uppgifter om en enskild person');
  });
});

describe('lexicalStep', () => {
  const context = buildClassifyContext(OWNER, []);

  it('registers an undecided letter in the wording of registered mail and names the stems', () => {
    const m = message({ fromAddress: 'lars.berg@foretaget.se', subject: 'Ridhuset', text: 'Hej Karin, grannen klagar på ridhuset. Vi ses torsdag. Lars' });
    expect(classify(m, KRONOBERG, context).category).toBe('osaker');
    const v = classify(m, KRONOBERG, { ...context, undecided: lexicalStep(MODEL) });
    expect(v.category).toBe('registrera');
    expect(v.reasons[0].rule).toContain('ordval som i allmänna handlingar som registreras');
    expect(v.reasons[0].evidence).toBe('ordval som i sådan post: ridhuset…, grann…');
  });

  it('does not register over a party sign (a party named as the sender)', () => {
    const m = message({ from: { name: 'Moderaterna Kronoberg', address: 'lars.berg@foretaget.se' }, subject: 'Ridhuset', text: 'Hej Karin, grannen klagar på ridhuset. Vi ses torsdag. Lars' });
    expect(classify(m, KRONOBERG, context).reasons[0].evidence).toBe('för svaga belägg för att avgöra');
    expect(classify(m, KRONOBERG, { ...context, undecided: lexicalStep(MODEL) }).category).toBe('osaker');
  });

  it('keeps only the category it is limited to', () => {
    const m = message({ fromAddress: 'lars.berg@foretaget.se', subject: 'Lördag', text: 'Hej Karin, affischeringen och medlemsvärvningen på torsdag. Lars' });
    expect(classify(m, KRONOBERG, { ...context, undecided: lexicalStep(MODEL) }).category).toBe('gallra_ej_allman');
    expect(classify(m, KRONOBERG, { ...context, undecided: lexicalStep(MODEL, 'registrera') }).category).toBe('osaker');
  });
});
