// htmlToText held to the text htmlparser2 gave for every corpus body and each hand-written nasty case (fixture recorded by scripts/record-html-to-text.js).

import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { htmlToText } from '../../../src/domain/text/htmlToText';

type Recorded = string | { length: number; sha256: string };

interface CharacterisationCase {
  id: string;
  html?: string;
  repeat?: [string, number][];
  source?: { file: string; message: string; field: 'subject' | 'body' };
  maxChars?: number;
  htmlparser2: Recorded;
  expected?: Recorded;
  why?: string;
}

const root = join(__dirname, '../../..');
const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/text/htmlToText.characterisation.json'), 'utf8')) as { cases: CharacterisationCase[] };

const files = new Map<string, { mailboxes: { messages: { id: string; subject: string; body: { content: string } }[] }[] }>();
function inputOf(c: CharacterisationCase): string {
  if (c.html !== undefined) return c.html;
  if (c.repeat) return c.repeat.map(([piece, times]) => piece.repeat(times)).join('');
  const { file, message, field } = c.source!;
  if (!files.has(file)) files.set(file, JSON.parse(readFileSync(join(root, file), 'utf8')));
  for (const box of files.get(file)!.mailboxes) for (const m of box.messages) if (m.id === message) return field === 'subject' ? m.subject : m.body.content;
  throw new Error(`${c.id}: no message ${message} in ${file}`);
}

function summarised(text: string, like: Recorded): Recorded {
  return typeof like === 'string' ? text : { length: text.length, sha256: createHash('sha256').update(text).digest('hex') };
}

const corpus = fixture.cases.filter((c) => c.source);
const handWritten = fixture.cases.filter((c) => !c.source);

describe('htmlToText characterised against htmlparser2', () => {
  it('has the corpus bodies and the nasty cases to compare (a fixture that lost them would prove nothing)', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(handWritten.length).toBeGreaterThanOrEqual(50);
  });

  it('gives every corpus body byte for byte the text htmlparser2 gave', () => {
    const differences = corpus.filter((c) => c.expected === undefined && htmlToText(inputOf(c), c.maxChars) !== c.htmlparser2).map((c) => c.id);
    expect(differences).toEqual([]);
  });

  it.each(handWritten.map((c) => [c.id, c] as const))('gives the recorded text for %s', (_id, c) => {
    const want = c.expected ?? c.htmlparser2;
    expect(summarised(htmlToText(inputOf(c), c.maxChars), want)).toEqual(want);
  });

  it('explains every deliberate difference from htmlparser2', () => {
    const unexplained = fixture.cases.filter((c) => c.expected !== undefined && !(c.why && c.why.length > 20)).map((c) => c.id);
    expect(unexplained).toEqual([]);
  });
});
