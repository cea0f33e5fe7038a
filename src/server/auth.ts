// Bearer tokens issued by /_dev/token and checked on every Graph request (401 in Graph's shape otherwise).

import { randomBytes } from 'node:crypto';
import { HttpError } from './errors';
import type { Mailbox } from './model';
import type { Tenant } from './tenant';

export class Tokens {
  private readonly byToken = new Map<string, string>();

  issue(mailbox: Mailbox): string {
    const token = `pv.${randomBytes(32).toString('base64url')}`;
    this.byToken.set(token, mailbox.address.toLowerCase());
    return token;
  }

  /** The caller's mailbox, or 401 InvalidAuthenticationToken. */
  authenticate(tenant: Tenant, header: string | undefined): Mailbox {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m) throw new HttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const address = this.byToken.get(m[1]!);
    const box = address ? tenant.mailboxByAddress(address) : undefined;
    if (!box) throw new HttpError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    return box;
  }
}
