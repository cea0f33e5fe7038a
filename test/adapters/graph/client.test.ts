// Unit tests of the client factory's middleware chain, with a scripted terminal fetch.

import { createGraphClient } from '../../../src/adapters/graph/client';
import { GraphError, toGraphError } from '../../../src/adapters/graph/errors';
import { graphErrorBody, scriptedFetch } from './support/scriptedFetch';

const BASE = 'https://127.0.0.1:4443';

describe('createGraphClient', () => {
  describe('when the base URL is the local server', () => {
    it('sends the bearer token to that host under /v1.0', async () => {
      const { fetchImpl, seen } = scriptedFetch(() => ({ status: 200, body: { id: 'x' } }));
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => 'tok-1', fetchImpl });
      await client.api('/me').get();
      expect(seen[0]!.url.href).toBe(`${BASE}/v1.0/me`);
      expect(seen[0]!.headers.get('authorization')).toBe('Bearer tok-1');
    });

    it('adds no telemetry headers', async () => {
      const { fetchImpl, seen } = scriptedFetch(() => ({ status: 200, body: {} }));
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl });
      await client.api('/me').get();
      expect(seen[0]!.headers.get('sdkversion')).toBeNull();
      expect(seen[0]!.headers.get('client-request-id')).toBeNull();
    });
  });

  describe('when the token provider fails to sign in', () => {
    it.each(['auth_cancelled', 'auth_failed', 'auth_dialog_blocked'])('keeps the sign-in code %s, sends nothing and does not call it a network error', async (code) => {
      const { fetchImpl, seen } = scriptedFetch(() => ({ status: 200, body: {} }));
      const signInError = Object.assign(new Error('Sign-in failed'), { name: 'AuthError', code });
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => Promise.reject(signInError), fetchImpl });
      const error = toGraphError(await client.api('/me/messages').get().catch((e: unknown) => e));
      expect(error.code).toBe(code);
      expect(seen).toHaveLength(0);
    });

    it('still calls a failure without a sign-in code a network error', async () => {
      const { fetchImpl } = scriptedFetch(() => ({ status: 200, body: {} }));
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => Promise.reject(Object.assign(new Error('x'), { code: 'auth_unknown' })), fetchImpl });
      expect(toGraphError(await client.api('/me').get().catch((e: unknown) => e)).code).toBe('network');
    });
  });

  describe('when Graph answers 429 with Retry-After', () => {
    it('retries after the given delay and returns the success', async () => {
      let calls = 0;
      const { fetchImpl, seen } = scriptedFetch(() =>
        ++calls === 1 ? { status: 429, body: graphErrorBody('TooManyRequests'), headers: { 'Retry-After': '0' } } : { status: 200, body: { ok: 1 } },
      );
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl });
      await expect(client.api('/me').get()).resolves.toEqual({ ok: 1 });
      expect(seen).toHaveLength(2);
      expect(seen[1]!.headers.get('retry-attempt')).toBe('1');
    });
  });

  describe('when Graph answers 429 with a Retry-After longer than the pane may wait', () => {
    it('does not wait it out but gives a throttled GraphError with the seconds', async () => {
      const { fetchImpl, seen } = scriptedFetch(() => ({ status: 429, body: graphErrorBody('ApplicationThrottled'), headers: { 'Retry-After': '300' } }));
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl });
      const error = toGraphError(await client.api('/me/messages').get().catch((e: unknown) => e));
      expect(error).toMatchObject({ code: 'throttled', statusCode: 429, retryAfterSeconds: 300 });
      expect(seen).toHaveLength(1);
    });

    it('waits out a Retry-After within the configured limit', async () => {
      let calls = 0;
      const { fetchImpl, seen } = scriptedFetch(() => (++calls === 1 ? { status: 503, body: graphErrorBody('ServiceUnavailable'), headers: { 'Retry-After': '1' } } : { status: 200, body: { ok: 2 } }));
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl, retry: { maxWaitSeconds: 1 } });
      await expect(client.api('/me').get()).resolves.toEqual({ ok: 2 });
      expect(seen).toHaveLength(2);
    });
  });

  describe('when Graph answers an error', () => {
    it('surfaces as a GraphError with a stable code, Graph code and request id', async () => {
      const { fetchImpl } = scriptedFetch(() => ({
        status: 400,
        body: graphErrorBody('InefficientFilter', 'The restriction or sort order is too complex'),
        headers: { 'request-id': 'req-42' },
      }));
      const client = createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl });
      const error = toGraphError(await client.api('/me/messages').get().catch((e: unknown) => e));
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ code: 'bad_request', statusCode: 400, graphCode: 'InefficientFilter', requestId: 'req-42' });
    });
  });

  describe('when the configuration is wrong', () => {
    it('refuses an http base URL, since tokens go to https hosts only', () => {
      expect(() => createGraphClient({ baseUrl: 'http://127.0.0.1:1', getToken: async () => 't' })).toThrow(
        expect.objectContaining({ code: 'config_invalid' }),
      );
    });
  });
});
