// scripts/templateText.js: the build step that writes swc's escaped letters in untagged template literals back as letters.

import path from 'path';
import { root } from '../browser/support/stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unescapeTemplateText } = require(path.join(root, 'scripts/templateText.js')) as { unescapeTemplateText(code: string): string };

/** The value of a script that ends in one expression (run as a function body). */
const valueOf = (code: string): unknown => new Function(code.replace(/;?([^;]*)$/, ';return $1'))();

describe('unescapeTemplateText', () => {
  it('writes the escaped Swedish letters of an untagged template as letters, around its substitutions and in nested templates', () => {
    const code = 'const e={a:"x"};`avs\\xe4ndare ${e.a} p\\xe5 ${`h\\xf6gst`} \\u2013 \\xc5\\xc4\\xd6`';
    const out = unescapeTemplateText(code);
    expect(out).toBe('const e={a:"x"};`avsändare ${e.a} på ${`högst`} – ÅÄÖ`');
    expect(valueOf(out)).toBe(valueOf(code));
  });

  it.each([
    ['a tagged template, whose tag reads the raw text', 'String.raw`\\xe4\\b`'],
    ['an escaped backslash before x', '`\\\\xe4`'],
    ['an ASCII escape', '`\\x41\\x60`'],
    ['line terminators, which a raw CR would change', '`\\u2028\\u2029\\x0d`'],
    ['invisible and bidi characters', '`\\xa0\\xad\\u200b\\u202e\\u2066`'],
    ['a lone surrogate, which UTF-8 cannot carry', '`\\ud83d`'],
    ['a code point escape', '`\\u{e4}`'],
    ['an escape in a string or a regular expression', '["\\xe4", /\\xe4/u.source]'],
  ])('leaves %s as written', (_, code) => {
    expect(unescapeTemplateText(code)).toBe(code);
  });

  it('returns a script that does not parse unchanged', () => {
    const broken = 'let a = `\\xe4 ${';
    expect(unescapeTemplateText(broken)).toBe(broken);
  });
});
