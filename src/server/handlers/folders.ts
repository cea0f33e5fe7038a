// Mail folders: list (hidden ones on request, $filter/$select), get by id or well-known name, create, rename, delete, child folders.

import { badRequest, HttpError } from '../errors';
import { evaluate } from '../filter';
import { newId } from '../ids';
import type { StoredFolder } from '../model';
import { isRec } from '../parseMessage';
import { FOLDER_PROPERTIES, parseListQuery, parseSelect } from '../query';
import { renderFolder } from '../render';
import { contextUrl, json, noContent, type GraphResponse, type HandlerContext } from '../types';

const root = (ctx: HandlerContext): StoredFolder => ctx.mailbox.folders.find((f) => f.wellKnownName === 'msgfolderroot')!;

export function listFolders(ctx: HandlerContext, parentId: string | null): GraphResponse {
  const q = parseListQuery(ctx.req.query, 'mailFolder');
  const hidden = ctx.req.query.get('includeHiddenFolders') === 'true';
  const parent = parentId ?? root(ctx).id;
  let items = ctx.mailbox.folders
    .filter((f) => f.parentFolderId === parent && (hidden || !f.isHidden))
    .map((f) => renderFolder(ctx.mailbox, f, null));
  if (q.filter) items = items.filter((f) => evaluate(q.filter!, f));
  const page = items.slice(q.skip, q.skip + q.top);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx, parentId ? `mailFolders('${parentId}')/childFolders` : 'mailFolders') };
  if (q.count) body['@odata.count'] = items.length;
  body.value = page.map((f) => {
    if (!q.select) return f;
    const out: Record<string, unknown> = { id: f.id };
    for (const s of q.select) out[s] = f[s];
    return out;
  });
  if (q.skip + q.top < items.length) {
    const next = new URLSearchParams(ctx.req.query);
    next.set('$skip', String(q.skip + q.top));
    body['@odata.nextLink'] = `${ctx.req.origin}/v1.0${ctx.req.path}?${next.toString().replace(/\+/g, '%20')}`;
  }
  return json(200, body);
}

export function getFolder(ctx: HandlerContext, idOrName: string): GraphResponse {
  const f = ctx.tenant.folder(ctx.mailbox, idOrName);
  const select = parseSelect(ctx.req.query.get('$select'), FOLDER_PROPERTIES, 'mailFolder');
  return json(200, { '@odata.context': contextUrl(ctx, 'mailFolders/$entity'), ...renderFolder(ctx.mailbox, f, select) });
}

export function createFolder(ctx: HandlerContext, parentIdOrName: string | null): GraphResponse {
  const raw = ctx.req.body;
  if (!isRec(raw) || typeof raw.displayName !== 'string' || !raw.displayName.trim()) {
    throw badRequest('ErrorInvalidRequest', "The parameter 'displayName' is missing or empty.");
  }
  if (raw.isHidden !== undefined && typeof raw.isHidden !== 'boolean') throw badRequest('ErrorInvalidRequest', 'isHidden must be a boolean.');
  const parent = parentIdOrName ? ctx.tenant.folder(ctx.mailbox, parentIdOrName).id : root(ctx).id;
  const name = raw.displayName;
  if (ctx.mailbox.folders.some((f) => f.parentFolderId === parent && f.displayName.toLowerCase() === name.toLowerCase())) {
    throw new HttpError(409, 'ErrorFolderExists', 'A folder with the specified name already exists.');
  }
  const folder: StoredFolder = { id: newId(), displayName: name, parentFolderId: parent, wellKnownName: null, isHidden: raw.isHidden === true };
  ctx.mailbox.folders.push(folder);
  return json(201, { '@odata.context': contextUrl(ctx, 'mailFolders/$entity'), ...renderFolder(ctx.mailbox, folder, null) });
}

export function patchFolder(ctx: HandlerContext, idOrName: string): GraphResponse {
  const f = ctx.tenant.folder(ctx.mailbox, idOrName);
  const raw = ctx.req.body;
  if (!isRec(raw)) throw badRequest('ErrorInvalidRequest', 'The request body must be an object.');
  if (f.wellKnownName) throw new HttpError(403, 'ErrorAccessDenied', 'Well-known folders cannot be changed.');
  if ('displayName' in raw) {
    if (typeof raw.displayName !== 'string' || !raw.displayName.trim()) throw badRequest('ErrorInvalidRequest', 'displayName must be a non-empty string.');
    f.displayName = raw.displayName;
  }
  return json(200, { '@odata.context': contextUrl(ctx, 'mailFolders/$entity'), ...renderFolder(ctx.mailbox, f, null) });
}

export function deleteFolder(ctx: HandlerContext, idOrName: string): GraphResponse {
  const f = ctx.tenant.folder(ctx.mailbox, idOrName);
  if (f.wellKnownName) throw new HttpError(403, 'ErrorDeleteDistinguishedFolder', 'Distinguished folders cannot be deleted.');
  const doomed = new Set<string>([f.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of ctx.mailbox.folders) if (!doomed.has(c.id) && doomed.has(c.parentFolderId)) { doomed.add(c.id); grew = true; }
  }
  ctx.mailbox.folders = ctx.mailbox.folders.filter((x) => !doomed.has(x.id));
  for (const m of Object.values(ctx.mailbox.messages)) if (doomed.has(m.folderId)) delete ctx.mailbox.messages[m.id];
  return noContent();
}

export const folderIdFor = (ctx: HandlerContext, idOrName: string): string => ctx.tenant.folder(ctx.mailbox, idOrName).id;
