// Build step: writes the letters swc's minifier escapes in untagged template literals (`avs\xe4ndare ${…}`) as themselves.
'use strict';
const path = require('path');

/** acorn, the parser webpack itself uses (resolved from webpack, so no second copy is installed). */
function loadAcorn() {
  return require(require.resolve('acorn', { paths: [path.dirname(require.resolve('webpack'))] }));
}

/**
 * Only letters, digits, punctuation and symbols: never a line terminator (a raw CR would be read as LF),
 * a space or format character (invisible, bidi controls), a control or a lone surrogate.
 */
const WRITABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** One template element's raw text with its \xHH and \uHHHH escapes of WRITABLE characters written out. */
function unescapeRaw(raw) {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const width = raw[i + 1] === 'x' ? 2 : raw[i + 1] === 'u' ? 4 : 0;
    const hex = raw.slice(i + 2, i + 2 + width);
    const char = width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : '';
    if (char && char.charCodeAt(0) >= 0xa0 && WRITABLE.test(char)) {
      out += char;
      i += 1 + hex.length;
    } else {
      // Any other escape (\\, \`, \$, \n, \u{…}, …) stays as written, both its characters.
      out += ch + (raw[i + 1] ?? '');
      i += 1;
    }
  }
  return out;
}

/** Every untagged TemplateLiteral's elements in the program (a tagged one sees the raw text: left as is). */
function untaggedTemplateElements(node, out = []) {
  if (!node || typeof node.type !== 'string') return out;
  for (const key of Object.keys(node)) {
    if (node.type === 'TaggedTemplateExpression' && key === 'quasi') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const item of value) untaggedTemplateElements(item, out);
    else if (value && typeof value.type === 'string') untaggedTemplateElements(value, out);
  }
  if (node.type === 'TemplateLiteral') out.push(...node.quasis);
  return out;
}

/**
 * The script with those escapes written out, the same program to the engine (an untagged template's value
 * is its cooked text); the script itself when it does not parse (nothing is changed then).
 */
function unescapeTemplateText(code, acorn = loadAcorn()) {
  let program;
  try {
    program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch {
    return code;
  }
  const elements = untaggedTemplateElements(program).filter((q) => q.value.raw.includes('\\'));
  elements.sort((a, b) => b.start - a.start);
  let out = code;
  for (const q of elements) {
    const raw = unescapeRaw(q.value.raw);
    if (raw !== q.value.raw) out = out.slice(0, q.start) + raw + out.slice(q.end);
  }
  return out;
}

module.exports = { unescapeTemplateText, unescapeRaw };
