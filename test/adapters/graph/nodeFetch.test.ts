// The Node fetch path: trusts the local server's CA for this client only, TLS checks stay on.

import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { createGraphClient } from '../../../src/adapters/graph/client';
import { devTokenProvider } from '../../../src/adapters/graph/devToken';
import { toGraphError } from '../../../src/adapters/graph/errors';

let server: Server;
let url: string;
let caCertPem: string;
const seenAuth: (string | undefined)[] = [];

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  caCertPem = pems.cert;
  server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    seenAuth.push(req.headers.authorization);
    res.setHeader('content-type', 'application/json');
    if (req.url === '/_dev/token') {
      res.end(JSON.stringify({ access_token: 'dev-token' }));
      return;
    }
    res.end(JSON.stringify({ mail: 'ann@pol.example.se' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('createGraphClient in Node', () => {
  describe('when given the local server CA', () => {
    it('connects over https with a dev token and sends it as a bearer token', async () => {
      const client = createGraphClient({ baseUrl: url, getToken: devTokenProvider(url, 'ann@pol.example.se', caCertPem), caCertPem });
      await expect(client.api('/me').get()).resolves.toEqual({ mail: 'ann@pol.example.se' });
      expect(seenAuth[seenAuth.length - 1]).toBe('Bearer dev-token');
    });
  });

  describe('when not given the CA', () => {
    it('refuses the self-signed certificate, because TLS checks stay on', async () => {
      const client = createGraphClient({ baseUrl: url, getToken: async () => 't' });
      const error = toGraphError(await client.api('/me').get().catch((e: unknown) => e));
      expect(error.code).toBe('network');
    });
  });
});
