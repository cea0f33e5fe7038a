// Roles and scopes on the local server's tokens, and the 403s Graph gives when either is missing.

import type { Corpus } from '../domain/corpus';
import { HttpError } from './errors';

/** admin: the organisation's `admins`; registrar: its registrar; politician: a mailbox owner. */
export type Role = 'admin' | 'registrar' | 'politician';

/** What a token gets when /_dev/token is not told: the add-in's mail scopes. */
export const DEFAULT_SCOPES = ['Mail.ReadWrite', 'Mail.Send', 'MailboxSettings.Read'] as const;

export const KNOWN_SCOPES = new Set<string>([
  ...DEFAULT_SCOPES,
  'Mail.Read',
  'User.Read',
  'Reports.Read.All',
  'ReportSettings.Read.All',
  'ReportSettings.ReadWrite.All',
  'ExchangeMessageTrace.Read.All',
  'Sites.Selected',
]);

const MAIL_SCOPES = ['Mail.ReadWrite', 'Mail.Read', 'Mail.Send', 'MailboxSettings.Read'];

export interface Principal {
  address: string;
  scopes: string[];
  roles: Role[];
}

export function rolesFor(corpus: Corpus, address: string): Role[] {
  const a = address.toLowerCase();
  const roles = new Set<Role>();
  for (const org of corpus.organizations) {
    if (org.registrar.address.toLowerCase() === a) roles.add('registrar');
    if ((org.admins ?? []).some((p) => p.address.toLowerCase() === a)) roles.add('admin');
  }
  if (corpus.mailboxes.some((m) => m.owner.address.toLowerCase() === a)) roles.add('politician');
  return [...roles].sort();
}

/** Scopes from /_dev/token (`scopes` absent: the defaults); unknown names are a 400. */
export function parseScopes(value: unknown): string[] {
  if (value === undefined) return [...DEFAULT_SCOPES];
  const list = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : value;
  if (!Array.isArray(list) || !list.every((s): s is string => typeof s === 'string')) {
    throw new HttpError(400, 'invalid_scope', 'scopes must be an array of scope names or a space-separated string.');
  }
  const unknown = list.filter((s) => !KNOWN_SCOPES.has(s));
  if (unknown.length) throw new HttpError(400, 'invalid_scope', `Unknown scope(s): ${unknown.join(', ')}.`);
  return [...new Set(list)].sort();
}

/** Graph's answer when the token lacks every one of the scopes an API accepts. */
export function requireScope(principal: Principal, accepted: string[]): void {
  if (accepted.some((s) => principal.scopes.includes(s))) return;
  throw new HttpError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${accepted.join(', ')}'.`);
}

export function requireMailScope(principal: Principal): void {
  requireScope(principal, MAIL_SCOPES);
}

/** A role the signed-in user must hold (in a tenant: an Entra role or group, checked by the service). */
export function requireRole(principal: Principal, accepted: Role[], what: string): void {
  if (accepted.some((r) => principal.roles.includes(r))) return;
  throw new HttpError(403, 'Forbidden', `The signed-in user is not allowed to ${what}.`);
}
