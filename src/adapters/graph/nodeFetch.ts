// Node only: a fetch that trusts one extra CA (the local server's) for its own requests only.

import { Agent, fetch as undiciFetch } from 'undici';
import type { FetchImpl } from './fetchHandler';

/**
 * undici's fetch with a dispatcher whose TLS connector trusts `caCertPem` in addition to
 * nothing else: TLS checks stay on and nothing changes process-wide.
 */
export function createNodeFetch(caCertPem?: string): FetchImpl {
  const dispatcher = caCertPem ? new Agent({ connect: { ca: caCertPem } }) : undefined;
  return (input, init) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    }) as unknown as Promise<Response>;
}
