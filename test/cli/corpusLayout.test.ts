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

    it("answers each mailbox's messages array and its elements as written", () => {
      const text = '{"mailboxes":[{"owner":{"messages":[9]},"messages" : [ {"id":"a,]"} , [1,2],"x"\n] ,"n":1}, {"messages":[]}]}';
      const bytes = Buffer.from(text);
      const [first, second] = scanCorpusLayout(bytes)!.mailboxes;
      const m = first.messages!;
      expect(bytes.subarray(m.open, m.close).toString()).toBe('[ {"id":"a,]"} , [1,2],"x"\n]');
      expect(m.starts.map((s, j) => bytes.subarray(s, m.ends[j]).toString())).toEqual(['{"id":"a,]"}', '[1,2]', '"x"']);
      expect(second.messages).toEqual({ open: text.lastIndexOf('['), close: text.lastIndexOf(']') - 1, starts: [], ends: [] });
    });

    it.each([
      ['a mailbox that is not an object', '{"mailboxes":[["messages",[1]]]}'],
      ['messages that are not an array', '{"mailboxes":[{"messages":{"a":[1]}}]}'],
      ['no messages key', '{"mailboxes":[{"owner":{"messages":[1]}}]}'],
      ['messages twice', '{"mailboxes":[{"messages":[1],"messages":[2]}]}'],
      ['an escaped key', '{"mailboxes":[{"messages":[1],"m\\u0065ssages":[2]}]}'],
    ])('answers no messages layout for %s, so that mailbox is parsed whole', (_, text) => {
      expect(scanCorpusLayout(Buffer.from(text))!.mailboxes.map((b) => b.messages)).toEqual([null]);
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
      ['a trailing comma among messages', '{"mailboxes":[{"messages":[{},]}]}'],
      ['a missing message', '{"mailboxes":[{"messages":[{},,{}]}]}'],
      ['messages closed by a brace', '{"mailboxes":[{"messages":[{}}]}'],
    ])('answers null for %s', (_, text) => {
      expect(scan(text)).toBeNull();
    });
  });
});
