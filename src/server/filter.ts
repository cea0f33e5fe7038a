// OData $filter: a small tokenizer and parser for the subset Graph accepts on mail, and its evaluation.

import { badRequest } from './errors';

export type Literal = string | number | boolean | null | { datetime: number };

export type FilterNode =
  | { k: 'cmp'; path: string[]; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; value: Literal; exact?: boolean }
  | { k: 'fn'; name: 'contains' | 'startswith' | 'endswith'; path: string[]; value: string }
  | { k: 'any'; path: string[]; variable: string; body: FilterNode }
  | { k: 'and' | 'or'; a: FilterNode; b: FilterNode }
  | { k: 'not'; a: FilterNode };

type Token = { t: 'str'; v: string } | { t: 'word'; v: string } | { t: 'punct'; v: string };

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const invalid = (why: string) => badRequest('BadRequest', `Invalid filter clause: ${why}`);

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= text.length) throw invalid('unterminated string literal.');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += text[i++];
      }
      out.push({ t: 'str', v });
    } else if ('()/,:'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else {
      let j = i;
      while (j < text.length && !" \t()/,':".includes(text[j]!)) j++;
      // Date-times hold ':' — take them whole.
      const rest = /^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2})?/.exec(text.slice(i));
      if (rest) j = i + rest[0].length;
      out.push({ t: 'word', v: text.slice(i, j) });
      i = j;
    }
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos < this.tokens.length) throw invalid(`unexpected '${this.tokens[this.pos]!.v}'.`);
    return node;
  }

  private peekWord(word: string): boolean {
    const t = this.tokens[this.pos];
    return t?.t === 'word' && t.v.toLowerCase() === word;
  }

  private expect(punct: string): void {
    const t = this.tokens[this.pos++];
    if (t?.t !== 'punct' || t.v !== punct) throw invalid(`expected '${punct}'.`);
  }

  private or(): FilterNode {
    let node = this.and();
    while (this.peekWord('or')) {
      this.pos++;
      node = { k: 'or', a: node, b: this.and() };
    }
    return node;
  }

  private and(): FilterNode {
    let node = this.unary();
    while (this.peekWord('and')) {
      this.pos++;
      node = { k: 'and', a: node, b: this.unary() };
    }
    return node;
  }

  private unary(): FilterNode {
    if (this.peekWord('not')) {
      this.pos++;
      return { k: 'not', a: this.unary() };
    }
    return this.primary();
  }

  private path(): string[] {
    const parts: string[] = [];
    for (;;) {
      const t = this.tokens[this.pos++];
      if (t?.t !== 'word') throw invalid('expected a property.');
      parts.push(t.v);
      const next = this.tokens[this.pos];
      const after = this.tokens[this.pos + 1];
      if (next?.t === 'punct' && next.v === '/' && after?.t === 'word' && !/^(any|all)$/i.test(after.v)) {
        this.pos++;
        continue;
      }
      return parts;
    }
  }

  private literal(): Literal {
    const t = this.tokens[this.pos++];
    if (!t) throw invalid('expected a value.');
    if (t.t === 'str') return t.v;
    if (t.t !== 'word') throw invalid(`unexpected '${t.v}'.`);
    const v = t.v;
    if (v === 'true' || v === 'false') return v === 'true';
    if (v === 'null') return null;
    if (DATETIME_RE.test(v)) {
      const ms = Date.parse(v);
      if (Number.isNaN(ms)) throw invalid(`'${v}' is not a date-time.`);
      return { datetime: ms };
    }
    if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    throw invalid(`'${v}' is not a literal.`);
  }

  private primary(): FilterNode {
    const t = this.tokens[this.pos];
    if (t?.t === 'punct' && t.v === '(') {
      this.pos++;
      const node = this.or();
      this.expect(')');
      return node;
    }
    const fn = t?.t === 'word' ? t.v.toLowerCase() : '';
    const open = this.tokens[this.pos + 1];
    if ((fn === 'contains' || fn === 'startswith' || fn === 'endswith') && open?.t === 'punct' && open.v === '(') {
      this.pos += 2;
      const path = this.path();
      this.expect(',');
      const value = this.literal();
      if (typeof value !== 'string') throw invalid(`${fn} takes a string.`);
      this.expect(')');
      return { k: 'fn', name: fn, path, value };
    }
    const path = this.path();
    const slash = this.tokens[this.pos];
    if (slash?.t === 'punct' && slash.v === '/') {
      const word = this.tokens[this.pos + 1];
      if (word?.t === 'word' && word.v.toLowerCase() === 'any') {
        this.pos += 2;
        this.expect('(');
        const variable = this.tokens[this.pos++];
        if (variable?.t !== 'word') throw invalid('expected a lambda variable.');
        this.expect(':');
        const body = this.or();
        this.expect(')');
        return { k: 'any', path, variable: variable.v, body };
      }
      throw invalid('only any() lambdas are supported.');
    }
    const op = this.tokens[this.pos++];
    const name = op?.t === 'word' ? op.v.toLowerCase() : '';
    if (!['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(name)) throw invalid(`expected an operator after '${path.join('/')}'.`);
    return { k: 'cmp', path, op: name as 'eq', value: this.literal() };
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text)).parse();
}

