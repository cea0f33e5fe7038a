// Bearer tokens issued by /_dev/token with scopes and the user's roles, checked on every Graph request (401 in Graph's shape otherwise).

import { randomBytes } from 'node:crypto';
import { HttpError } from './errors';
import type { Mailbox } from './model';
import { rolesFor, type Principal } from './roles';
import type { Tenant } from './tenant';

interface Grant {
  address: string;
  scopes: string[];
}

export class Tokens {
  private readonly byToken = new Map<string, Grant>();

  issue(mailbox: Mailbox, scopes: string[]): string {
    const token = `pv.${randomBytes(32).toString('base64url')}`;
    this.byToken.set(token, { address: mailbox.address.toLowerCase(), scopes });
    return token;
  }

  /** The caller's mailbox and principal (roles read from the tenant now), or 401 InvalidAuthenticationToken. */
  authenticate(tenant: Tenant, header: string | undefined): { mailbox: Mailbox; principal: Principal } {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m) throw new HttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const grant = this.byToken.get(m[1]!);
    const box = grant ? tenant.mailboxByAddress(grant.address) : undefined;
    if (!box || !grant) throw new HttpError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    return { mailbox: box, principal: { address: box.address.toLowerCase(), scopes: grant.scopes, roles: rolesFor(tenant.corpus, box.address) } };
  }
}
