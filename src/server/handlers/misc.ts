// The user object, mailboxSettings (automatic replies) and translateExchangeIds.

import { readActionParams } from '../actionParams';
import { badRequest } from '../errors';
import type { AutomaticReplies } from '../model';
import { isRec } from '../parseMessage';
import { json, type GraphResponse, type HandlerContext } from '../types';

export function getUser(ctx: HandlerContext): GraphResponse {
  const mb = ctx.mailbox;
  const [given, ...rest] = mb.displayName.split(' ');
  const user: Record<string, unknown> = {
    '@odata.context': `${ctx.req.origin}/v1.0/$metadata#users/$entity`,
    businessPhones: [],
    displayName: mb.displayName,
    givenName: given ?? null,
    jobTitle: null,
    mail: mb.address,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'sv-SE',
    surname: rest.join(' ') || null,
    userPrincipalName: mb.address,
    id: mb.id,
  };
  const select = ctx.req.query.get('$select');
  if (!select) return json(200, user);
  const out: Record<string, unknown> = { '@odata.context': user['@odata.context'] };
  for (const s of select.split(',').map((x) => x.trim())) out[s] = user[s] ?? null;
  return json(200, out);
}

function replies(ctx: HandlerContext): Record<string, unknown> {
  const a = ctx.mailbox.automaticReplies;
  const farFuture = { dateTime: '2030-01-01T00:00:00.0000000', timeZone: 'UTC' };
  return {
    status: a.status,
    externalAudience: a.externalAudience,
    internalReplyMessage: a.internalReplyMessage,
    externalReplyMessage: a.externalReplyMessage,
    scheduledStartDateTime: a.scheduledStartDateTime ?? farFuture,
    scheduledEndDateTime: a.scheduledEndDateTime ?? farFuture,
  };
}

export function getMailboxSettings(ctx: HandlerContext, part: string | null): GraphResponse {
  const base = `${ctx.req.origin}/v1.0/$metadata#users('${ctx.mailbox.id}')/mailboxSettings`;
  if (part === 'automaticRepliesSetting') return json(200, { '@odata.context': `${base}/automaticRepliesSetting`, ...replies(ctx) });
  if (part !== null) throw badRequest('BadRequest', `Resource not found for the segment '${part}'.`);
  return json(200, {
    '@odata.context': base,
    archiveFolder: ctx.mailbox.folders.find((f) => f.wellKnownName === 'archive')?.id ?? null,
    timeZone: 'W. Europe Standard Time',
    automaticRepliesSetting: replies(ctx),
    language: { locale: 'sv-SE', displayName: 'svenska (Sverige)' },
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'HH:mm',
    userPurpose: 'user',
  });
}

export function patchMailboxSettings(ctx: HandlerContext): GraphResponse {
  const raw = ctx.req.body;
  if (!isRec(raw)) throw badRequest('ErrorInvalidRequest', 'The request body must be an object.');
  const ar = isRec(raw.automaticRepliesSetting) ? raw.automaticRepliesSetting : null;
  if (ar) {
    const target: AutomaticReplies = ctx.mailbox.automaticReplies;
    if (ar.status !== undefined) {
      if (ar.status !== 'disabled' && ar.status !== 'alwaysEnabled' && ar.status !== 'scheduled') throw badRequest('ErrorInvalidRequest', 'Invalid automatic replies status.');
      target.status = ar.status;
    }
    if (typeof ar.internalReplyMessage === 'string') target.internalReplyMessage = ar.internalReplyMessage;
    if (typeof ar.externalReplyMessage === 'string') target.externalReplyMessage = ar.externalReplyMessage;
    for (const key of ['scheduledStartDateTime', 'scheduledEndDateTime'] as const) {
      const v = ar[key];
      if (isRec(v) && typeof v.dateTime === 'string') target[key] = { dateTime: v.dateTime, timeZone: typeof v.timeZone === 'string' ? v.timeZone : 'UTC' };
    }
  }
  return getMailboxSettings(ctx, null);
}

const ID_TYPES = ['entryId', 'ewsId', 'immutableEntryId', 'restId', 'restImmutableEntryId'];

function toRest(id: string, type: string): string {
  if (type === 'restId' || type === 'restImmutableEntryId') return id;
  return id.replace(/\+/g, '-').replace(/\//g, '_');
}

function fromRest(id: string, type: string): string {
  if (type === 'restId' || type === 'restImmutableEntryId') return id;
  return id.replace(/-/g, '+').replace(/_/g, '/');
}

/** The server gives a message one id for life, so rest and rest-immutable ids coincide; EWS/entry forms are the base64 variant. */
export function translateExchangeIds(ctx: HandlerContext): GraphResponse {
  const raw = readActionParams(ctx.req.body, ['inputIds', 'sourceIdType', 'targetIdType']);
  if (!Array.isArray(raw.inputIds)) throw badRequest('ErrorInvalidRequest', "The parameter 'inputIds' is missing.");
  const source = String(raw.sourceIdType ?? '');
  const target = String(raw.targetIdType ?? '');
  if (!ID_TYPES.includes(source) || !ID_TYPES.includes(target)) throw badRequest('ErrorInvalidRequest', 'sourceIdType and targetIdType must be exchangeIdFormat values.');
  if (raw.inputIds.length > 1000) throw badRequest('ErrorInvalidRequest', 'At most 1000 ids can be translated at once.');
  const value = raw.inputIds
    .filter((id): id is string => typeof id === 'string')
    .filter((id) => {
      const rest = toRest(id, source);
      return ctx.mailbox.messages[rest] !== undefined || ctx.mailbox.folders.some((f) => f.id === rest);
    })
    .map((id) => ({ sourceId: id, targetId: fromRest(toRest(id, source), target) }));
  return json(200, { '@odata.context': `${ctx.req.origin}/v1.0/$metadata#Collection(microsoft.graph.convertIdResult)`, value });
}
