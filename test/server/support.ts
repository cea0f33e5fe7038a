// Raw HTTP access to the test server through undici with the server's CA (never a process-wide TLS switch).

import { Agent, fetch } from 'undici';
import type { TestGraphServer } from '../support/graphServer';

export interface Raw {
  call(method: string, path: string, options?: { token?: string | null; body?: unknown; headers?: Record<string, string>; redirect?: 'manual' }): Promise<{ status: number; headers: Headers; json: any; text: string }>;
  close(): Promise<void>;
}

export function rawClient(server: TestGraphServer, defaultToken: string | null): Raw {
  const dispatcher = new Agent({ connect: { ca: server.caCertPem } });
  return {
    async call(method, path, options = {}) {
      const token = options.token === undefined ? defaultToken : options.token;
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (token) headers.Authorization = `Bearer ${token}`;
      let body: string | Buffer | undefined;
      if (Buffer.isBuffer(options.body)) body = options.body;
      else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['Content-Type'] ??= 'application/json';
      }
      const url = path.startsWith('https://') ? path : `${server.url}${path}`;
      const response = await fetch(url, { method, headers, body, dispatcher, ...(options.redirect ? { redirect: options.redirect } : {}) });
      const text = await response.text();
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      return { status: response.status, headers: response.headers as unknown as Headers, json, text };
    },
    close: () => dispatcher.close(),
  };
}
