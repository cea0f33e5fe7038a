// A self-signed certificate made at start, valid for 127.0.0.1 and localhost; clients trust it per request.

import { generate } from 'selfsigned';

export interface ServerCert {
  key: string;
  cert: string;
}

export async function makeCertificate(): Promise<ServerCert> {
  const pems = await generate([{ name: 'commonName', value: 'Postvakt local Graph server' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  } as Parameters<typeof generate>[1]);
  return { key: pems.private, cert: pems.cert };
}
