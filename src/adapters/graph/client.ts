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
  /**
   * RetryHandler settings for 429/503/504 (seconds; Graph's default 3 × 3). A Retry-After longer than
   * `maxWaitSeconds` (default 30) is not waited out inside the call: it becomes a `throttled` GraphError
   * with `retryAfterSeconds`, so a tablet's pane never hangs for minutes on one click.
   */
  retry?: { delaySeconds?: number; maxRetries?: number; maxWaitSeconds?: number };
}

/** The longest Retry-After (seconds) a call waits out itself. */
export const MAX_RETRY_WAIT_SECONDS = 30;

/** A RetryHandler `shouldRetry` that declines waits longer than `maxSeconds` (a missing or unreadable header is retried). */
export function retryWithinSeconds(maxSeconds: number): (delay: number, attempt: number, request: unknown, options: unknown, response: unknown) => boolean {
  return (_delay, _attempt, _request, _options, response) => {
    const header = (response as Response | undefined)?.headers?.get('Retry-After');
    const seconds = header == null || header === '' ? 0 : Number(header);
    // An HTTP-date Retry-After (NaN here) is rare from Graph; the RetryHandler computes its own wait then.
    return !Number.isFinite(seconds) || seconds <= maxSeconds;
  };
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
  const retryOptions = new RetryHandlerOptions(
    config.retry?.delaySeconds ?? 3,
    config.retry?.maxRetries ?? 3,
    retryWithinSeconds(config.retry?.maxWaitSeconds ?? MAX_RETRY_WAIT_SECONDS),
  );
  return Client.initWithMiddleware({
    baseUrl: url.origin + url.pathname.replace(/\/+$/, ''),
    defaultVersion: 'v1.0',
    middleware: [new TokenHandler(config.getToken, url.host), new RetryHandler(retryOptions), new FetchHandler(fetchImpl)],
  });
}
