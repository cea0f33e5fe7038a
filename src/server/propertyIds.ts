// Extended-property ids as Graph matches them: type, GUID and tags case-insensitively, the Name part case-sensitively.

import { badRequest } from './errors';
import type { FilterNode } from './filter';

export function canonicalId(id: string): string {
  const text = id.replace(/\s+/g, ' ').trim();
  const named = /^(\w+) (\{[0-9a-f-]+\}) (name|id) (.*)$/i.exec(text);
  if (named) {
    const kind = named[3]!.toLowerCase();
    const rest = kind === 'name' ? named[4]! : named[4]!.toLowerCase().replace(/^0x0*/, '0x');
    return `${named[1]!.toLowerCase()} ${named[2]!.toLowerCase()} ${kind} ${rest}`;
  }
  const tag = /^(\w+) 0x0*([0-9a-f]+)$/i.exec(text);
  if (tag) return `${tag[1]!.toLowerCase()} 0x${tag[2]!.toLowerCase()}`;
  return text.toLowerCase();
}

/** Marks `id eq '...'` comparisons on `idPath` exact and canonical; answers whether one was found. */
function markIdComparisons(node: FilterNode, idPath: string[]): boolean {
  let found = false;
  const stack: FilterNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.k === 'and' || n.k === 'or') stack.push(n.a, n.b);
    else if (n.k === 'not') stack.push(n.a);
    else if (n.k === 'cmp' && n.path.length === idPath.length && n.path.every((p, i) => p.toLowerCase() === idPath[i]!.toLowerCase())) {
      if (n.op !== 'eq' || typeof n.value !== 'string') throw badRequest('ErrorInvalidUrlQueryFilter', 'Extended properties are matched with id eq.');
      n.value = canonicalId(n.value);
      n.exact = true;
      found = true;
    }
  }
  return found;
}

/** $expand=singleValueExtendedProperties($filter=id eq ...): Graph requires the id filter. */
export function prepareExpandFilter(node: FilterNode | null): void {
  if (!node || !markIdComparisons(node, ['id'])) {
    throw badRequest('ErrorInvalidUrlQueryFilter', 'Expanding singleValueExtendedProperties needs $filter=id eq ...');
  }
}

/** singleValueExtendedProperties/any(ep: ...) in a list $filter needs `ep/id eq ...`. */
export function prepareListFilter(node: FilterNode): void {
  const stack: FilterNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.k === 'and' || n.k === 'or') stack.push(n.a, n.b);
    else if (n.k === 'not') stack.push(n.a);
    else if (n.k === 'any' && n.path.join('/').toLowerCase() === 'singlevalueextendedproperties') {
      if (!markIdComparisons(n.body, [n.variable, 'id'])) {
        throw badRequest('ErrorInvalidUrlQueryFilter', 'Filtering on singleValueExtendedProperties needs ep/id eq ...');
      }
    }
  }
}
