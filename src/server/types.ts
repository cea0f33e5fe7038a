// The request and response shapes handlers see, shared by the HTTP layer and $batch.

import type { Mailbox } from './model';
import type { Principal } from './roles';
import type { Tenant } from './tenant';

export interface GraphRequest {
  method: string;
  /** Path after /v1.0, without the query. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  caller: Mailbox;
  /** The token's scopes and the caller's roles. */
  principal: Principal;
  /** https://127.0.0.1:PORT */
  origin: string;
  textBody: boolean;
  immutableIds: boolean;
}

export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  bytes?: Buffer;
}

export interface HandlerContext {
  tenant: Tenant;
  req: GraphRequest;
  mailbox: Mailbox;
  now: () => Date;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse => ({ status, json: body, headers });
export const noContent = (): GraphResponse => ({ status: 204 });

/** Prefer header parsing (case-insensitive, several values per header). */
export function preferences(header: string | undefined): { textBody: boolean; immutableIds: boolean } {
  const value = (header ?? '').toLowerCase().replace(/\s+/g, '');
  return { textBody: value.includes('outlook.body-content-type="text"'), immutableIds: value.includes('idtype="immutableid"') };
}

export function contextUrl(ctx: HandlerContext, tail: string): string {
  return `${ctx.req.origin}/v1.0/$metadata#users('${ctx.mailbox.id}')/${tail}`;
}

/** Graph confirms the text-body preference it applied. */
export function appliedPreferences(ctx: HandlerContext): Record<string, string> {
  return ctx.req.textBody ? { 'Preference-Applied': 'outlook.body-content-type="text"' } : {};
}
