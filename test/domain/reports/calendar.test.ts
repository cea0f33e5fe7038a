import { addDays, ageInDays, daysBetween, isWeekday, localDate, localDateTime } from '../../../src/domain/reports/calendar';

describe('calendar', () => {
  describe('when converting instants to Swedish local time', () => {
    it('answers CET in winter and CEST in summer', () => {
      expect(localDateTime('2026-11-24T23:30:00Z')).toBe('2026-11-25 00:30');
      expect(localDateTime('2026-07-01T22:30:00Z')).toBe('2026-07-02 00:30');
    });

    it('answers the local date across the spring DST change', () => {
      expect(localDate('2026-03-29T00:30:00Z')).toBe('2026-03-29');
    });
  });

  describe('when counting days', () => {
    it('answers whole calendar days between dates and weekdays', () => {
      expect(daysBetween('2026-11-20', '2026-11-24')).toBe(4);
      expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
      expect(isWeekday('2026-11-21')).toBe(false);
      expect(isWeekday('2026-11-23')).toBe(true);
    });

    it('answers the age in whole days, never negative', () => {
      expect(ageInDays('2026-11-20T09:00:01Z', '2026-11-24T09:00:00Z')).toBe(3);
      expect(ageInDays('2026-11-25T00:00:00Z', '2026-11-24T09:00:00Z')).toBe(0);
    });
  });

  describe('when the module loads', () => {
    it('makes no time-zone formatter until a date is asked for, and one per kind after', () => {
      const made = jest.spyOn(Intl, 'DateTimeFormat');
      try {
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const fresh = require('../../../src/domain/reports/calendar') as typeof import('../../../src/domain/reports/calendar');
          expect(made).not.toHaveBeenCalled();
          expect(fresh.localDateTime('2026-11-24T23:30:00Z')).toBe('2026-11-25 00:30');
          expect(fresh.localDateTime('2026-07-01T22:30:00Z')).toBe('2026-07-02 00:30');
          expect(made).toHaveBeenCalledTimes(2);
        });
      } finally {
        made.mockRestore();
      }
    });
  });
});
