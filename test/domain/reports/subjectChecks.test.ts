import { detectSekretess, findPersonnummer } from '../../../src/domain/reports/subjectChecks';

describe('findPersonnummer', () => {
  it.each(['19811218-9876', '811218-9876', '8112189876', '121212-1212'])('finds the Luhn-valid number %s', (pnr) => {
    expect(findPersonnummer(`Gäller ${pnr} i ärendet`)).toEqual([pnr]);
  });

  it.each(['811218-9875', '20261124', 'Ärende 2026-1234', '811318-9876'])('ignores %s', (text) => {
    expect(findPersonnummer(text)).toEqual([]);
  });
});

describe('detectSekretess', () => {
  it('names a social-services matter with its evidence', () => {
    expect(detectSekretess('Ansökan om försörjningsstöd')).toEqual({ kind: 'socialtjänst', evidence: '"försörjningsstöd"' });
  });

  it('answers null for an ordinary subject', () => {
    expect(detectSekretess('Kallelse till kommunstyrelsen')).toBeNull();
  });
});
