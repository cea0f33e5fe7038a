// The one Microsoft Graph client factory: real Graph and the local server differ by baseUrl only.

import { Client, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { GraphError } from './errors';
import { FetchHandler, type FetchImpl } from './fetchHandler';
import { resolveFetch } from './resolveFetch';
import { TokenHandler, type TokenProvider } from './tokenHandler';

export interface GraphConfig {
  /** 'https://graph.microsoft.com' or the local server's url (https only). */
  baseUrl: string;
  /** A token for the scopes one request needs (and the claims of a challenge, when Graph sends one). */
  getToken: TokenProvider;
  /** Node only: trust the local server's CA for this client's requests. */
  caCertPem?: string;
  fetchImpl?: typeof fetch;
  /** RetryHandler settings for 429/503/504 without Retry-After (seconds; Graph's default 3 × 3). */
  retry?: { delaySeconds?: number; maxRetries?: number };
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch (cause) {
    throw new GraphError({ code: 'config_invalid', message: `Graph base URL is not a URL: ${baseUrl}`, cause });
  }
  // The Graph client attaches tokens to https hosts only; an http base would silently go out unauthenticated.
  if (url.protocol !== 'https:') {
    throw new GraphError({ code: 'config_invalid', message: 'Graph base URL must use https.' });
  }
  return url;
}

/**
 * Middleware chain: bearer token with per-request scopes (the configured host only) → RetryHandler
 * (honours Retry-After on 429/503/504) → FetchHandler (the network). No logging, no telemetry.
 */
export function createGraphClient(config: GraphConfig): Client {
  const url = parseBaseUrl(config.baseUrl);
  const fetchImpl = resolveFetch(config.fetchImpl as FetchImpl | undefined, config.caCertPem);
  const retryOptions = new RetryHandlerOptions(config.retry?.delaySeconds ?? 3, config.retry?.maxRetries ?? 3);
  return Client.initWithMiddleware({
    baseUrl: url.origin + url.pathname.replace(/\/+$/, ''),
    defaultVersion: 'v1.0',
    middleware: [new TokenHandler(config.getToken, url.host), new RetryHandler(retryOptions), new FetchHandler(fetchImpl)],
  });
}
