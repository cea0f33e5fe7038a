// The $filter subset: parsing, evaluation and the property order Graph's $orderby rule reads.

import { evaluate, filterProperties, parseFilter } from '../../src/server/filter';

const message = {
  subject: "Kallelse till KS' möte",
  isRead: false,
  receivedDateTime: '2026-11-03T07:41:00Z',
  from: { emailAddress: { address: 'Namnd@Kramfors.se', name: 'Nämnd' } },
  categories: ['Postvakt', 'Viktigt'],
  singleValueExtendedProperties: [{ id: 'string {guid} name state', value: 'v3:registrera' }],
};

describe('parseFilter and evaluate', () => {
  describe('when the filter is well formed', () => {
    it.each([
      ["receivedDateTime ge 2026-11-01T00:00:00Z and isRead eq false", true],
      ['receivedDateTime lt 2026-11-01T00:00:00.000Z', false],
      ["from/emailAddress/address eq 'namnd@kramfors.se'", true],
      ["subject eq 'Kallelse till KS'' möte'", true],
      ["not (isRead eq false) or startswith(subject, 'kallelse')", true],
      ["categories/any(c: c eq 'viktigt')", true],
      ["categories/any(c:c eq 'Annat')", false],
      ["singleValueExtendedProperties/Any(ep: ep/id eq 'String {guid} Name state' and contains(ep/value, 'registrera'))", true],
      ["(isRead eq true or contains(subject,'möte')) and receivedDateTime ge 2026-11-03", true],
    ])('answers %s → %s', (filter, expected) => {
      expect(evaluate(parseFilter(filter), message)).toBe(expected);
    });

    it('lists properties in the order they appear, for the $orderby rule', () => {
      expect(filterProperties(parseFilter("receivedDateTime ge 2026-01-01 and (isRead eq false or subject eq 'x')"))).toEqual(['receiveddatetime', 'isread', 'subject']);
    });
  });

  describe('when the filter is malformed', () => {
    it.each(["subject eq 'open", 'isRead eq', 'isRead equals true', '(isRead eq true', 'categories/all(c: c eq 1)', 'subject eq bare'])(
      'answers 400 BadRequest for %s',
      (filter) => {
        expect(() => parseFilter(filter)).toThrow(expect.objectContaining({ status: 400, code: 'BadRequest' }));
      },
    );
  });
});
