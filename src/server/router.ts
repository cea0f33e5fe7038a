// Graph routes under /v1.0: resolves the mailbox, takes a concurrency slot, applies faults, runs the handler, persists.

import type { ReportDownloads } from './adminContext';
import { ADMIN_ROOTS, adminRoute } from './adminRouter';
import { HttpError, unsupported } from './errors';
import type { FaultHit, Faults } from './faults';
import * as att from './handlers/attachments';
import * as fld from './handlers/folders';
import { listMessages } from './handlers/messageList';
import * as msg from './handlers/message';
import * as misc from './handlers/misc';
import * as send from './handlers/send';
import type { Mailbox } from './model';
import { requireMailScope } from './roles';
import type { Tenant } from './tenant';
import type { Throttle } from './throttle';
import type { GraphRequest, GraphResponse, HandlerContext } from './types';

type Route = (ctx: HandlerContext) => GraphResponse;

function methodNotAllowed(): HttpError {
  return new HttpError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
}

function pick(method: string, table: Record<string, Route | undefined>): Route {
  const route = table[method];
  if (!route) throw methodNotAllowed();
  return route;
}

function messageRoute(method: string, id: string, rest: string[]): Route {
  const [a, b, c] = rest;
  if (a === undefined) {
    return pick(method, { GET: (x) => msg.getMessage(x, id), PATCH: (x) => msg.patchMessage(x, id), DELETE: (x) => msg.deleteMessage(x, id) });
  }
  if (a === '$value' && !b) return pick(method, { GET: (x) => msg.getMime(x, id) });
  if (a === 'attachments') {
    if (b === undefined) return pick(method, { GET: (x) => att.listAttachments(x, id), POST: (x) => att.addAttachment(x, id) });
    if (b === 'createUploadSession' && !c) return pick(method, { POST: (x) => att.createUploadSession(x, id) });
    if (c === undefined) return pick(method, { GET: (x) => att.getAttachment(x, id, b), DELETE: (x) => att.deleteAttachment(x, id, b) });
    if (c === '$value' && rest.length === 3) return pick(method, { GET: (x) => att.attachmentValue(x, id, b) });
  }
  if (b !== undefined) throw unsupported(rest.join('/'));
  const actions: Record<string, Route> = {
    send: (x) => send.sendDraft(x, id),
    move: (x) => msg.moveMessage(x, id),
    copy: (x) => msg.copyMessage(x, id),
    permanentDelete: (x) => msg.permanentDelete(x, id),
    createForward: (x) => send.createForward(x, id),
    forward: (x) => send.forward(x, id),
    createReply: (x) => send.createReply(x, id),
    reply: (x) => send.reply(x, id),
  };
  const action = actions[a];
  if (!action) throw unsupported(a);
  return pick(method, { POST: action });
}

function mailboxRoute(method: string, rest: string[]): Route {
  const [a, b, c, d, ...more] = rest;
  if (a === undefined) return pick(method, { GET: misc.getUser });
  switch (a) {
    case 'messages':
      if (b === undefined) return pick(method, { GET: (x) => listMessages(x, null), POST: (x) => msg.createDraft(x, null) });
      return messageRoute(method, b, rest.slice(2));
    case 'mailFolders':
      if (b === undefined) return pick(method, { GET: (x) => fld.listFolders(x, null), POST: (x) => fld.createFolder(x, null) });
      if (c === undefined) return pick(method, { GET: (x) => fld.getFolder(x, b), PATCH: (x) => fld.patchFolder(x, b), DELETE: (x) => fld.deleteFolder(x, b) });
      if (c === 'messages') {
        if (d === undefined) {
          return pick(method, {
            GET: (x) => listMessages(x, fld.folderIdFor(x, b)),
            POST: (x) => msg.createDraft(x, fld.folderIdFor(x, b)),
          });
        }
        return (x) => {
          fld.folderIdFor(x, b);
          return messageRoute(method, d, more)(x);
        };
      }
      if (c === 'childFolders' && d === undefined) {
        return pick(method, { GET: (x) => fld.listFolders(x, fld.folderIdFor(x, b)), POST: (x) => fld.createFolder(x, b) });
      }
      throw unsupported(c);
    case 'sendMail':
      if (b !== undefined) throw unsupported(b);
      return pick(method, { POST: send.sendMail });
    case 'translateExchangeIds':
      if (b !== undefined) throw unsupported(b);
      return pick(method, { POST: misc.translateExchangeIds });
    case 'mailboxSettings':
      if (c !== undefined) throw unsupported(c);
      if (b === undefined) return pick(method, { GET: (x) => misc.getMailboxSettings(x, null), PATCH: misc.patchMailboxSettings });
      return pick(method, { GET: (x) => misc.getMailboxSettings(x, b) });
    default:
      throw unsupported(a);
  }
}

