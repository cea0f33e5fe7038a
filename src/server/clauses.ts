// A small OData `$filter` reader for the admin APIs: `prop op value` clauses joined by `and` (all they accept).

import { badRequest } from './errors';

export type ClauseOp = 'eq' | 'ne' | 'ge' | 'gt' | 'le' | 'lt';

export interface Clause {
  prop: string;
  op: ClauseOp;
  value: string | number | boolean | null;
}

const CLAUSE = /^\s*([A-Za-z_][\w/]*)\s+(eq|ne|ge|gt|le|lt)\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?(?![\d:T-])|true|false|null|\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))\s*$/i;

function splitAnd(filter: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i]!;
    if (ch === "'") quoted = !quoted;
    if (!quoted && /^\s+and\s+/i.test(filter.slice(i)) && /\s/.test(ch)) {
      const m = /^\s+and\s+/i.exec(filter.slice(i))!;
      parts.push(current);
      current = '';
      i += m[0].length - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** Parses `a eq 'x' and b ge 2026-01-01T00:00:00Z`; anything else is Graph's 400 for an unsupported filter. */
export function parseClauses(filter: string | null): Clause[] {
  if (filter === null) return [];
  if (!filter.trim()) throw badRequest('BadRequest', 'Invalid filter clause: the filter is empty.');
  return splitAnd(filter).map((part) => {
    const m = CLAUSE.exec(part);
    if (!m) throw badRequest('BadRequest', `Invalid filter clause: '${part.trim().slice(0, 80)}' is not supported by this API.`);
    const raw = m[3]!;
    let value: Clause['value'];
    if (raw.startsWith("'")) value = raw.slice(1, -1).replace(/''/g, "'");
    else if (/^(true|false)$/i.test(raw)) value = raw.toLowerCase() === 'true';
    else if (/^null$/i.test(raw)) value = null;
    else if (/^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    else value = raw;
    return { prop: m[1]!, op: m[2]!.toLowerCase() as ClauseOp, value };
  });
}

export function compare(actual: unknown, op: ClauseOp, expected: Clause['value']): boolean {
  const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
  const a = norm(actual);
  const b = norm(expected);
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    default: {
      if (a === null || a === undefined || b === null) return false;
      const ord = (a as string | number) < (b as string | number) ? -1 : (a as string | number) > (b as string | number) ? 1 : 0;
      return op === 'ge' ? ord >= 0 : op === 'gt' ? ord > 0 : op === 'le' ? ord <= 0 : ord < 0;
    }
  }
}

/** Opaque page tokens (`$skiptoken`): the offset, base64url-encoded. */
export function encodeSkipToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeSkipToken(token: string | null): number {
  if (token === null) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw badRequest('BadRequest', 'The $skiptoken is not valid.');
  return Number(m[1]);
}

/** A nextLink repeating the request's own query options with a new $skiptoken. */
export function nextLink(origin: string, path: string, query: URLSearchParams, offset: number): string {
  const q = new URLSearchParams(query);
  q.set('$skiptoken', encodeSkipToken(offset));
  return `${origin}/v1.0${path}?${q.toString().replace(/\+/g, '%20')}`;
}

/** Rejects query options an API does not take (Graph answers 400 for them). */
export function onlyOptions(query: URLSearchParams, allowed: string[]): void {
  for (const key of query.keys()) {
    if (!allowed.includes(key)) throw badRequest('BadRequest', `Query option '${key}' is not allowed for this resource.`);
  }
}
