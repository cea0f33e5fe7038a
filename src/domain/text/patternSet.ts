// PatternSet: the first match of each of many regexes in lower-cased text — one scan finds where any of them can begin, each regex is tried only there.

import { patternStems } from './stems';

/**
 * Many alternations over the same text are slow in a backtracking engine (it tries every
 * alternative at every position). Most of these patterns begin with one of a few literal starts
 * (patternStems), so one Aho-Corasick scan over the text lists every position where a pattern can
 * begin, and a sticky copy of the pattern is tried at those positions only, in text order. The
 * answer is exactly the first match `pattern.exec(text)` would give: every match begins with a
 * stem, and a sticky try at a position succeeds exactly when a search would match there.
 * A pattern without literal starts is simply searched.
 */
/** Shortest literal start worth scanning for: shorter ones occur so often that searching is cheaper. */
const MIN_STEM = 2;

export class PatternSet {
  private readonly sticky: RegExp[];
  private readonly searching: RegExp[];
  private readonly stems: (string[] | null)[];
  private automaton: Automaton | null = null;
  /** Candidate keys (start * patterns + pattern) of the current scan; reused between scans. */
  private keys = new Float64Array(256);

  constructor(patterns: readonly RegExp[]) {
    this.sticky = patterns.map((p) => new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}y`));
    this.searching = patterns.map((p) => new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}g`));
    this.stems = patterns.map((p) => patternStems(p.source, MIN_STEM));
  }

  /** For each pattern (same order as given), its first match in `lower`, or null. */
  firstMatches(lower: string): (RegExpExecArray | null)[] {
    const n = this.sticky.length;
    const found: (RegExpExecArray | null)[] = new Array<RegExpExecArray | null>(n).fill(null);
    for (let p = 0; p < n; p++) {
      if (this.stems[p]) continue;
      const re = this.searching[p];
      re.lastIndex = 0;
      found[p] = re.exec(lower);
    }
    const count = this.scan(lower);
    if (count === 0) return found;
    const keys = this.keys.subarray(0, count).sort();
    let previous = -1;
    for (let k = 0; k < count; k++) {
      const key = keys[k];
      if (key === previous) continue;
      previous = key;
      const p = key % n;
      if (found[p]) continue;
      const re = this.sticky[p];
      re.lastIndex = (key - p) / n;
      found[p] = re.exec(lower);
    }
    return found;
  }

  /** Writes a key for every stem occurrence into this.keys; answers how many. */
  private scan(lower: string): number {
    const a = (this.automaton ??= buildAutomaton(this.stems));
    const { symbols, width, next, outStart, outPattern, outLength } = a;
    const n = this.sticky.length;
    let count = 0;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      state = next[state * width + (c < 256 ? symbols[c] : 0)];
      const end = outStart[state + 1];
      for (let o = outStart[state]; o < end; o++) {
        if (count === this.keys.length) {
          const grown = new Float64Array(count * 2);
          grown.set(this.keys);
          this.keys = grown;
        }
        this.keys[count++] = (i + 1 - outLength[o]) * n + outPattern[o];
      }
    }
    return count;
  }
}

interface Automaton {
  /** Character code (< 256) to symbol; 0 for characters in no stem. */
  symbols: Uint16Array;
  width: number;
  /** Next state for state * width + symbol (a complete DFA: no failure links at scan time). */
  next: Int32Array;
  /** Stems ending in a state: outPattern/outLength[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outPattern: Int32Array;
  outLength: Int32Array;
}

/** Aho-Corasick automaton over every stem, compiled to a transition table. */
function buildAutomaton(stems: readonly (string[] | null)[]): Automaton {
  const symbols = new Uint16Array(256);
  let width = 1;
  for (const list of stems) {
    for (const stem of list ?? []) {
      for (let i = 0; i < stem.length; i++) {
        const c = stem.charCodeAt(i);
        if (c >= 256) throw new Error(`PatternSet: stem character outside Latin-1 in "${stem}"`);
        if (symbols[c] === 0) symbols[c] = width++;
      }
    }
  }
  // Trie of the stems; outputs[s] lists [pattern, stem length] pairs ending in state s.
  const children: Map<number, number>[] = [new Map()];
  const outputs: [number, number][][] = [[]];
  stems.forEach((list, pattern) => {
    for (const stem of list ?? []) {
      let s = 0;
      for (let i = 0; i < stem.length; i++) {
        const sym = symbols[stem.charCodeAt(i)];
        let t = children[s].get(sym);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          outputs.push([]);
          children[s].set(sym, t);
        }
        s = t;
      }
      if (!outputs[s].some(([p]) => p === pattern)) outputs[s].push([pattern, stem.length]);
    }
  });
  // Breadth first: each state's failure state is already complete, so missing transitions copy it.
  const states = children.length;
  const next = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (let sym = 0; sym < width; sym++) {
      const t = children[s].get(sym);
      if (t === undefined) {
        next[s * width + sym] = s === 0 ? 0 : next[fail[s] * width + sym];
        continue;
      }
      fail[t] = s === 0 ? 0 : next[fail[s] * width + sym];
      for (const out of outputs[fail[t]]) if (!outputs[t].some(([p, l]) => p === out[0] && l === out[1])) outputs[t].push(out);
      next[s * width + sym] = t;
      queue.push(t);
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + outputs[s].length;
  const outPattern = new Int32Array(outStart[states]);
  const outLength = new Int32Array(outStart[states]);
  outputs.forEach((list, s) => list.forEach(([p, l], k) => {
    outPattern[outStart[s] + k] = p;
    outLength[outStart[s] + k] = l;
  }));
  return { symbols, width, next, outStart, outPattern, outLength };
}
