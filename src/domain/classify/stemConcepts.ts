// Stem families: concept word lists matched by Snowball stem, so inflected forms and compounds (the head word last) count too.
// The lists are our own, written from the kinds of municipal and regional activities (Klassa) and everyday private life.

import type { SenderKind } from './features';
import type { Leaning } from './signals';
import { swedishStem } from './stem';
import precomputedJson from './stem-variants.json';

export interface StemFamily {
  id: string;
  leaning: Leaning;
  weight: number;
  subtype: string;
  label: string;
  /** Base forms, space-separated; each is stemmed once at load. A leading = matches the whole word only, never as a compound's head. */
  words: string;
  senders?: readonly SenderKind[];
  /** Does not count in bulk mail. */
  notBulk?: boolean;
}

export const STEM_FAMILIES: readonly StemFamily[] = [
  {
    id: 'stam.verksamhet',
    leaning: 'registrera',
    weight: 1,
    subtype: 'verksamhet',
    label: 'rör verksamhetens ansvarsområde',
    senders: ['freemail', 'external'],
    notBulk: true,
    words:
      // health care
      'vårdcentral hälsocentral sjukhus akutmottagning sjukvård vård läkare sjuksköterska distriktssköterska barnmorska förlossning operation ' +
      'rollator hjälpmedel rullstol ambulans infektion recept vaccination provsvar mottagning tandläkare väntetid ' +
      // care and social services
      'hemtjänst äldreboende boendestöd assistans ledsagare kontaktperson färdtjänst socialsekreterare handläggare bostadsanpassning ' +
      // school and pre-school
      'skola förskola elev lärare rektor fritidshem skolskjuts skolgård skolbuss modersmål ' +
      // public transport
      'buss busshållplats hållplats tidtabell avgång turtäthet biljett pendeltåg ' +
      // planning, building, streets, environment
      'bygglov detaljplan bygge tillbyggnad påbyggnad strandskydd tomt gata gångväg cykelväg belysning snöröjning halka sandning ' +
      'övergångsställe trafiksäkerhet buller avfall sophämtning återvinning dagvatten avlopp ' +
      // leisure and culture
      'bibliotek simhall badhus idrottshall konstgräs fritidsgård lekplats ' +
      // rescue services and fire safety (kommunalförbund)
      'brandsyn brandskydd tillsynsavgift sotning brandvarnare insatstid ' +
      // guardianship: the överförmyndare and its gemensam nämnd
      'årsräkning huvudman ställföreträdare godmanskap förvaltarskap arvode ' +
      // regional development, dental care and vårdval
      'företagsstöd investeringsstöd praktikplats tandvård tandvårdsstöd vårdval ' +
      // water, harbour and fees (municipal and joint companies)
      'vattenbolag taxa vattentaxa badplats hamn kaj gästhamn',
  },
  {
    id: 'stam.privat',
    leaning: 'gallra_ej_allman',
    weight: 3,
    subtype: 'privat',
    label: 'ej allmän handling – privat vardag',
    senders: ['freemail', 'own'],
    words:
      '=middag fika kaffe toapapper mjölk =handla =handlat bröllop kalas födelsedag jakt älgjakt jaktlag fiske =skoter snöskoter stuga bastu kräftskiva matsäck ' +
      '=hämtning =hämtningen barnvakt svärmor svärfar kusin mormor farmor morfar farfar semesterresa julbord bokcirkel ' +
      // sport with friends, and the shopping list
      'padel tennis golf innebandy tårta blöja banan ' +
      // round nineteen: a flea market, a pub quiz, yoga, the pools
      'loppis julloppis pubquiz yoga tippning',
  },
  {
    id: 'stam.partigrupp',
    leaning: 'gallra_ej_allman',
    weight: 2,
    subtype: 'partipolitiskt',
    label: 'ej allmän handling – partigruppens arbete inför beslut',
    senders: ['freemail', 'politician'],
    words: 'yrkande yrka återremiss reservation replik talepunkt debattinlägg gruppmöte',
  },
  {
    id: 'stam.motesadmin',
    leaning: 'gallra_ringa',
    weight: 2,
    subtype: 'administrativt',
    label: 'tillfällig betydelse – mötesadministration',
    senders: ['org', 'politician', 'own'],
    words: 'teams zoom kalenderinbjudan mötesinbjudan mötesrum sammanträdesrum lokalbokning försenad avstämning',
  },
];

/** One family's first hit: the word as written and where it starts. */
export interface StemHit {
  family: number;
  index: number;
  word: string;
}

