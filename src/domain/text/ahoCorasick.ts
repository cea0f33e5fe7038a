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
  // The trie of the stems, built in the transition table itself (-1: no child yet);
  // outputs[s] lists [pattern, stem length] pairs ending in state s.
  const trie = new Int32Array(maxStates * width).fill(-1);
  const outputs: [number, number][][] = [[]];
  stems.forEach((list, pattern) => {
    for (const stem of list) {
      let s = 0;
      for (let i = 0; i < stem.length; i++) {
        const at = s * width + symbols[stem.charCodeAt(i)];
        if (trie[at] < 0) {
          trie[at] = outputs.length;
          outputs.push([]);
        }
        s = trie[at];
      }
      if (!outputs[s].some(([p]) => p === pattern)) outputs[s].push([pattern, stem.length]);
    }
  });
  // Breadth first: each state's failure state is already complete, so missing transitions copy it.
  const states = outputs.length;
  const next = trie.slice(0, states * width);
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
      fail[t] = s === 0 ? 0 : next[fail[s] * width + sym];
      for (const out of outputs[fail[t]]) if (!outputs[t].some(([p, l]) => p === out[0] && l === out[1])) outputs[t].push(out);
      queue[tail++] = t;
    }
  }
  for (let i = 0; i < next.length; i++) next[i] = outputs[next[i]].length ? ~next[i] : next[i];
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + outputs[s].length;
  const outPattern = new Int32Array(outStart[states]);
  const outLength = new Int32Array(outStart[states]);
  outputs.forEach((list, s) => list.forEach(([p, l], k) => {
    outPattern[outStart[s] + k] = p;
    outLength[outStart[s] + k] = l;
  }));
  // States as 16-bit numbers when they fit: half the table, which other work keeps pushing out of the cache.
  return { symbols, width, next: states <= 32767 ? Int16Array.from(next) : next, outStart, outPattern, outLength };
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
