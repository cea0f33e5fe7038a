// HTML character references in text: numeric ones, and the short list of named ones that occur in mail (others stay as written).

/** Latin-1 names, U+00A0 to U+00FF in order; HTML also reads these without a semicolon ("legacy" references). */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The other legacy names (ASCII markup characters, and the upper-case forms HTML keeps for old pages). */
const LEGACY_ASCII: Record<string, number> = { amp: 38, lt: 60, gt: 62, quot: 34, AMP: 38, LT: 60, GT: 62, QUOT: 34, COPY: 169, REG: 174 };

/** Names read only with a semicolon: punctuation, spaces and letters that mail from Word, Outlook and newsletter tools uses. */
const WITH_SEMICOLON: Record<string, number> = {
  apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, hyphen: 8208, ndash: 8211, mdash: 8212,
  lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226,
  hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249, rsaquo: 8250, oline: 8254, frasl: 8260, euro: 8364,
  trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, minus: 8722, check: 10003,
};

/** Longest legacy name ("curren", "frac14", "middot", …): a legacy prefix is looked for up to this length. */
const LONGEST_LEGACY = 6;

/** What numeric references to C1 controls mean (HTML: windows-1252); 0 is U+FFFD. */
const C1 = [8364, 129, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 141, 381, 143, 144, 8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, 157, 382, 376];

let named: Map<string, string> | null = null;
let legacy: Set<string> | null = null;

/** Built on first use: nothing runs when the module loads. */
function tables(): { named: Map<string, string>; legacy: Set<string> } {
  if (!named || !legacy) {
    named = new Map();
    legacy = new Set();
    LATIN1.split(' ').forEach((name, i) => {
      named!.set(name, String.fromCharCode(0xa0 + i));
      legacy!.add(name);
    });
    for (const [name, cp] of Object.entries(LEGACY_ASCII)) {
      named.set(name, String.fromCharCode(cp));
      legacy.add(name);
    }
    for (const [name, cp] of Object.entries(WITH_SEMICOLON)) named.set(name, String.fromCharCode(cp));
  }
  return { named, legacy };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function fromNumber(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp >= 0x80 && cp <= 0x9f ? C1[cp - 0x80] : cp);
}

/** A decoded reference: its text and the index just after it. */
export interface DecodedReference {
  text: string;
  next: number;
}

/**
 * The character reference starting at `amp` (an "&") in `s`, read no further than `end`, as HTML reads one in
 * text: `&#229;`, `&#xE5;` (semicolon optional), a known name with its semicolon, or a legacy name without one
 * (`&amp`, `&auml`; the longest that fits). Null when it is none of these: the "&" is then plain text.
 */
export function decodeReference(s: string, amp: number, end: number): DecodedReference | null {
  let i = amp + 1;
  if (i < end && s.charCodeAt(i) === 35 /* # */) {
    const hex = i + 1 < end && (s.charCodeAt(i + 1) | 0x20) === 120; /* x */
    const start = hex ? i + 2 : i + 1;
    i = start;
    while (i < end && (hex ? isHexDigit(s.charCodeAt(i)) : isDigit(s.charCodeAt(i)))) i++;
    if (i === start) return null;
    const cp = parseInt(s.slice(start, i), hex ? 16 : 10);
    return { text: fromNumber(cp), next: i < end && s.charCodeAt(i) === 59 /* ; */ ? i + 1 : i };
  }
  while (i < end && isAlnum(s.charCodeAt(i))) i++;
  if (i === amp + 1) return null;
  const t = tables();
  if (i < end && s.charCodeAt(i) === 59) {
    const whole = t.named.get(s.slice(amp + 1, i));
    if (whole !== undefined) return { text: whole, next: i + 1 };
  }
  for (let k = Math.min(i, amp + 1 + LONGEST_LEGACY); k > amp + 2; k--) {
    const name = s.slice(amp + 1, k);
    if (t.legacy.has(name)) return { text: t.named.get(name)!, next: k };
  }
  return null;
}
