// Aho-Corasick automaton: every occurrence of many short strings in one pass over a text, as a transition table.

export interface Automaton {
  /** Character code to symbol, for every UTF-16 code (no range check in the scan loop); 0 for characters in no stem. */
  symbols: Uint16Array;
  width: number;
  /**
   * The transition table of a complete DFA (no failure links at scan time), indexed by
   * state * width + symbol. Entries hold the next state, bit-inverted (negative) when stems end in
   * that state, so the scan loop tests one sign; 16-bit when the states fit.
   */
  next: Int16Array | Int32Array;
  /** Stems ending in a state: outPattern/outLength[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outPattern: Int32Array;
  outLength: Int32Array;
}

/** The automaton over the stems of each pattern (a pattern's index is reported with its stems). */
export function buildAutomaton(stems: readonly (readonly string[])[]): Automaton {
  // Each phase is a function of its own: this runs once per set, cold, and a small function's loop is
  // compiled while it runs (on-stack replacement) sooner and in a few milliseconds, from feedback its own
  // phase has given. One function with every phase ran longer in the interpreter and was compiled whole,
  // up to four times (13–51 ms a compile; a deoptimisation where a later phase had given no feedback yet).
  const symbols = new Uint16Array(65536);
  const { width, maxStates } = numberSymbols(stems, symbols);
  // The trie of the stems, built in the transition table itself (-1: no child yet); state s's
  // outputs are the [pattern, stem length] pairs outPatterns[s][k], outLengths[s][k].
  const trie = new Int32Array(maxStates * width).fill(-1);
  const outPatterns: number[][] = [[]];
  const outLengths: number[][] = [[]];
  buildTrie(stems, symbols, width, trie, outPatterns, outLengths);
  const states = outPatterns.length;
  const next = trie.subarray(0, states * width); // worked in place, copied once below
  completeTransitions(next, width, states, outPatterns, outLengths);
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + outPatterns[s].length;
  // The table, with the states where stems end inverted; 16-bit when the states fit (half the table,
  // which other work keeps pushing out of the cache).
  const table = states <= 32767 ? new Int16Array(next.length) : new Int32Array(next.length);
  invertEndStates(next, outStart, table);
  const outPattern = new Int32Array(outStart[states]);
  const outLength = new Int32Array(outStart[states]);
  flattenOutputs(outPatterns, outLengths, outStart, outPattern, outLength);
  return { symbols, width, next: table, outStart, outPattern, outLength };
}

/** Numbers the stems' characters from 1 in `symbols`; the table's width and an upper bound of its states. */
function numberSymbols(stems: readonly (readonly string[])[], symbols: Uint16Array): { width: number; maxStates: number } {
  let width = 1;
  let maxStates = 1;
  for (let p = 0; p < stems.length; p++) {
    const list = stems[p];
    for (let j = 0; j < list.length; j++) {
      const stem = list[j];
      maxStates += stem.length;
      for (let i = 0; i < stem.length; i++) {
        const c = stem.charCodeAt(i);
        if (symbols[c] === 0) symbols[c] = width++;
      }
    }
  }
  return { width, maxStates };
}

/**
 * Adds each stem's path to the trie (plain loops, no closures or destructuring: a destructured
 * closure per output pair made the three sets cost 162 ms of CPU, then 135).
 */
function buildTrie(stems: readonly (readonly string[])[], symbols: Uint16Array, width: number, trie: Int32Array, outPatterns: number[][], outLengths: number[][]): void {
  for (let pattern = 0; pattern < stems.length; pattern++) {
    const list = stems[pattern];
    for (let j = 0; j < list.length; j++) {
      const stem = list[j];
      let s = 0;
      for (let i = 0; i < stem.length; i++) {
        const at = s * width + symbols[stem.charCodeAt(i)];
        if (trie[at] < 0) {
          trie[at] = outPatterns.length;
          outPatterns.push([]);
          outLengths.push([]);
        }
        s = trie[at];
      }
      if (!outPatterns[s].includes(pattern)) {
        outPatterns[s].push(pattern);
        outLengths[s].push(stem.length);
      }
    }
  }
}

/** Breadth first: each state's failure state is already complete, so missing transitions copy it. */
function completeTransitions(next: Int32Array, width: number, states: number, outPatterns: number[][], outLengths: number[][]): void {
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = queue[head];
    const row = s * width;
    const failRow = fail[s] * width;
    for (let sym = 0; sym < width; sym++) {
      const t = next[row + sym];
      if (t < 0) {
        next[row + sym] = s === 0 ? 0 : next[failRow + sym];
        continue;
      }
      const f = s === 0 ? 0 : next[failRow + sym];
      fail[t] = f;
      if (outPatterns[f].length !== 0) inheritOutputs(outPatterns[t], outLengths[t], outPatterns[f], outLengths[f]);
      queue[tail++] = t;
    }
  }
}

/** The failure state's outputs end in its state too: each pair once, after the state's own. */
function inheritOutputs(patterns: number[], lengths: number[], fromPatterns: readonly number[], fromLengths: readonly number[]): void {
  for (let k = 0; k < fromPatterns.length; k++) {
    const p = fromPatterns[k];
    const l = fromLengths[k];
    let known = false;
    for (let m = 0; m < patterns.length && !known; m++) known = patterns[m] === p && lengths[m] === l;
    if (!known) {
      patterns.push(p);
      lengths.push(l);
    }
  }
}

/** `next` copied into `table` with every state where stems end bit-inverted. */
function invertEndStates(next: Int32Array, outStart: Int32Array, table: Int16Array | Int32Array): void {
  for (let i = 0; i < next.length; i++) {
    const t = next[i];
    table[i] = outStart[t + 1] !== outStart[t] ? ~t : t;
  }
}

/** Each state's output pairs, laid out from outStart[state]. */
function flattenOutputs(outPatterns: readonly number[][], outLengths: readonly number[][], outStart: Int32Array, outPattern: Int32Array, outLength: Int32Array): void {
  for (let s = 0; s < outPatterns.length; s++) {
    const patterns = outPatterns[s];
    const lengths = outLengths[s];
    for (let k = 0; k < patterns.length; k++) {
      outPattern[outStart[s] + k] = patterns[k];
      outLength[outStart[s] + k] = lengths[k];
    }
  }
}

/**
 * Every occurrence of a stem in `text`, as keys `start * patterns + pattern` in ascending order.
 * Stems are found where they end, so a longer stem may start before a shorter one found earlier:
 * each key is inserted back past the few larger ones.
 */
export function scanStems(a: Automaton, patterns: number, text: string): number[] {
  const { symbols, width, next, outStart, outPattern, outLength } = a;
  const keys: number[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = next[state * width + symbols[text.charCodeAt(i)]];
    if (state >= 0) continue;
    state = ~state;
    const end = outStart[state + 1];
    for (let o = outStart[state]; o < end; o++) {
      const key = (i + 1 - outLength[o]) * patterns + outPattern[o];
      let k = keys.length;
      keys.push(key);
      for (; k > 0 && keys[k - 1] > key; k--) keys[k] = keys[k - 1];
      keys[k] = key;
    }
  }
  return keys;
}