/** Top-level property paths in order of appearance (for Graph's $orderby rule). */
export function filterProperties(node: FilterNode, out: string[] = []): string[] {
  const stack: FilterNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.k === 'and' || n.k === 'or') stack.push(n.b, n.a);
    else if (n.k === 'not') stack.push(n.a);
    else if (n.k === 'cmp' || n.k === 'fn' || n.k === 'any') {
      const key = n.path.join('/').toLowerCase();
      if (!out.includes(key)) out.push(key);
    }
  }
  return out;
}

type Scope = Record<string, unknown>;

function resolve(root: unknown, path: string[], scope: Scope): unknown {
  let value: unknown = root;
  let parts = path;
  const head = path[0]!;
  if (head in scope) {
    value = scope[head];
    parts = path.slice(1);
  }
  for (const p of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    const obj = value as Record<string, unknown>;
    const key = Object.keys(obj).find((k) => k.toLowerCase() === p.toLowerCase());
    value = key === undefined ? undefined : obj[key];
  }
  return value;
}

function compare(actual: unknown, op: string, expected: Literal, exact: boolean): boolean {
  let a: unknown = actual;
  let b: unknown = expected;
  if (exact) {
    // exact comparisons are prepared on canonical values (extended-property ids)
  } else if (expected !== null && typeof expected === 'object') {
    a = typeof actual === 'string' ? Date.parse(actual) : NaN;
    b = expected.datetime;
  } else if (typeof actual === 'string' && typeof expected === 'string') {
    a = actual.toLowerCase();
    b = expected.toLowerCase();
  }
  if (a === undefined) a = null;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    default: {
      if (a === null || b === null || typeof a !== typeof b) return false;
      const x = a as number | string;
      const y = b as number | string;
      return op === 'gt' ? x > y : op === 'ge' ? x >= y : op === 'lt' ? x < y : x <= y;
    }
  }
}

export function evaluate(node: FilterNode, root: unknown, scope: Scope = {}): boolean {
  switch (node.k) {
    case 'and':
      return evaluate(node.a, root, scope) && evaluate(node.b, root, scope);
    case 'or':
      return evaluate(node.a, root, scope) || evaluate(node.b, root, scope);
    case 'not':
      return !evaluate(node.a, root, scope);
    case 'cmp':
      return compare(resolve(root, node.path, scope), node.op, node.value, node.exact === true);
    case 'fn': {
      const v = resolve(root, node.path, scope);
      if (typeof v !== 'string') return false;
      const hay = v.toLowerCase();
      const needle = node.value.toLowerCase();
      return node.name === 'contains' ? hay.includes(needle) : node.name === 'startswith' ? hay.startsWith(needle) : hay.endsWith(needle);
    }
    case 'any': {
      const items = resolve(root, node.path, scope);
      if (!Array.isArray(items)) return false;
      return items.some((item) => evaluate(node.body, root, { ...scope, [node.variable]: item }));
    }
  }
}
