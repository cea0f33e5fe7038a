// findPersonnummer and detectSekretess: valid numbers and sensitive cases found; phone numbers, dates, diarienummer not.

import { findPersonnummer } from '../../../src/domain/classify/personnummer';
import { detectSekretess } from '../../../src/domain/classify/sekretess';

describe('findPersonnummer', () => {
  it('finds 10 and 12 digits with -, + or nothing', () => {
    expect(findPersonnummer('Alva 190823-1648 går i skolan')).toEqual(['190823-1648']);
    expect(findPersonnummer('Margit, 19380221-3821, bor')).toEqual(['19380221-3821']);
    expect(findPersonnummer('pnr 193802213821')).toEqual(['193802213821']);
    expect(findPersonnummer('född 380221+3821 (över 100)')).toEqual(['380221+3821']);
  });

  it('finds a samordningsnummer (day + 60)', () => {
    // 701063-2391: 10 October 1970 as a coordination number, Luhn-valid.
    expect(findPersonnummer('samordningsnummer 701063-2391')).toEqual(['701063-2391']);
  });

  it('ignores numbers that fail Luhn', () => {
    expect(findPersonnummer('190823-1649')).toEqual([]);
  });

  it('ignores a phone number shaped like a personnummer', () => {
    // 0701234574 is Luhn-valid and date-shaped (07-01-23) but is a mobile number.
    expect(findPersonnummer('Ring mig på 0701234574 efter fem')).toEqual([]);
    expect(findPersonnummer('Tel: 070123-4574')).toEqual([]);
    expect(findPersonnummer('växel 0612-800 00, mobil 070-318 44 92')).toEqual([]);
  });

  it('ignores dates, organisation numbers and diarienummer', () => {
    expect(findPersonnummer('beslut 2026-10-16, dnr KS 2026/388, dnr 2026:8841, 501-9921-2026')).toEqual([]);
    expect(findPersonnummer('Region Kronoberg org.nr 232100-0065')).toEqual([]);
  });
});

describe('detectSekretess', () => {
  it('answers hälsa for an individual\'s diagnosis', () => {
    expect(detectSekretess('Min son har diagnosen ADHD och ett åtgärdsprogram')?.kind).toBe('hälsa');
  });

  it('answers elevärende for a pupil\'s special support', () => {
    expect(detectSekretess('Eleven har rätt till särskilt stöd enligt skollagen')?.kind).toBe('elevärende');
  });

  it('answers socialtjänst for a concern about children', () => {
    expect(detectSekretess('Jag är rädd att något ska hända barnen hos grannen, kan socialtjänsten får veta?')?.kind).toBe('socialtjänst');
  });

  it('does not flag a conference about mental health in general', () => {
    expect(detectSekretess('Välkommen till länsdagen om barn och ungas psykiska hälsa')).toBeNull();
  });

  it('does not flag a privacy policy link', () => {
    expect(detectSekretess('Microsoft respekterar din integritet. Läs vår sekretesspolicy.')).toBeNull();
  });
});
