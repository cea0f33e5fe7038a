// Tests for parseCorpus: the dev corpus parses; bad messages are reported by id and field and skipped.

import { readFileSync } from 'fs';
import { join } from 'path';
import { MAX_BODY_BYTES, parseCorpus, utf8ByteLength } from '../../src/domain/corpus';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/corpus', name), 'utf8');

describe('parseCorpus', () => {
  describe('when given the dev corpus', () => {
    it('answers two mailboxes with all 169 messages and no errors', () => {
      const { corpus, errors } = parseCorpus(fixture('dev.json'));
      expect(errors).toEqual([]);
      expect(corpus?.organizations.map((o) => o.id)).toEqual(['kramfors', 'mjolby']);
      expect(corpus?.mailboxes.reduce((n, m) => n + m.messages.length, 0)).toBe(169);
      expect(corpus?.mailboxes[0].messages[0].expected?.category).toBe('gallra_ej_allman');
    });
  });

  describe('when a message lacks a field or has one of the wrong type', () => {
    it('names the message id and field and keeps the other messages', () => {
      const { corpus, errors } = parseCorpus(fixture('invalid/missing-and-wrong-fields.json'));
      expect(errors).toEqual([
        expect.objectContaining({ messageId: 'kb-bad-1', field: 'subject', message: 'is missing' }),
        expect.objectContaining({ messageId: 'kb-bad-2', field: 'isRead' }),
      ]);
      expect(corpus?.mailboxes[0].messages.map((m) => m.id)).toEqual(['kb-ok-1']);
    });

    it('accepts empty strings as values', () => {
      const { corpus } = parseCorpus(fixture('invalid/missing-and-wrong-fields.json'));
      const ok = corpus?.mailboxes[0].messages[0];
      expect(ok?.subject).toBe('');
      expect(ok?.from.address).toBe('');
    });
  });

  describe('when the mailbox names an unknown organisation', () => {
    it('reports the organisation field', () => {
      const { corpus, errors } = parseCorpus(fixture('invalid/unknown-organization.json'));
      expect(errors[0].field).toBe('mailboxes[0].organization');
      expect(errors[0].message).toContain("'vaxjo'");
      expect(corpus?.mailboxes).toEqual([]);
    });
  });

  describe('when the file is not JSON or has the wrong schema', () => {
    it('answers no corpus and one error', () => {
      const notJson = parseCorpus(fixture('invalid/not-json.json'));
      expect(notJson.corpus).toBeNull();
      expect(notJson.errors[0].message).toMatch(/^not JSON/);
      const wrong = parseCorpus(fixture('invalid/wrong-schema.json'));
      expect(wrong.corpus).toBeNull();
      expect(wrong.errors[0].field).toBe('schema');
    });
  });

  describe('when a body is over 25 MB', () => {
    it('reports body.content for that message only', () => {
      const base = JSON.parse(fixture('invalid/missing-and-wrong-fields.json'));
      const ok = base.mailboxes[0].messages[2];
      const big = { ...ok, id: 'kb-big', body: { contentType: 'text', content: 'a'.repeat(MAX_BODY_BYTES + 1) } };
      const fits = { ...ok, id: 'kb-fits', body: { contentType: 'text', content: 'a'.repeat(MAX_BODY_BYTES) } };
      base.mailboxes[0].messages = [big, fits];
      const { corpus, errors } = parseCorpus(JSON.stringify(base));
      expect(errors).toEqual([expect.objectContaining({ messageId: 'kb-big', field: 'body.content' })]);
      expect(corpus?.mailboxes[0].messages.map((m) => m.id)).toEqual(['kb-fits']);
    });
  });

  describe('utf8ByteLength', () => {
    it('counts multi-byte characters', () => {
      expect(utf8ByteLength('aå€😀')).toBe(1 + 2 + 3 + 4);
    });
  });
});
