// SharePoint lists through Graph (/sites/{site}/lists/{list}/items): Postvakt's compliance and log-request lists,
// with item-level permissions, indexed-column filters, paging and Sites.Selected.

import type { AdminContext } from '../adminContext';
import { compare, decodeSkipToken, nextLink, onlyOptions, parseClauses } from '../clauses';
import { HttpError } from '../errors';
import { userGuid } from '../ids';
import type { ListItemRecord, ListRecord } from '../model';
import { isRec } from '../parseMessage';
import { requireScope, type Principal } from '../roles';
import { COMPLIANCE_LIST, LOG_REQUEST_LIST } from '../trace';
import { json, noContent, type GraphResponse } from '../types';

type ColumnType = 'text' | 'note' | 'number' | 'boolean';

/** The lists' columns (internal names) and types; a single line of text holds 255 characters. */
const COLUMNS: Record<string, Record<string, ColumnType>> = {
  [COMPLIANCE_LIST]: {
    Title: 'text', Mailbox: 'text', DisplayName: 'text', Namnder: 'note', SnapshotDate: 'text', HygieneScore: 'number',
    DeductionsJson: 'note', BacklogInbox: 'number', BacklogSentItems: 'number', BacklogDeletedItems: 'number',
    UnreadOverdue: 'number', OldestUnreadDays: 'number', AwaitingJson: 'note', PublicRecordsNotForwarded: 'number',
    LogWindowRows: 'number', FlaggedLogRows: 'number', OutOfOffice: 'boolean', LogRequestHolds: 'number',
  },
  [LOG_REQUEST_LIST]: {
    Title: 'text', Mailbox: 'text', RequestedBy: 'text', ReceivedAt: 'text', PeriodStart: 'text', PeriodEnd: 'text',
    Status: 'text', HandledBy: 'text', ExportedAt: 'text', ClosedAt: 'text', MaskingJson: 'note',
  },
};

const TEXT_MAX = 255;
const NOTE_MAX = 1_000_000;
const DEFAULT_TOP = 200;
const MAX_TOP = 5000;
const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

const accessDenied = (): HttpError => new HttpError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
const itemNotFound = (what = 'The resource could not be found.'): HttpError => new HttpError(404, 'itemNotFound', what);
const invalidRequest = (message: string): HttpError => new HttpError(400, 'invalidRequest', message);

function requireSites(p: Principal): void {
  requireScope(p, ['Sites.Selected']);
}

function site(ctx: AdminContext, siteId: string): void {
  requireSites(ctx.req.principal);
  if (siteId.toLowerCase() !== ctx.tenant.state.site.id.toLowerCase()) throw itemNotFound('Requested site could not be found');
}

function list(ctx: AdminContext, siteId: string, listId: string): ListRecord {
  site(ctx, siteId);
  const lists = Object.values(ctx.tenant.state.site.lists);
  const found = lists.find((l) => l.id.toLowerCase() === listId.toLowerCase() || l.name.toLowerCase() === listId.toLowerCase() || l.displayName === listId);
  if (!found) throw itemNotFound('The specified list was not found');
  return found;
}

const isAdmin = (p: Principal) => p.roles.includes('admin');

/** ReadSecurity: on an "own items" list only admins (full control) see other people's items. */
function visible(l: ListRecord, item: ListItemRecord, p: Principal): boolean {
  return l.readSecurity === 'all' || isAdmin(p) || item.author === p.address;
}

function canCreate(l: ListRecord, p: Principal): boolean {
  return l.writers === 'own' || p.roles.includes('admin') || p.roles.includes('registrar');
}

function canEdit(l: ListRecord, item: ListItemRecord, p: Principal): boolean {
  return l.writers === 'own' ? item.author === p.address : p.roles.includes('admin') || p.roles.includes('registrar');
}

/** Identities by address, built once per request: a page of 5,000 items names a few hundred people (no scan or hash per item). */
type Identities = Map<string, Record<string, unknown>>;

function identity(ctx: AdminContext, address: string, cache: Identities): Record<string, unknown> {
  let found = cache.get(address);
  if (!found) {
    const box = ctx.tenant.mailboxByAddress(address);
    found = { user: { email: address, id: userGuid(address), displayName: box?.displayName ?? address } };
    cache.set(address, found);
  }
  return found;
}

/** The etag's item hash never changes for an item, so it is computed once per item and list. */
const ETAG_HASHES = new WeakMap<ListItemRecord, string>();

function etag(l: ListRecord, item: ListItemRecord): string {
  let h = ETAG_HASHES.get(item);
  if (h === undefined) {
    h = userGuid(`${l.id}:${item.id}`);
    ETAG_HASHES.set(item, h);
  }
  return `"${h},${item.lastModifiedDateTime}"`;
}

