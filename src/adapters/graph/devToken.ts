// Dev-only token source: asks the local Graph server's /_dev/token for a user's bearer token.

import { GraphError, graphErrorFromBody } from './errors';
import { resolveFetch } from './resolveFetch';

/** Returns a getToken for createGraphClient; the token is fetched once and reused. */
export function devTokenProvider(baseUrl: string, user: string, caCertPem?: string): () => Promise<string> {
  const fetchImpl = resolveFetch(undefined, caCertPem);
  let pending: Promise<string> | null = null;
  const fetchToken = async (): Promise<string> => {
    const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/_dev/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user }),
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
  return () => {
    pending ??= fetchToken().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
