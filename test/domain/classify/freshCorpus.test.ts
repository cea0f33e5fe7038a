// The frozen fresh corpus (FRESH.md): structural facts that hold for any classifier, and its hash, so an edit fails here. No accuracy targets.

import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCorpus } from '../../../src/domain/corpus';

const FILE = join(__dirname, '../../fixtures/corpus/fresh-2026-12.json');
/** SHA-256 of the file as committed (LF line endings) in "Fresh labelled corpus … (frozen)". */
const FROZEN_SHA256 = 'f7fea6f45fc0fd560b47be9964f3e791972264d615a76cd02ab2c59b2992ad40';

// A checkout that turns LF into CRLF is not an edit, so line endings are normalised before hashing.
const text = readFileSync(FILE, 'utf8').replace(/\r\n/g, '\n');
const { corpus, errors } = parseCorpus(text);
const messages = corpus?.mailboxes.flatMap((box) => box.messages) ?? [];

describe('the fresh corpus', () => {
  it('parses without a schema error', () => {
    expect(errors).toEqual([]);
    expect(corpus).not.toBeNull();
  });

  it('holds at least 150 messages, every one labelled', () => {
    expect(messages.length).toBeGreaterThanOrEqual(150);
    expect(messages.filter((m) => !m.expected).map((m) => m.id)).toEqual([]);
  });

  it('spans at least three organisations, each with mailboxes', () => {
    const orgs = corpus?.organizations.map((o) => o.id) ?? [];
    expect(orgs.length).toBeGreaterThanOrEqual(3);
    for (const id of orgs) expect(corpus?.mailboxes.some((box) => box.organization === id)).toBe(true);
  });

  it('has every category among its expected labels', () => {
    const categories = new Set(messages.map((m) => m.expected?.category));
    expect([...categories].sort()).toEqual(['gallra_ej_allman', 'gallra_ringa', 'registrera']);
  });

  it('is byte for byte the frozen file (never edit it: write a new fresh corpus instead)', () => {
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(FROZEN_SHA256);
  });
});