export interface DispatchDeps {
  tenant: Tenant;
  faults: Faults;
  now: () => Date;
  throttle: Throttle;
  downloads: ReportDownloads;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class DroppedConnection extends Error {}

export function faultError(hit: FaultHit): HttpError {
  const status = hit.status!;
  const code = status === 429 ? 'TooManyRequests' : status === 503 ? 'ServiceNotAvailable' : status === 504 ? 'GatewayTimeout' : 'InjectedFault';
  const headers: Record<string, string> = hit.retryAfter !== undefined ? { 'Retry-After': String(hit.retryAfter) } : {};
  return new HttpError(status, code, 'Injected fault.', headers);
}

/**
 * Runs one Graph request (a top-level request or one $batch item). A change is answered only once
 * it is in the data file (`persist`); a $batch persists once for all its items instead.
 */
export async function dispatch(deps: DispatchDeps, req: GraphRequest, persist = true): Promise<GraphResponse> {
  const segments = req.path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw new HttpError(400, 'BadRequest', 'The request path is not valid.');
    }
  });
  if (ADMIN_ROOTS.has(segments[0] ?? '')) return dispatchAdmin(deps, req, segments, persist);
  let mailbox: Mailbox;
  let rest: string[];
  if (segments[0] === 'me') {
    mailbox = req.caller;
    rest = segments.slice(1);
  } else if (segments[0] === 'users' && segments[1]) {
    mailbox = deps.tenant.mailboxFor(req.caller, segments[1]);
    rest = segments.slice(2);
  } else {
    throw unsupported(segments[0] ?? '');
  }
  const route = mailboxRoute(req.method, rest);
  requireMailScope(req.principal);
  const release = deps.tenant.acquire(mailbox);
  let response: GraphResponse;
  let dropAfter = false;
  try {
    const hit = deps.faults.take(`/v1.0${req.path}`, req.method);
    dropAfter = hit?.dropAfter === true;
    if (hit?.latencyMs) await sleep(hit.latencyMs);
    if (hit?.drop) throw new DroppedConnection('dropped');
    if (hit?.status) throw faultError(hit);
    response = route({ tenant: deps.tenant, req, mailbox, now: deps.now });
  } finally {
    // The mailbox operation is over once applied; waiting for the disk is the server's own cost.
    release();
  }
  if (persist && req.method !== 'GET') await deps.tenant.save();
  if (dropAfter) throw new DroppedConnection('dropped after the change');
  return response;
}

/** The admin APIs: no mailbox slot (they are tenant-wide); faults and persistence as for mail. */
async function dispatchAdmin(deps: DispatchDeps, req: GraphRequest, segments: string[], persist: boolean): Promise<GraphResponse> {
  const route = adminRoute(req.method, segments);
  const hit = deps.faults.take(`/v1.0${req.path}`, req.method);
  if (hit?.latencyMs) await sleep(hit.latencyMs);
  if (hit?.drop) throw new DroppedConnection('dropped');
  if (hit?.status) throw faultError(hit);
  const response = route({ tenant: deps.tenant, req, now: deps.now, throttle: deps.throttle, downloads: deps.downloads });
  if (persist && req.method !== 'GET') await deps.tenant.save();
  if (hit?.dropAfter) throw new DroppedConnection('dropped after the change');
  return response;
}