function renderItem(ctx: AdminContext, siteId: string, l: ListRecord, item: ListItemRecord, withFields: boolean, select: string[] | null, cache: Identities = new Map()): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@odata.etag': etag(l, item),
    id: item.id,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `https://${ctx.tenant.state.site.hostname}/Lists/${l.name}/DispForm.aspx?ID=${item.id}`,
    createdBy: identity(ctx, item.author, cache),
    lastModifiedBy: identity(ctx, item.editor, cache),
    parentReference: { siteId },
  };
  if (withFields) {
    if (select) {
      // Only the selected columns (Graph's `$expand=fields($select=...)`), without building the full object first.
      const meta: Record<string, unknown> = { id: item.id, Created: item.createdDateTime, Modified: item.lastModifiedDateTime };
      const picked: Record<string, unknown> = { '@odata.etag': out['@odata.etag'] };
      for (const k of select) {
        if (k in meta) picked[k] = meta[k];
        else if (k in item.fields) picked[k] = item.fields[k];
      }
      out.fields = picked;
    } else {
      out.fields = { '@odata.etag': out['@odata.etag'], id: item.id, Created: item.createdDateTime, Modified: item.lastModifiedDateTime, ...item.fields };
    }
  }
  return out;
}

const ITEM_PROPERTIES = ['id', 'createdDateTime', 'lastModifiedDateTime', 'webUrl', 'createdBy', 'lastModifiedBy', 'parentReference'];

/** `$select` on the items' own properties (Graph's 400 for an unknown one); null keeps them all. */
function parseSelect(raw: string | null): string[] | null {
  if (raw === null) return null;
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.find((n) => !ITEM_PROPERTIES.includes(n));
  if (names.length === 0 || unknown !== undefined) throw invalidRequest(`Parsing OData Select and Expand failed: Could not find a property named '${unknown ?? ''}' on type 'microsoft.graph.listItem'.`);
  return names;
}

function selectItem(out: Record<string, unknown>, select: string[] | null): Record<string, unknown> {
  if (!select) return out;
  const picked: Record<string, unknown> = { '@odata.etag': out['@odata.etag'] };
  for (const k of select) picked[k] = out[k];
  if (out.fields !== undefined) picked.fields = out.fields;
  return picked;
}

function parseExpandFields(raw: string | null): { fields: boolean; select: string[] | null } {
  if (raw === null) return { fields: false, select: null };
  const m = /^fields(?:\(\$select=([\w,\s]+)\))?$/i.exec(raw.trim());
  if (!m) throw invalidRequest(`Parsing OData Select and Expand failed: could not find a property named '${raw}'.`);
  return { fields: true, select: m[1] ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : null };
}

/** Validates and converts a `fields` object against the list's columns (Graph's 400 for unknown columns or wrong types). */
function parseFields(l: ListRecord, raw: unknown): Record<string, string | number | boolean | null> {
  if (!isRec(raw)) throw invalidRequest('The request body must carry a "fields" object.');
  const columns = COLUMNS[l.name]!;
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('@odata')) continue;
    const type = columns[key];
    if (!type) throw invalidRequest(`Field '${key}' is not recognized`);
    if (value === null) {
      out[key] = null;
      continue;
    }
    const ok = type === 'number' ? typeof value === 'number' && Number.isFinite(value) : type === 'boolean' ? typeof value === 'boolean' : typeof value === 'string';
    if (!ok) throw invalidRequest(`Field '${key}' has an invalid value for a ${type} column.`);
    if (typeof value === 'string' && value.length > (type === 'text' ? TEXT_MAX : NOTE_MAX)) {
      throw invalidRequest(`The value of field '${key}' is longer than the column allows.`);
    }
    out[key] = value as string | number | boolean;
  }
  return out;
}

/**
 * SharePoint cannot tie a column to the author, so a tenant must check `createdBy` against `Mailbox`
 * (the adapter does); the local server refuses the mismatch outright so a test can show it.
 */
function checkOwnRow(l: ListRecord, fields: Record<string, unknown>, p: Principal): void {
  if (l.writers !== 'own') return;
  const mailbox = fields.Mailbox;
  if (mailbox !== undefined && (typeof mailbox !== 'string' || mailbox.toLowerCase() !== p.address)) throw accessDenied();
}

export function getSite(ctx: AdminContext, siteId: string): GraphResponse {
  site(ctx, siteId);
  const s = ctx.tenant.state.site;
  return json(200, { id: s.id, name: 'Postvakt', displayName: 'Postvakt', webUrl: `https://${s.hostname}/sites/postvakt` });
}

export function listLists(ctx: AdminContext, siteId: string): GraphResponse {
  site(ctx, siteId);
  const value = Object.values(ctx.tenant.state.site.lists).map((l) => ({ id: l.id, name: l.name, displayName: l.displayName, list: { template: 'genericList', hidden: false } }));
  return json(200, { '@odata.context': `${ctx.req.origin}/v1.0/$metadata#sites('${siteId}')/lists`, value });
}

