// Routes for the admin APIs under /v1.0: /reports, /admin (reportSettings, message trace) and /sites.

import type { AdminContext } from './adminContext';
import { HttpError, unsupported } from './errors';
import { listMessageTraces } from './handlers/messageTrace';
import { getReport, getReportSettings, patchReportSettings } from './handlers/reports';
import * as sp from './handlers/sharepoint';
import type { GraphResponse } from './types';

type Route = (ctx: AdminContext) => GraphResponse;

export const ADMIN_ROOTS = new Set(['reports', 'admin', 'sites']);

function pick(method: string, table: Record<string, Route | undefined>): Route {
  const route = table[method];
  if (!route) throw new HttpError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
  return route;
}

function sitesRoute(method: string, rest: string[]): Route {
  const [siteId, lists, listId, items, itemId, fields, ...more] = rest;
  if (!siteId) throw unsupported('sites');
  if (lists === undefined) return pick(method, { GET: (x) => sp.getSite(x, siteId) });
  if (lists !== 'lists') throw unsupported(lists);
  if (listId === undefined) return pick(method, { GET: (x) => sp.listLists(x, siteId) });
  if (items === undefined) return pick(method, { GET: (x) => sp.getList(x, siteId, listId) });
  if (items !== 'items') throw unsupported(items);
  if (itemId === undefined) return pick(method, { GET: (x) => sp.listItems(x, siteId, listId), POST: (x) => sp.createItem(x, siteId, listId) });
  if (fields === undefined) return pick(method, { GET: (x) => sp.getItem(x, siteId, listId, itemId), DELETE: (x) => sp.deleteItem(x, siteId, listId, itemId) });
  if (fields === 'fields' && !more.length) return pick(method, { PATCH: (x) => sp.patchItemFields(x, siteId, listId, itemId) });
  throw unsupported(fields);
}

/** The route for `segments` (already split and decoded), or Graph's 400 for an unknown segment. */
export function adminRoute(method: string, segments: string[]): Route {
  const [root, a, b, c, ...more] = segments;
  if (root === 'reports') {
    if (!a || b !== undefined) throw unsupported(a ?? 'reports');
    return pick(method, { GET: (x) => getReport(x, a) });
  }
  if (root === 'admin') {
    if (a === 'reportSettings' && b === undefined) return pick(method, { GET: getReportSettings, PATCH: patchReportSettings });
    if (a === 'exchange' && b === 'tracing' && c === 'messageTraces' && !more.length) return pick(method, { GET: listMessageTraces });
    throw unsupported(a ?? 'admin');
  }
  return sitesRoute(method, segments.slice(1));
}
