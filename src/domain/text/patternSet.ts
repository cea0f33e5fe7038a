// PatternSet: the first match of each of many regexes in lower-cased text — one scan finds where any of them can begin, each regex is tried only there.

import { buildAutomaton, scanStems, type Automaton } from './ahoCorasick';
import { literalNeeds, topLevelAlternatives, type LiteralNeeds } from './stems';
import { followsWordChar, LEADING_BOUNDARY } from './words';

/*
 * Many alternations over the same text are slow in a backtracking engine (it tries every
 * alternative at every position). Most patterns begin with one of a few literal starts (stems), so
 * one Aho-Corasick scan lists every position where some pattern can begin, and a sticky copy of a
 * pattern is tried at its positions only, in text order. The answer is exactly the first match
 * `pattern.exec(text)` gives: every match begins with a stem, and a sticky try at a position
 * succeeds exactly when a search would match there. Alternatives without a literal start have a
 * literal they must contain (a gate, which the same scan finds): when a gate is in the text, the
 * pattern is searched as usual, and so is a pattern with neither.
 */

/** Shortest literal start worth scanning for: shorter ones occur so often that searching is cheaper. */
const MIN_STEM = 2;

type Groups<G extends string> = Record<G, readonly RegExp[]>;

/**
 * Texts a set answers by plain search before it builds its automaton. Building it (the literal starts
 * of every pattern, the trie, the transition table) costs tens of milliseconds in a cold page, more
 * than searching a few texts: the task pane's first verdict (a warm-up and one message, two texts
 * each) is answered without it; a mailbox's messages pay for it once from the fifth text on.
 */
const SEARCHED_TEXTS = 4;

/** The sticky regexes and literal needs, made when the automaton is first needed. */
interface Compiled {
  sticky: RegExp[];
  needs: (LiteralNeeds | null)[];
  /**
   * Per pattern: 0 when its literal starts alone say where it can match, -1 when it is always
   * searched, else the bits of its gates (searched when one of them is in the text).
   */
  gateBits: Int32Array;
  /**
   * Key stride: room for the patterns, then one pseudo-pattern per distinct gate (whose keys say the
   * gate is in the text), rounded up to a power of two so a key's pattern is a mask (`& (stride - 1)`,
   * exact for every integer key): every group's firstMatches looks at every key, and `%` was most of
   * that walk's cost.
   */
  stride: number;
  /** 1 for a pattern every alternative of which begins with wordRe's leading boundary: no try after a word character. */
  leading: Uint8Array;
  automaton: Automaton;
}

/** Gates the automaton finds (bits of an int); a set with more has its patterns with gates searched. */
const MAX_GATES = 30;

/** The distinct gates, and per pattern the bits of its gates (-1: searched in every text). */
function gatesOf(needs: readonly (LiteralNeeds | null)[]): { gates: string[]; gateBits: Int32Array } {
  const gates: string[] = [];
  for (const n of needs) for (const g of n?.gates ?? []) if (!gates.includes(g)) gates.push(g);
  // An empty gate is in every text; one with a line break could span the join of two scans.
  const usable = gates.length <= MAX_GATES && gates.every((g) => g.length > 0 && !g.includes('\n'));
  const gateBits = Int32Array.from(needs, (n) => {
    if (n === null) return -1;
    if (n.gates.length === 0) return 0;
    return usable ? n.gates.reduce((bits, g) => bits | (1 << gates.indexOf(g)), 0) : -1;
  });
  return { gates: usable ? gates : [], gateBits };
}

const flags = (p: RegExp, own: string) => `${p.flags.replace(/[gy]/g, '')}${own}`;

/** Every set made so far (weakly: a profile's own set goes with its profile), for buildPatternAutomata. */
const made: WeakRef<PatternSet<string>>[] = [];

/**
 * Builds every set's automaton now, for a caller with idle time (the task pane after its first
 * verdict), so the next messages' verdicts do not pay for it. Returns how many sets have one.
 */
export function buildPatternAutomata(): number {
  let built = 0;
  for (const ref of made) {
    const set = ref.deref();
    if (!set) continue;
    set.compiled();
    built += 1;
  }
  return built;
}

/** Named groups of patterns scanned together; patterns with the i or u flag are always searched. */
export class PatternSet<G extends string> {
  readonly size: number;
  readonly ranges: Record<G, { from: number; to: number }>;
  private readonly patterns: RegExp[];
  /** Search copies (global flag), each made when its pattern is first searched. */
  private readonly searchCopies: (RegExp | undefined)[];
  private compiledSet: Compiled | null = null;
  private searchedTexts = 0;
  private readonly searchFirst: number;

  /** `searchFirst`: how many texts to answer by plain search before building the automaton. */
  constructor(groups: Groups<G>, options: { searchFirst?: number } = {}) {
    const all: RegExp[] = [];
    const ranges = {} as Record<G, { from: number; to: number }>;
    for (const name of Object.keys(groups) as G[]) {
      ranges[name] = { from: all.length, to: all.length + groups[name].length };
      all.push(...groups[name]);
    }
    this.size = all.length;
    this.ranges = ranges;
    this.patterns = all;
    this.searchCopies = new Array<RegExp | undefined>(all.length);
    this.searchFirst = options.searchFirst ?? SEARCHED_TEXTS;
    // Runtimes without WeakRef (Outlook's older JavaScript-only runtime for the launch event) never call buildPatternAutomata.
    if (typeof WeakRef === 'function') made.push(new WeakRef(this as PatternSet<string>));
  }

