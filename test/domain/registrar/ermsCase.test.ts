// Cases from diarienummer, the export's order, and the registrar's selection by day, range or case.

import { caseOf, compareRegistrations, selectRegistrations } from '../../../src/domain/registrar/ermsCase';
import { ErmsExportError } from '../../../src/domain/registrar/ermsExportError';
import { registration } from './ermsSupport';

describe('caseOf', () => {
  it.each([
    ['KS 2026/123', 'KS 2026/123', undefined],
    ['KS 2026/123-4', 'KS 2026/123', 4],
    ['KS 2026/123:4', 'KS 2026/123', 4],
    ['  KS   2026 / 0123 ', 'KS 2026/123', undefined],
    ['BUN 2025/7.2', 'BUN 2025/7', 2],
    ['2026/45', '2026/45', undefined],
  ])('reads %j as case %j, document %j', (dnr, id, document) => {
    expect(caseOf(dnr).id).toBe(id);
    expect(caseOf(dnr).document).toBe(document);
  });

  it('keeps a diarienummer of another shape whole, as a case of its own', () => {
    expect(caseOf(' Dnr  ks-123 ')).toEqual({ id: 'Dnr ks-123', series: 'Dnr ks-123', year: 0, number: 0 });
  });
});

describe('compareRegistrations', () => {
  it('orders by series, then year and number as numbers, then document number', () => {
    const dnrs = ['KS 2026/10', 'BN 2026/3', 'KS 2025/99', 'KS 2026/9-2', 'KS 2026/9-1'];
    const sorted = dnrs.map((d) => registration({ diarienummer: d })).sort(compareRegistrations).map((r) => r.diarienummer);
    expect(sorted).toEqual(['BN 2026/3', 'KS 2025/99', 'KS 2026/9-1', 'KS 2026/9-2', 'KS 2026/10']);
  });
});

describe('selectRegistrations', () => {
  // 22:30 UTC on 2 March is 23:30 in Sweden (still the 2nd); 23:30 UTC is past midnight (the 3rd).
  const late = registration({ registeredAt: '2026-03-02T22:30:00Z', diarienummer: 'KS 2026/1' });
  const afterMidnight = registration({ registeredAt: '2026-03-02T23:30:00Z', diarienummer: 'KS 2026/2' });
  const summer = registration({ registeredAt: '2026-06-30T22:30:00Z', diarienummer: 'KS 2026/3-1' });
  const sameCase = registration({ registeredAt: '2026-07-02T08:00:00Z', diarienummer: 'KS 2026/3-2' });
  const broken = registration({ registeredAt: 'okänt', diarienummer: 'KS 2026/4' });
  const all = [sameCase, summer, broken, afterMidnight, late];

  it('takes a day by Swedish local date, winter and summer time alike', () => {
    expect(selectRegistrations(all, { kind: 'day', date: '2026-03-02' })).toEqual([late]);
    expect(selectRegistrations(all, { kind: 'day', date: '2026-03-03' })).toEqual([afterMidnight]);
    expect(selectRegistrations(all, { kind: 'day', date: '2026-07-01' })).toEqual([summer]);
  });

  it('takes a range with both ends included, in the export order', () => {
    expect(selectRegistrations(all, { kind: 'range', from: '2026-03-02', to: '2026-07-01' })).toEqual([late, afterMidnight, summer]);
  });

  it('takes every document of a case, given the case or one of its documents, in any letter case', () => {
    expect(selectRegistrations(all, { kind: 'case', diarienummer: 'KS 2026/3' })).toEqual([summer, sameCase]);
    expect(selectRegistrations(all, { kind: 'case', diarienummer: 'ks 2026/3-2' })).toEqual([summer, sameCase]);
    expect(selectRegistrations(all, { kind: 'case', diarienummer: 'KS 2026/03-2' })).toEqual([summer, sameCase]);
  });

  it('leaves a registration without a valid registration time out of every day', () => {
    expect(selectRegistrations(all, { kind: 'range', from: '1970-01-01', to: '2099-12-31' })).not.toContain(broken);
  });

  it.each([
    ['a date that is no calendar date', { kind: 'day', date: '2026-02-30' }],
    ['a date in another format', { kind: 'day', date: '2/3 2026' }],
    ['a range that ends before it starts', { kind: 'range', from: '2026-03-05', to: '2026-03-01' }],
    ['an empty diarienummer', { kind: 'case', diarienummer: '  ' }],
  ] as const)('refuses %s with a clear message', (_name, selection) => {
    let error: unknown;
    try {
      selectRegistrations(all, selection);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ErmsExportError);
    expect(error).toMatchObject({ code: 'erms_invalid_selection', messageSv: expect.any(String), messageEn: expect.any(String) });
  });
});