/**
 * The stems a base form's inflections reach: Snowball stems a word and its inflections alike only
 * mostly (hållplats → hållplat, hållplatsen → hållplats; jakt → jakt, älgjakten → älgjak).
 */
export function variants(word: string): Set<string> {
  const out = new Set<string>();
  // A vowel-final noun takes -t/-n for the definite form (bygge → bygget), which Snowball leaves whole.
  const definite = /[aeiouyåäö]$/.test(word) ? [`${word}t`, `${word}n`] : [];
  for (const form of [word, `${word}en`, `${word}er`, `${word}ar`, `${word}et`, `${word}s`, ...definite]) {
    const s = swedishStem(form);
    out.add(s);
    if (/(dd|gd|nn|dt|gt|kt|tt)$/.test(s)) out.add(s.slice(0, -1));
  }
  return out;
}

const INDEX = new Map<string, number>();
const HEAD_LENGTHS = new Set<number>();
const EXACT = new Set<string>();
/**
 * Every family word's variants, computed by `npm run gen:stem-variants` (stemming them all at load
 * cost the task pane's first verdict ~0.13 s of a 4× slowed main thread), as edits aligned with the
 * family words. stemVariants.test.ts fails when the file is not what the word lists give today.
 */
const EDITS: readonly string[] = (precomputedJson as unknown as { edits?: string[] }).edits ?? [];

/**
 * A word's variants written as edits of the word, comma-separated: the count of letters cut from its end
 * (none: nothing cut) and the letters added ("3,,et,1,t" for bygge: byg, bygge, bygget, byggt). About a
 * tenth of the variants spelt out, gzipped (the task pane preloads this file).
 */
export function encodeVariants(word: string, stems: Iterable<string>): string {
  return [...stems]
    .map((v) => {
      let k = 0;
      while (k < word.length && k < v.length && word[k] === v[k]) k++;
      return `${word.length - k || ''}${v.slice(k)}`;
    })
    .join(',');
}

/** The variants encodeVariants wrote, in the same order. */
export function decodeVariants(word: string, edits: string): string[] {
  return edits.split(',').map((e) => {
    let d = 0;
    while (d < e.length && e.charCodeAt(d) >= 48 && e.charCodeAt(d) <= 57) d++;
    return word.slice(0, word.length - Number(e.slice(0, d) || 0)) + e.slice(d);
  });
}

/** The family words in file order, as stem-variants.json's edits are aligned with them. */
export const FAMILY_WORDS: readonly string[] = STEM_FAMILIES.flatMap((f) => f.words.split(' ').map((w) => (w.startsWith('=') ? w.slice(1) : w)));
// Edits not aligned with today's words (the file not regenerated) are not used: every word is stemmed here.
const aligned = EDITS.length === FAMILY_WORDS.length;

let at = 0;
STEM_FAMILIES.forEach((f, i) => {
  for (const w of f.words.split(' ')) {
    const exact = w.startsWith('=');
    const base = exact ? w.slice(1) : w;
    const edits = aligned ? EDITS[at] : undefined;
    at++;
    for (const s of edits !== undefined ? decodeVariants(base, edits) : variants(base)) {
      if (exact) EXACT.add(s);
      if (!INDEX.has(s)) INDEX.set(s, i);
      if (s.length >= 4 && !exact) HEAD_LENGTHS.add(s.length);
    }
  }
});
const HEADS = [...HEAD_LENGTHS].sort((a, b) => b - a);

/** A compound's head: the stem's last part of at least 4 letters after at least 3. */
function headFamily(s: string): number {
  for (const len of HEADS) {
    if (s.length - len < 3) continue;
    const head = s.slice(s.length - len);
    const f = INDEX.get(head);
    if (f !== undefined && !EXACT.has(head)) return f;
  }
  return -1;
}

/**
 * Family of a lower-case word: by its stem, or a compound's head. Snowball leaves the definite -an
 * (skolan, stugan), so a stem ending in -an is also tried without it.
 */
function familyOf(word: string): number {
  const stem = swedishStem(word);
  for (const s of stem.endsWith('an') && stem.length >= 5 ? [stem, stem.slice(0, -2)] : [stem]) {
    const found = INDEX.get(s) ?? headFamily(s);
    if (found >= 0) return found;
  }
  return -1;
}

