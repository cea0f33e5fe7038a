// Dev-only token source: asks the local Graph server's /_dev/token for a user's bearer token with the scopes a call needs.

import { GraphError, graphErrorFromBody } from './errors';
import { resolveFetch } from './resolveFetch';
import type { GraphScope } from './scopes';

/**
 * Returns a getToken for createGraphClient. Each set of scopes gets its own token (as MSAL asks per call),
 * fetched once and reused; without scopes the server gives the mail scopes.
 */
export function devTokenProvider(baseUrl: string, user: string, caCertPem?: string): (scopes?: GraphScope[]) => Promise<string> {
  const fetchImpl = resolveFetch(undefined, caCertPem);
  const pending = new Map<string, Promise<string>>();
  const fetchToken = async (scopes: GraphScope[] | undefined): Promise<string> => {
    const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/_dev/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(scopes?.length ? { user, scopes } : { user }),
    }).catch((cause: unknown) => {
      throw new GraphError({ code: 'network', message: 'The local Graph server could not be reached.', cause });
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw graphErrorFromBody(response.status, body, response.headers.get('request-id'));
    const token = (body as { access_token?: unknown } | null)?.access_token;
    if (typeof token !== 'string' || !token) {
      throw new GraphError({ code: 'invalid_response', message: '/_dev/token answered without access_token.' });
    }
    return token;
  };
  return (scopes) => {
    const key = scopes?.length ? [...new Set(scopes)].sort().join(' ') : '';
    let p = pending.get(key);
    if (!p) {
      p = fetchToken(key ? (key.split(' ') as GraphScope[]) : undefined).catch((error: unknown) => {
        pending.delete(key);
        throw error;
      });
      pending.set(key, p);
    }
    return p;
  };
}
