// Hand-made registrations for the archive export tests, and validation against the vendored ERMS v3 schema.

import { readFileSync } from 'fs';
import { join } from 'path';
import { validateXML } from 'xmllint-wasm';
import type { Registration } from '../../../src/domain/registrar/registration.types';

export const SCHEMA_PATH = join(__dirname, '../../../vendor/erms/ERMS_v3.xsd');
const SCHEMA = readFileSync(SCHEMA_PATH, 'utf8');

export const ORGANISATION = { name: 'Kramfors kommun', id: '212000-2296' };
export const CREATED_AT = '2026-03-10T09:00:00.000Z';

let counter = 0;

/** A registered inkommen e-mail to case KS 2026/123; every field can be overridden. */
export function registration(overrides: Partial<Registration> = {}): Registration {
  counter += 1;
  const hex = counter.toString(16).padStart(10, '0').toUpperCase();
  return {
    diarienummer: 'KS 2026/123',
    datumInkommen: '2026-03-02T07:15:00Z',
    registeredAt: '2026-03-02T09:30:00Z',
    registeredBy: 'registrator@kramfors.se',
    avsandare: { name: 'Anna Andersson', address: 'anna@example.se' },
    mottagare: [{ name: 'Helena Norberg', address: 'helena.norberg@pol.kramfors.se' }],
    arende: 'Fråga om bygglov, Nyland 2:14',
    reference: hex,
    key: `key-${hex}`,
    forwardedBy: { name: 'Helena Norberg', address: 'helena.norberg@pol.kramfors.se' },
    direction: 'in',
    originalSubject: 'Bygglov Nyland',
    originalInternetMessageId: `<${hex}@example.se>`,
    emlSha256: 'a'.repeat(64),
    emlName: `handling-${hex}.eml`,
    attachments: [{ name: 'ritning.pdf', contentType: 'application/pdf', size: 123456 }],
    status: 'registrerad',
    ...overrides,
  };
}

/** xmllint's verdict on a document against the vendored CITS ERMS v3 schema: the errors, or [] when valid. */
export async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'erms.xml', contents: xml }],
    schema: [{ fileName: 'ERMS_v3.xsd', contents: SCHEMA }],
  });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
