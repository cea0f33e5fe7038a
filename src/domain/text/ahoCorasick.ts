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
  const symbols = new Uint16Array(65536);
  let width = 1;
  let maxStates = 1;
  for (const list of stems) {
    for (const stem of list) {
      maxStates += stem.length;
      for (let i = 0; i < stem.length; i++) {
        const c = stem.charCodeAt(i);
        if (symbols[c] === 0) symbols[c] = width++;
      }
    }
  }
  // The trie of the stems, built in the transition table itself (-1: no child yet); state s's
  // outputs are the [pattern, stem length] pairs outPatterns[s][k], outLengths[s][k]. Plain loops, no
  // closures or destructuring: this runs once per set, cold, mostly in the interpreter, where a
  // destructured closure per output pair made the three sets cost 162 ms of CPU, now 135.
  const trie = new Int32Array(maxStates * width).fill(-1);
  const outPatterns: number[][] = [[]];
  const outLengths: number[][] = [[]];
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
  // Breadth first: each state's failure state is already complete, so missing transitions copy it.
  const states = outPatterns.length;
  const next = trie.subarray(0, states * width); // worked in place, copied once below
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = queue[head];
    for (let sym = 0; sym < width; sym++) {
      const t = next[s * width + sym];
      if (t < 0) {
        next[s * width + sym] = s === 0 ? 0 : next[fail[s] * width + sym];
        continue;
      }
      const f = s === 0 ? 0 : next[fail[s] * width + sym];
      fail[t] = f;
      // The failure state's outputs end here too (each pair once, after the state's own).
      const patterns = outPatterns[t];
      const lengths = outLengths[t];
      for (let k = 0; k < outPatterns[f].length; k++) {
        const p = outPatterns[f][k];
        const l = outLengths[f][k];
        let known = false;
        for (let m = 0; m < patterns.length && !known; m++) known = patterns[m] === p && lengths[m] === l;
        if (!known) {
          patterns.push(p);
          lengths.push(l);
        }
      }
      queue[tail++] = t;
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + outPatterns[s].length;
  // The table, with the states where stems end inverted; 16-bit when the states fit (half the table,
  // which other work keeps pushing out of the cache).
  const table = states <= 32767 ? new Int16Array(next.length) : new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const t = next[i];
    table[i] = outStart[t + 1] !== outStart[t] ? ~t : t;
  }
  const outPattern = new Int32Array(outStart[states]);
  const outLength = new Int32Array(outStart[states]);
  for (let s = 0; s < states; s++) {
    for (let k = 0; k < outPatterns[s].length; k++) {
      outPattern[outStart[s] + k] = outPatterns[s][k];
      outLength[outStart[s] + k] = outLengths[s][k];
    }
  }
  return { symbols, width, next: table, outStart, outPattern, outLength };
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
