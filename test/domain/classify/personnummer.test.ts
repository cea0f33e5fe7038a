// findPersonnummer with 12 digits: the century must be 18, 19 or 20 and the last ten digits Luhn-valid;
// ten bare digits that begin with 0 are a phone number's shape unless no phone number can begin so.

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

  describe('when ten bare digits begin with 0', () => {
    it('finds those no Swedish phone number can be: born in 2000 (00…) or January–September 2008 (080…)', () => {
      expect(findPersonnummer('Eleven Ida Berg 0803051234 i klass 2B, och hennes bror 0006124564.')).toEqual(['0803051234', '0006124564']);
    });

    it('still needs a personnummer word before those a phone number could be (Stockholm 08-1…, area codes 05…)', () => {
      expect(findPersonnummer('Ring 0810245670 eller 0511143216')).toEqual([]);
      expect(findPersonnummer('personnummer 0511143216')).toEqual(['0511143216']);
    });
  });
});