// Words seen, by a hash of their letters (computed while scanning, so a known word costs no string
// copy): most words recur from message to message. An open-addressing table in typed arrays, each
// slot's hash and family side by side, that grows with the vocabulary (a Map's lookups were a third of
// the scan); bounded, emptied when full; a hash collision just recomputes.
const FIRST_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 17;
const CACHE_MAX = 50_000;
interface Seen {
  /** Per slot: the word's 30-bit hash (-1: empty), then its family (-1: none). */
  entries: Int32Array;
  word: string[];
  mask: number;
  stored: number;
}
/** Made on first use (not at the task pane's load). */
let seen: Seen | null = null;
const emptySeen = (slots: number): Seen => ({ entries: new Int32Array(2 * slots).fill(-1), word: new Array<string>(slots).fill(''), mask: slots - 1, stored: 0 });

/** The table twice as large with the same words (at the largest size: emptied instead). */
function grown(table: Seen): Seen {
  const slots = table.mask + 1;
  if (slots >= MAX_SLOTS) return emptySeen(slots);
  const next = emptySeen(2 * slots);
  for (let s = 0; s < slots; s++) {
    const hash = table.entries[2 * s];
    if (hash === -1) continue;
    let slot = hash & next.mask;
    while (next.entries[2 * slot] !== -1) slot = (slot + 1) & next.mask;
    next.entries[2 * slot] = hash;
    next.entries[2 * slot + 1] = table.entries[2 * s + 1];
    next.word[slot] = table.word[s];
    next.stored++;
  }
  return next;
}

/**
 * A copy of a word that does not keep the text it was cut from alive (V8 cuts a long slice as a view
 * of the whole string; a cached word must not hold a message's text).
 */
const detached = (word: string): string => ` ${word}`.slice(1);

/** 1 for the letters words are made of in lower-cased text (a–z, à–ÿ but ÷). */
const LETTER = new Uint8Array(256);
for (let c = 97; c <= 122; c++) LETTER[c] = 1;
for (let c = 0xe0; c <= 0xff; c++) if (c !== 0xf7) LETTER[c] = 1;

/**
 * Whether `word` is the `len` characters of `text` from `start`: compared code by code, as a hash
 * hit's check (startsWith, a builtin call per word, was a third of the scan's time).
 */
export function sameWord(word: string, text: string, start: number, len: number): boolean {
  if (word.length !== len) return false;
  for (let j = 0; j < len; j++) if (word.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

/**
 * The first word of each family in the first `limit` characters of lower-cased text (words of 4
 * letters or more), for families `wanted` allows; stops as soon as every wanted family has its hit.
 */
export function matchStemFamilies(lower: string, wanted: (family: number) => boolean, limit = lower.length): StemHit[] {
  const hits: StemHit[] = [];
  let want = 0;
  for (let k = 0; k < STEM_FAMILIES.length; k++) if (wanted(k)) want |= 1 << k;
  if (!want) return hits;
  let table = (seen ??= emptySeen(FIRST_SLOTS));
  let entries = table.entries;
  let mask = table.mask;
  let i = 0;
  const n = Math.min(limit, lower.length);
  while (i < n) {
    // Character codes stay small integers (0 past the end, never NaN), so the loop keeps one type.
    let c = lower.charCodeAt(i);
    while (i < n && !(c < 256 && LETTER[c])) c = ++i < n ? lower.charCodeAt(i) : 0;
    const start = i;
    let hash = 0x811c9dc5;
    while (i < n && c < 256 && LETTER[c]) {
      hash = Math.imul(hash ^ c, 0x01000193);
      c = ++i < n ? lower.charCodeAt(i) : 0;
    }
    const len = i - start;
    if (len < 4) continue;
    hash &= 0x3fffffff;
    let slot = hash & mask;
    for (;;) {
      const h = entries[2 * slot];
      if (h === hash) {
        if (sameWord(table.word[slot], lower, start, len)) break;
      } else if (h !== -1) {
        slot = (slot + 1) & mask;
        continue;
      }
      // Not seen (or another word with the same hash, which this one replaces): stem it.
      if (h === -1 && ((table.stored + 1) * 2 > mask + 1 || table.stored >= CACHE_MAX)) {
        table = seen = grown(table);
        entries = table.entries;
        mask = table.mask;
        slot = hash & mask;
        while (entries[2 * slot] !== -1) slot = (slot + 1) & mask;
      }
      const word = detached(lower.slice(start, i));
      if (entries[2 * slot] === -1) table.stored++;
      entries[2 * slot] = hash;
      entries[2 * slot + 1] = familyOf(word);
      table.word[slot] = word;
      break;
    }
    const f = entries[2 * slot + 1];
    if (f >= 0 && want & (1 << f)) {
      want &= ~(1 << f);
      hits.push({ family: f, index: start, word: table.word[slot] });
      if (!want) break;
    }
  }
  return hits;
}