export function getList(ctx: AdminContext, siteId: string, listId: string): GraphResponse {
  const l = list(ctx, siteId, listId);
  return json(200, { id: l.id, name: l.name, displayName: l.displayName, list: { template: 'genericList', hidden: false } });
}

export function listItems(ctx: AdminContext, siteId: string, listId: string): GraphResponse {
  const l = list(ctx, siteId, listId);
  const q = ctx.req.query;
  onlyOptions(q, ['$expand', '$filter', '$top', '$skiptoken', '$select']);
  const expand = parseExpandFields(q.get('$expand'));
  const clauses = parseClauses(q.get('$filter'));
  const columns = COLUMNS[l.name]!;
  const honor = (ctx.req.headers.prefer ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
  for (const c of clauses) {
    const m = /^fields\/(\w+)$/.exec(c.prop);
    if (!m || !(m[1]! in columns || m[1] === 'id')) throw invalidRequest(`Invalid filter clause: '${c.prop}' is not a field of this list.`);
    if (!l.indexed.includes(m[1]!) && !honor) {
      throw invalidRequest(`Field '${m[1]}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`);
    }
  }
  const topRaw = q.get('$top');
  const top = topRaw === null ? DEFAULT_TOP : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw invalidRequest(`$top must be between 1 and ${MAX_TOP}.`);
  const offset = decodeSkipToken(q.get('$skiptoken'));
  const p = ctx.req.principal;
  const rows = l.items.filter((item) => visible(l, item, p)).filter((item) =>
    clauses.every((c) => {
      const name = c.prop.slice('fields/'.length);
      return compare(name === 'id' ? item.id : item.fields[name] ?? null, c.op, c.value);
    }),
  );
  const page = rows.slice(offset, offset + top);
  const identities: Identities = new Map();
  const itemSelect = parseSelect(q.get('$select'));
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.req.origin}/v1.0/$metadata#sites('${siteId}')/lists('${l.id}')/items`,
    value: page.map((item) => selectItem(renderItem(ctx, siteId, l, item, expand.fields, expand.select, identities), itemSelect)),
  };
  if (offset + top < rows.length) body['@odata.nextLink'] = nextLink(ctx.req.origin, ctx.req.path, q, offset + top);
  return json(200, body);
}

function findItem(ctx: AdminContext, l: ListRecord, itemId: string): ListItemRecord {
  const item = l.items.find((i) => i.id === itemId);
  // An item the caller may not read does not exist for them (SharePoint answers 404, not 403).
  if (!item || !visible(l, item, ctx.req.principal)) throw itemNotFound();
  return item;
}

export function getItem(ctx: AdminContext, siteId: string, listId: string, itemId: string): GraphResponse {
  const l = list(ctx, siteId, listId);
  onlyOptions(ctx.req.query, ['$expand', '$select']);
  const expand = parseExpandFields(ctx.req.query.get('$expand'));
  const itemSelect = parseSelect(ctx.req.query.get('$select'));
  return json(200, selectItem(renderItem(ctx, siteId, l, findItem(ctx, l, itemId), expand.fields, expand.select), itemSelect));
}

export function createItem(ctx: AdminContext, siteId: string, listId: string): GraphResponse {
  const l = list(ctx, siteId, listId);
  const p = ctx.req.principal;
  if (!canCreate(l, p)) throw accessDenied();
  const body = ctx.req.body;
  if (!isRec(body) || Object.keys(body).some((k) => k !== 'fields' && !k.startsWith('@odata'))) throw invalidRequest('The request body must be { "fields": { ... } }.');
  const fields = parseFields(l, body.fields);
  checkOwnRow(l, fields, p);
  const now = ctx.now().toISOString();
  const item: ListItemRecord = { id: String(l.nextItemId++), createdDateTime: now, lastModifiedDateTime: now, author: p.address, editor: p.address, fields };
  l.items.push(item);
  return json(201, renderItem(ctx, siteId, l, item, true, null));
}

export function patchItemFields(ctx: AdminContext, siteId: string, listId: string, itemId: string): GraphResponse {
  const l = list(ctx, siteId, listId);
  const item = findItem(ctx, l, itemId);
  const p = ctx.req.principal;
  if (!canEdit(l, item, p)) throw accessDenied();
  const fields = parseFields(l, ctx.req.body);
  checkOwnRow(l, fields, p);
  Object.assign(item.fields, fields);
  item.lastModifiedDateTime = ctx.now().toISOString();
  item.editor = p.address;
  return json(200, { '@odata.etag': etag(l, item), id: item.id, ...item.fields });
}

export function deleteItem(ctx: AdminContext, siteId: string, listId: string, itemId: string): GraphResponse {
  const l = list(ctx, siteId, listId);
  const item = findItem(ctx, l, itemId);
  if (!canEdit(l, item, ctx.req.principal)) throw accessDenied();
  l.items = l.items.filter((i) => i !== item);
  return noContent();
}
