// PatternSet: the first match of each of many regexes in lower-cased text — one scan finds where any of them can begin, each regex is tried only there.

import { buildAutomaton, scanStems, type Automaton } from './ahoCorasick';
import { literalNeeds, type LiteralNeeds } from './stems';

/*
 * Many alternations over the same text are slow in a backtracking engine (it tries every
 * alternative at every position). Most patterns begin with one of a few literal starts (stems), so
 * one Aho-Corasick scan lists every position where some pattern can begin, and a sticky copy of a
 * pattern is tried at its positions only, in text order. The answer is exactly the first match
 * `pattern.exec(text)` gives: every match begins with a stem, and a sticky try at a position
 * succeeds exactly when a search would match there. Alternatives without a literal start have a
 * literal they must contain (a gate): when a gate is in the text, the pattern is searched as usual,
 * and so is a pattern with neither.
 */

/** Shortest literal start worth scanning for: shorter ones occur so often that searching is cheaper. */
const MIN_STEM = 2;

type Groups<G extends string> = Record<G, readonly RegExp[]>;

/** Named groups of patterns scanned together; patterns with the i or u flag are always searched. */
export class PatternSet<G extends string> {
  readonly size: number;
  readonly ranges: Record<G, { from: number; to: number }>;
  readonly sticky: RegExp[];
  readonly searching: RegExp[];
  readonly needs: (LiteralNeeds | null)[];
  private automaton: Automaton | null = null;

  constructor(groups: Groups<G>) {
    const all: RegExp[] = [];
    const ranges = {} as Record<G, { from: number; to: number }>;
    for (const name of Object.keys(groups) as G[]) {
      ranges[name] = { from: all.length, to: all.length + groups[name].length };
      all.push(...groups[name]);
    }
    const flags = (p: RegExp, own: string) => `${p.flags.replace(/[gy]/g, '')}${own}`;
    this.size = all.length;
    this.ranges = ranges;
    this.sticky = all.map((p) => new RegExp(p.source, flags(p, 'y')));
    this.searching = all.map((p) => new RegExp(p.source, flags(p, 'g')));
    this.needs = all.map((p) => (/[iuv]/.test(p.flags) ? null : literalNeeds(p.source, MIN_STEM)));
  }

  /** Where each pattern can begin in `lower` (one pass); matches are resolved when asked for. */
  scan(lower: string): TextScan<G> {
    this.automaton ??= buildAutomaton(this.needs.map((n) => n?.stems ?? []));
    return new TextScan(this, lower, scanStems(this.automaton, this.size, lower));
  }
}

/** One text's candidate positions for every pattern of a set. */
export class TextScan<G extends string> {
  constructor(
    private readonly set: PatternSet<G>,
    readonly text: string,
    /** Ascending keys start * set.size + pattern. */
    private readonly keys: readonly number[],
  ) {}

  /**
   * The first match in this text of each pattern of a group (in the group's order), or null.
   * Patterns for which `wanted(i)` is false are not looked for (null).
   */
  firstMatches(group: G, wanted?: (i: number) => boolean): (RegExpExecArray | null)[] {
    const { set, text, keys } = this;
    const { from, to } = set.ranges[group];
    // undefined: not decided yet; null: no match (or not wanted).
    const found = new Array<RegExpExecArray | null | undefined>(to - from).fill(undefined);
    for (let p = from; p < to; p++) {
      if (wanted && !wanted(p - from)) found[p - from] = null;
      else if (mustSearch(set.needs[p], text)) {
        const re = set.searching[p];
        re.lastIndex = 0;
        found[p - from] = re.exec(text);
      }
    }
    const n = set.size;
    for (let k = 0; k < keys.length; k++) {
      const p = keys[k] % n;
      if (p < from || p >= to || found[p - from] !== undefined || keys[k] === keys[k - 1]) continue;
      const re = set.sticky[p];
      re.lastIndex = (keys[k] - p) / n;
      const m = re.exec(text);
      if (m) found[p - from] = m;
    }
    for (let i = 0; i < found.length; i++) found[i] ??= null;
    return found as (RegExpExecArray | null)[];
  }

  /** The scan of this text, a line break and the other text (no stem holds a line break, so none spans the join). */
  join(other: TextScan<G>): TextScan<G> {
    const n = this.set.size;
    const shift = (this.text.length + 1) * n;
    const keys = other.keys.length === 0 ? this.keys : this.keys.concat(other.keys.map((k) => k + shift));
    return new TextScan(this.set, `${this.text}\n${other.text}`, keys);
  }
}

function mustSearch(needs: LiteralNeeds | null, text: string): boolean {
  return needs === null || needs.gates.some((g) => text.includes(g));
}
