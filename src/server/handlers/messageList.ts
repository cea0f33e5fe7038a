// GET messages and mailFolders/{id}/messages: $filter, $orderby, $select, $expand, $top/$skip paging, $count.

import { evaluate } from '../filter';
import type { Mailbox, StoredMessage } from '../model';
import { parseListQuery } from '../query';
import { canonicalId, prepareListFilter } from '../propertyIds';
import { extendedProperties, messageView, renderMessage } from '../render';
import { appliedPreferences, contextUrl, json, type GraphResponse, type HandlerContext } from '../types';

function sortValue(view: Record<string, unknown>, path: string): unknown {
  let v: unknown = view;
  for (const p of path.split('/')) {
    if (v === null || typeof v !== 'object') return null;
    const obj = v as Record<string, unknown>;
    const key = Object.keys(obj).find((k) => k.toLowerCase() === p);
    v = key ? obj[key] : null;
  }
  return typeof v === 'string' ? v.toLowerCase() : v;
}

export function listMessages(ctx: HandlerContext, folderId: string | null): GraphResponse {
  const q = parseListQuery(ctx.req.query, 'message');
  if (q.filter) prepareListFilter(q.filter);
  const mb: Mailbox = ctx.mailbox;
  let items: StoredMessage[] = Object.values(mb.messages).filter((m) => folderId === null || m.folderId === folderId);
  const needsView = q.filter !== null || q.orderby.length > 0;
  let views = new Map<string, Record<string, unknown>>();
  if (needsView) {
    views = new Map(items.map((m) => {
      const view = messageView(m, false, false, ['subject']);
      view.singleValueExtendedProperties = extendedProperties(m).map((p) => ({ id: canonicalId(p.id), value: p.value }));
      return [m.id, view];
    }));
  }
  if (q.filter) items = items.filter((m) => evaluate(q.filter!, views.get(m.id)));
  // Default order is receivedDateTime desc, as in Graph.
  const order = q.orderby.length ? q.orderby : [{ path: 'receiveddatetime', desc: true }];
  items.sort((a, b) => {
    for (const o of order) {
      const va = needsView ? sortValue(views.get(a.id)!, o.path) : o.path === 'receiveddatetime' ? a.receivedDateTime : null;
      const vb = needsView ? sortValue(views.get(b.id)!, o.path) : o.path === 'receiveddatetime' ? b.receivedDateTime : null;
      if (va === vb) continue;
      if (va === null || va === undefined) return 1;
      if (vb === null || vb === undefined) return -1;
      const c = (va as string | number) < (vb as string | number) ? -1 : 1;
      return o.desc ? -c : c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const page = items.slice(q.skip, q.skip + q.top);
  const body: Record<string, unknown> = {
    '@odata.context': contextUrl(ctx, folderId === null ? 'messages' : `mailFolders('${folderId}')/messages`),
  };
  if (q.count) body['@odata.count'] = items.length;
  body.value = page.map((m) => renderMessage(m, { select: q.select, expand: q.expand, textBody: ctx.req.textBody }));
  if (q.skip + q.top < items.length) {
    const next = new URLSearchParams(ctx.req.query);
    next.set('$skip', String(q.skip + q.top));
    if (!next.has('$top')) next.set('$top', String(q.top));
    body['@odata.nextLink'] = `${ctx.req.origin}/v1.0${ctx.req.path}?${next.toString().replace(/\+/g, '%20')}`;
  }
  return json(200, body, appliedPreferences(ctx));
}
