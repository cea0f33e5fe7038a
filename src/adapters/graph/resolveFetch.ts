// Picks the fetch for a config: injected, Node's CA-trusting one, or the platform's own.

import { GraphError } from './errors';
import type { FetchImpl } from './fetchHandler';

/**
 * `caCertPem` only makes sense in Node. The Node module is loaded at run time through
 * `module.require` so browser bundles never see (or pull in) undici.
 */
export function resolveFetch(fetchImpl: FetchImpl | undefined, caCertPem: string | undefined): FetchImpl {
  if (fetchImpl) return fetchImpl;
  if (caCertPem) {
    const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
    if (!isNode || typeof module === 'undefined' || typeof module.require !== 'function') {
      throw new GraphError({
        code: 'config_invalid',
        message: 'caCertPem works in Node only; in a browser serve Graph under a trusted origin or pass fetchImpl.',
      });
    }
    const nodeFetch = module.require('./nodeFetch') as typeof import('./nodeFetch');
    return nodeFetch.createNodeFetch(caCertPem);
  }
  if (typeof fetch !== 'function') {
    throw new GraphError({ code: 'config_invalid', message: 'No fetch available: pass fetchImpl.' });
  }
  return (input, init) => fetch(input, init);
}
