// scanCorpusLayout: the byte range of each mailbox of a corpus file, or null for anything the whole-file parse must judge.

import { scanCorpusLayout } from '../../src/cli/corpusLayout';

const scan = (text: string) => {
  const bytes = Buffer.from(text);
  const layout = scanCorpusLayout(bytes);
  return layout && { skeleton: layout.skeleton, mailboxes: layout.mailboxes.map(({ start, end }) => bytes.subarray(start, end).toString()) };
};

describe('scanCorpusLayout', () => {
  describe('when the file is a corpus object', () => {
    it('answers each mailbox as written and the rest with an empty mailboxes array', () => {
      const text = ' {"schema":"x", "mailboxes" : [ {"a":"]}\\"[,"} ,\n{"b":[1,{"c":null}]} ], "tail": [true, 2.5e3]} ';
      expect(scan(text)).toEqual({
        skeleton: ' {"schema":"x", "mailboxes" : [], "tail": [true, 2.5e3]} ',
        mailboxes: ['{"a":"]}\\"[,"}', '{"b":[1,{"c":null}]}'],
      });
    });

    it('reads keys only at the top level, so a nested "mailboxes" is part of a mailbox', () => {
      expect(scan('{"mailboxes":[{"mailboxes":[1]},"å"],"x":{"mailboxes":[]}}')?.mailboxes).toEqual(['{"mailboxes":[1]}', '"å"']);
    });

    it('answers an empty array as no mailboxes', () => {
      expect(scan('{"mailboxes":[]}')).toEqual({ skeleton: '{"mailboxes":[]}', mailboxes: [] });
    });
  });

  describe('when the layout is not one the scan can vouch for', () => {
    it.each([
      ['an array at the top', '[{"mailboxes":[]}]'],
      ['no mailboxes key', '{"organizations":[]}'],
      ['mailboxes not an array', '{"mailboxes":{"a":1}}'],
      ['mailboxes twice', '{"mailboxes":[{}],"mailboxes":[{}]}'],
      ['an escaped key', '{"mail\\u0062oxes":[{}],"mailboxes":[{}]}'],
      ['a trailing comma', '{"mailboxes":[{},]}'],
      ['a missing element', '{"mailboxes":[{},,{}]}'],
      ['an unclosed string', '{"mailboxes":[{"a":"b}]}'],
      ['an unclosed object', '{"mailboxes":[{}]'],
      ['text after the object', '{"mailboxes":[{}]} x'],
      ['a byte-order mark', '\ufeff{"mailboxes":[{}]}'],
    ])('answers null for %s', (_, text) => {
      expect(scan(text)).toBeNull();
    });
  });
});
