// parseCorpusBytes: a corpus parsed a mailbox and a slice of messages at a time gives exactly parseCorpus's corpus and errors, or null where the whole file must be parsed.

import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseCorpus, type CorpusMessage } from '../../src/domain/corpus';
import { parseCorpusBytes } from '../../src/cli/parseMailbox';

const fixtures = join(__dirname, '../fixtures/corpus');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** dev.json with a message lacking its subject, one with a wrong type, one without an id, a duplicate id, a bad mailbox head and an unknown organisation. */
function withProblems(): string {
  const c = JSON.parse(read('dev.json'));
  const second = c.mailboxes[1];
  const { subject: _s, ...noSubject } = second.messages[3];
  second.messages[3] = noSubject;
  second.messages[5] = { ...second.messages[5], isRead: 'yes' };
  const { id: _i, ...noId } = second.messages[7];
  second.messages[7] = { ...noId, folder: 'elsewhere' };
  second.messages[8] = 'not a message';
  second.messages.push(second.messages[0]);
  c.mailboxes.push({ ...second, organization: 'vaxjo' });
  c.mailboxes.push({ ...second, owner: { name: 'No address' } });
  c.mailboxes.push(7);
  c.mailboxes.push({ ...c.mailboxes[0], messages: 'none' });
  c.organizations.push({ id: 'bad' });
  return JSON.stringify(c, null, 1);
}

const cases: [string, string][] = [
  ['dev.json', read('dev.json')],
  ['tuning-2026-12.json', read('tuning-2026-12.json')],
  ['fresh-2026-12b.json', read('fresh-2026-12b.json')],
  ['dev.json with bad messages, heads and organisations', withProblems()],
  ['a mailbox whose "messages" key is escaped', read('dev.json').replace('"messages"', '"m\\u0065ssages"')],
  ['a mailbox with "messages" twice', read('dev.json').replace('"messages"', '"messages": [], "messages"')],
  ...readdirSync(join(fixtures, 'invalid'))
    .filter((name) => !['not-json.json', 'wrong-schema.json'].includes(name))
    .map((name): [string, string] => [`invalid/${name}`, read(`invalid/${name}`)]),
];

describe('parseCorpusBytes', () => {
  describe('when the file is a corpus, valid or with bad parts', () => {
    it.each(cases)('gives for %s the corpus and the errors parseCorpus gives, in one slice or many', (_, text) => {
      const expected = parseCorpus(text);
      expect(expected.corpus).not.toBeNull();
      expect(parseCorpusBytes(Buffer.from(text))).toEqual(expected);
      expect(parseCorpusBytes(Buffer.from(text), { sliceBytes: 2_000 })).toEqual(expected);
      expect(parseCorpusBytes(Buffer.from(text), { sliceBytes: 1 })).toEqual(expected);
    });

    it.each(cases)('gives for %s without labels the same, each message without its expected label', (_, text) => {
      const expected = parseCorpus(text);
      const unlabelled = parseCorpusBytes(Buffer.from(text), { labels: false })!;
      expect(unlabelled.errors).toEqual(expected.errors);
      const strip = (m: CorpusMessage) => ({ ...m, expected: undefined });
      expect(unlabelled.corpus.mailboxes).toEqual(expected.corpus!.mailboxes.map((b) => ({ ...b, messages: b.messages.map(strip) })));
      expect(unlabelled.corpus.mailboxes.flatMap((b) => b.messages).every((m) => m.expected === undefined)).toBe(true);
    });
  });

  describe('when the whole file must be parsed to say what is wrong', () => {
    const dev = read('dev.json');
    const cut = dev.lastIndexOf('"subject"');
    it.each([
      ['text that is not JSON', read('invalid/not-json.json')],
      ['a wrong schema', read('invalid/wrong-schema.json')],
      ['a missing colon in a message', `${dev.slice(0, cut)}"subject" "no colon", ${dev.slice(cut)}`],
      ['a missing comma between messages', dev.replace(/\}\s*,\s*\{\s*"id"/, '} {"id"')],
      ['a control character in a string', dev.replace('"kr-002"', '"kr-\u0001002"')],
      ['a bad literal in a mailbox head', dev.replace('"roles"', '"x": tru, "roles"')],
    ])('answers null for %s (parseCorpus then reports it)', (_, text) => {
      expect(parseCorpusBytes(Buffer.from(text))).toBeNull();
    });
  });
});
