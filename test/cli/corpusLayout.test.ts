// scanCorpusLayout: the byte range of each mailbox of a corpus file, or null for anything the whole-file parse must judge.

import { readFileSync } from 'fs';
import { join } from 'path';
import { LayoutScanner, scanCorpusLayout } from '../../src/cli/corpusLayout';

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

  describe('when the bytes arrive a piece at a time (LayoutScanner)', () => {
    const texts = [
      ' {"schema":"x", "mailboxes" : [ {"a":"]}\\"[,"} ,\n{"b":[1,{"c":null}]} ], "tail": [true, 2.5e3]} ',
      '{"mailboxes":[{"owner":{"messages":[9]},"messages" : [ {"id":"a,]"} , [1,2],"x"\n] ,"n":1}, {"messages":[]}]}',
      '{"mailboxes":[{"messages":[1],"messages":[2]}],"n":-12.5e+3,"t":true}',
      '{"mailboxes":[{"messages":[1],"m\\u0065ssages":[2]}]}',
      '{"mailboxes":[]}  \n',
      '   ',
      '',
      '[{"mailboxes":[]}]',
      '{"mailboxes":[{},]}',
      '{"mailboxes":[{"a":"b}]}',
      '{"mailboxes":[{}]',
      '{"mailboxes":[{}]} x',
      '{"mailboxes":[{}]} 1',
      '{"mailboxes":[{"messages":[{},]}]}',
      '{"mailboxes":[{"messages":[{}}]}',
      '{"mailboxes":[{"messages":[1, 23]}], "x": 45',
    ];
    /** The layout from feeding the bytes cut at the given offsets, the pieces landing in one buffer of the whole size. */
    const pieces = (bytes: Buffer, cuts: number[]) => {
      const buffer = Buffer.alloc(bytes.length, 0x7b); // bytes not yet arrived are '{', never what the file holds
      const scanner = new LayoutScanner();
      let from = 0;
      for (const cut of [...cuts, bytes.length]) {
        bytes.copy(buffer, from, from, cut);
        scanner.feed(buffer, cut);
        from = cut;
      }
      return scanner.finish(buffer);
    };

    it.each(texts.map((t) => [t]))('answers for %j, cut at any one byte, what the whole scan answers', (text) => {
      const bytes = Buffer.from(text);
      const whole = scanCorpusLayout(bytes);
      for (let cut = 0; cut <= bytes.length; cut++) expect([cut, pieces(bytes, [cut])]).toEqual([cut, whole]);
    });

    it('answers the dev corpus cut into 1 to 700-byte pieces as the whole scan does, messages included', () => {
      const bytes = readFileSync(join(__dirname, '../fixtures/corpus/dev.json'));
      const whole = scanCorpusLayout(bytes);
      expect(whole?.mailboxes.every((b) => b.messages !== null && b.messages.starts.length > 0)).toBe(true);
      let seed = 7;
      const cuts: number[] = [];
      for (let at = 0; at < bytes.length; at += 1 + (seed % 700)) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        cuts.push(at);
      }
      expect(pieces(bytes, cuts)).toEqual(whole);
      const cut = bytes.lastIndexOf('}'); // without its closing brace
      expect(pieces(bytes.subarray(0, cut), cuts.filter((c) => c < cut))).toBeNull();
    });
  });
});
