// OData system query options for mail lists and items: $select, $top, $skip, $orderby, $count, $expand.

import { badRequest, HttpError } from './errors';
import { filterProperties, parseFilter, type FilterNode } from './filter';
import { prepareExpandFilter } from './propertyIds';

export const MESSAGE_PROPERTIES = [
  'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'receivedDateTime', 'sentDateTime',
  'hasAttachments', 'internetMessageId', 'internetMessageHeaders', 'subject', 'bodyPreview', 'importance',
  'parentFolderId', 'conversationId', 'conversationIndex', 'isDeliveryReceiptRequested', 'isReadReceiptRequested',
  'isRead', 'isDraft', 'webLink', 'inferenceClassification', 'body', 'uniqueBody', 'sender', 'from', 'toRecipients',
  'ccRecipients', 'bccRecipients', 'replyTo', 'flag',
];
export const FOLDER_PROPERTIES = ['id', 'displayName', 'parentFolderId', 'childFolderCount', 'unreadItemCount', 'totalItemCount', 'sizeInBytes', 'isHidden', 'wellKnownName'];
const SORTABLE = new Set(MESSAGE_PROPERTIES.filter((p) => !['body', 'uniqueBody', 'internetMessageHeaders', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'categories'].includes(p)).map((p) => p.toLowerCase()).concat(['from/emailaddress/address', 'from/emailaddress/name', 'sender/emailaddress/address', 'sender/emailaddress/name']));

export interface ExpandOption {
  name: 'attachments' | 'singlevalueextendedproperties';
  select: string[] | null;
  filter: FilterNode | null;
}

export interface ListQuery {
  select: string[] | null;
  filter: FilterNode | null;
  orderby: { path: string; desc: boolean }[];
  top: number;
  skip: number;
  count: boolean;
  expand: ExpandOption[];
}

function unknownProperty(name: string, type: string): HttpError {
  return badRequest('RequestBroker--ParseUri', `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`);
}

export function parseSelect(raw: string | null, allowed: string[], type: string): string[] | null {
  if (raw === null) return null;
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return names.map((n) => {
    const known = allowed.find((a) => a.toLowerCase() === n.toLowerCase());
    if (!known) throw unknownProperty(n, type);
    return known;
  });
}

/** Splits on commas outside parentheses. */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === sep) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

export function parseExpand(raw: string | null): ExpandOption[] {
  if (raw === null) return [];
  return splitTop(raw, ',').map((part) => {
    const m = /^([A-Za-z]+)(?:\((.*)\))?$/s.exec(part);
    const name = m?.[1]?.toLowerCase();
    if (!m || (name !== 'attachments' && name !== 'singlevalueextendedproperties')) {
      throw badRequest('BadRequest', `Parsing OData Select and Expand failed: Could not find a property named '${m?.[1] ?? part}' on type 'microsoft.graph.message'.`);
    }
    const option: ExpandOption = { name, select: null, filter: null };
    for (const inner of m[2] ? splitTop(m[2], ';') : []) {
      const eq = inner.indexOf('=');
      const key = inner.slice(0, eq).trim().toLowerCase();
      const value = inner.slice(eq + 1);
      if (key === '$select') option.select = value.split(',').map((s) => s.trim()).filter(Boolean);
      else if (key === '$filter') option.filter = parseFilter(value);
      else throw badRequest('BadRequest', `The query option '${key}' is not allowed inside $expand.`);
    }
    if (name === 'singlevalueextendedproperties') prepareExpandFilter(option.filter);
    return option;
  });
}

/** Graph answers 400 for a $filter on a property the type does not have. */
function checkFilterProperties(node: FilterNode, allowed: string[], type: string): void {
  const known = new Set([...allowed, 'singleValueExtendedProperties', 'multiValueExtendedProperties'].map((p) => p.toLowerCase()));
  const stack: { n: FilterNode; vars: string[] }[] = [{ n: node, vars: [] }];
  while (stack.length) {
    const { n, vars } = stack.pop()!;
    if (n.k === 'and' || n.k === 'or') stack.push({ n: n.a, vars }, { n: n.b, vars });
    else if (n.k === 'not') stack.push({ n: n.a, vars });
    else if (n.k === 'cmp' || n.k === 'fn' || n.k === 'any') {
      const head = n.path[0]!;
      if (!vars.includes(head) && !known.has(head.toLowerCase())) throw unknownProperty(head, type);
      if (n.k === 'any') stack.push({ n: n.body, vars: [...vars, n.variable] });
    }
  }
}

export function parseListQuery(params: URLSearchParams, kind: 'message' | 'mailFolder'): ListQuery {
  for (const key of params.keys()) {
    if (key.startsWith('$') && !['$select', '$filter', '$orderby', '$top', '$skip', '$count', '$expand', '$skiptoken'].includes(key)) {
      throw badRequest('BadRequest', `Query option '${key}' is not supported.`);
    }
  }
  const allowed = kind === 'message' ? MESSAGE_PROPERTIES : FOLDER_PROPERTIES;
  const select = parseSelect(params.get('$select'), allowed, kind);
  const filterText = params.get('$filter');
  const filter = filterText === null ? null : parseFilter(filterText);
  if (filter) checkFilterProperties(filter, allowed, kind);
  const topText = params.get('$top');
  let top = 10;
  if (topText !== null) {
    top = Number(topText);
    if (!Number.isInteger(top) || top < 1) throw badRequest('BadRequest', `Invalid value '${topText}' for $top query option found.`);
    if (top > 1000) throw badRequest('ErrorInvalidArgument', "The value of the '$top' query option must be between 1 and 1000.");
  }
  const skipText = params.get('$skip');
  const skip = skipText === null ? 0 : Number(skipText);
  if (!Number.isInteger(skip) || skip < 0) throw badRequest('BadRequest', `Invalid value '${skipText}' for $skip query option found.`);
  const countText = params.get('$count');
  if (countText !== null && countText !== 'true' && countText !== 'false') throw badRequest('BadRequest', `Invalid value '${countText}' for $count query option found.`);
  const orderby = (params.get('$orderby') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((clause) => {
      const [path, dir, extra] = clause.split(/\s+/);
      if (extra !== undefined || (dir !== undefined && !/^(asc|desc)$/i.test(dir))) throw badRequest('BadRequest', `Invalid $orderby clause '${clause}'.`);
      const key = path!.toLowerCase();
      if (kind === 'message' && !SORTABLE.has(key)) throw unknownProperty(path!, kind);
      return { path: key, desc: dir?.toLowerCase() === 'desc' };
    });
  if (filter && orderby.length && kind === 'message') {
    // Graph: ordered properties must appear in $filter, first and in the same order.
    const props = filterProperties(filter);
    const ok = orderby.every((o, i) => props[i] === o.path);
    if (!ok) throw badRequest('InefficientFilter', 'The restriction or sort order is too complex for this operation.');
  }
  return { select, filter, orderby, top, skip, count: countText === 'true', expand: parseExpand(params.get('$expand')) };
}