  /** Where each pattern can begin in `lower` (one pass); matches are resolved when asked for. */
  scan(lower: string): TextScan<G> {
    if (this.compiledSet === null && this.searchedTexts < this.searchFirst) {
      this.searchedTexts += 1;
      return new TextScan(this, lower, null);
    }
    return new TextScan(this, lower, this.scanKeys(lower));
  }

  /** The automaton's keys for `text` (builds it when needed). */
  scanKeys(text: string): number[] {
    const c = this.compiled();
    return scanStems(c.automaton, c.stride, text);
  }

  /** Pattern `p`'s first match in `text`, searched from the start. */
  search(p: number, text: string): RegExpExecArray | null {
    const re = (this.searchCopies[p] ??= new RegExp(this.patterns[p].source, flags(this.patterns[p], 'g')));
    re.lastIndex = 0;
    return re.exec(text);
  }

  /** Whether the automaton has been built (by the fifth text, or buildPatternAutomata). */
  get built(): boolean {
    return this.compiledSet !== null;
  }

  compiled(): Compiled {
    if (this.compiledSet) return this.compiledSet;
    const all = this.patterns;
    const needs = all.map((p) => (/[iuv]/.test(p.flags) ? null : literalNeeds(p.source, MIN_STEM)));
    const { gates, gateBits } = gatesOf(needs);
    const stride = powerOfTwoAtLeast(all.length + gates.length);
    this.compiledSet = {
      sticky: all.map((p) => new RegExp(p.source, flags(p, 'y'))),
      needs,
      gateBits,
      stride,
      leading: Uint8Array.from(all, (p) => (topLevelAlternatives(p.source).every((alt) => alt.startsWith(LEADING_BOUNDARY)) ? 1 : 0)),
      automaton: buildAutomaton([...needs.map((n) => n?.stems ?? []), ...gates.map((g) => [g])]),
    };
    return this.compiledSet;
  }
}

/** One text's candidate positions for every pattern of a set (null: the text is answered by search). */
export class TextScan<G extends string> {
  constructor(
    private readonly set: PatternSet<G>,
    readonly text: string,
    /** Ascending keys start * stride + pattern (the gates' pseudo-patterns after the patterns); null when every pattern is searched. */
    private readonly keys: readonly number[] | null,
  ) {}

  /**
   * The first match in this text of each pattern of a group (in the group's order), or null.
   * Patterns for which `wanted(i)` is false are not looked for (null).
   */
  firstMatches(group: G, wanted?: (i: number) => boolean): (RegExpExecArray | null)[] {
    const { set, text, keys } = this;
    const { from, to } = set.ranges[group];
    if (keys === null) {
      const found = new Array<RegExpExecArray | null>(to - from);
      for (let p = from; p < to; p++) found[p - from] = wanted && !wanted(p - from) ? null : set.search(p, text);
      return found;
    }
    const { sticky, gateBits, stride, leading } = set.compiled();
    const mask = stride - 1;
    const count = to - from;
    let present = -1;
    // undefined: not decided yet; null: no match (or not wanted).
    const found = new Array<RegExpExecArray | null | undefined>(count);
    let open = 0;
    for (let i = 0; i < count; i++) {
      const p = from + i;
      const bits = gateBits[p];
      if (wanted !== undefined && !wanted(i)) found[i] = null;
      else if (bits !== 0 && (bits === -1 || bits & (present === -1 ? (present = gatesIn(keys, set.size, mask)) : present))) found[i] = set.search(p, text);
      else {
        found[i] = undefined;
        open++;
      }
    }
    for (let k = 0; open > 0 && k < keys.length; k++) {
      const key = keys[k];
      const p = key & mask;
      if (p < from || p >= to || found[p - from] !== undefined || key === keys[k - 1]) continue;
      const at = (key - p) / stride;
      // The boundary fails after a letter (a stem inside a word): no call into the regex for that.
      if (leading[p] === 1 && followsWordChar(text, at)) continue;
      const re = sticky[p];
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) {
        found[p - from] = m;
        open--;
      }
    }
    for (let i = 0; i < count; i++) if (found[i] === undefined) found[i] = null;
    return found as (RegExpExecArray | null)[];
  }

  /** The scan of this text, a line break and the other text (no stem holds a line break, so none spans the join). */
  join(other: TextScan<G>): TextScan<G> {
    const joined = `${this.text}\n${other.text}`;
    if (this.keys === null || other.keys === null) return new TextScan(this.set, joined, this.keys === null && other.keys === null ? null : this.set.scanKeys(joined));
    const shift = (this.text.length + 1) * this.set.compiled().stride;
    const keys = other.keys.length === 0 ? this.keys : this.keys.concat(other.keys.map((k) => k + shift));
    return new TextScan(this.set, joined, keys);
  }
}

/** The smallest power of two that is at least `n` (1 for 0 or 1). */
export function powerOfTwoAtLeast(n: number): number {
  let power = 1;
  while (power < n) power *= 2;
  return power;
}

/** The bits of the gates whose keys are among `keys` (gate g's pseudo-pattern is size + g; `mask` is stride - 1). */
function gatesIn(keys: readonly number[], size: number, mask: number): number {
  let bits = 0;
  for (let k = 0; k < keys.length; k++) {
    const p = keys[k] & mask;
    if (p >= size) bits |= 1 << (p - size);
  }
  return bits;
}
