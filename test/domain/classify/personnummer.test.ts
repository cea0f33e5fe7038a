// findPersonnummer with 12 digits: the century must be 18, 19 or 20 and the last ten digits Luhn-valid.

import { findPersonnummer } from '../../../src/domain/classify/personnummer';

describe('findPersonnummer', () => {
  describe('when the number has 12 digits', () => {
    it('finds it with a plausible century (18, 19 or 20) and a valid Luhn check', () => {
      expect(findPersonnummer('18380221-3821, 19380221-3821 och 20380221-3821')).toEqual(['18380221-3821', '19380221-3821', '20380221-3821']);
    });

    it('ignores an implausible century even when the last ten digits are Luhn-valid', () => {
      expect(findPersonnummer('nummer 17380221-3821 och 213802213821')).toEqual([]);
    });

    it('ignores a Luhn-invalid number even with a plausible century', () => {
      expect(findPersonnummer('personnummer 19380221-3822 och 193802213820')).toEqual([]);
    });
  });
});
