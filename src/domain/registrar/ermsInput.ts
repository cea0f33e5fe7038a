// parseRegistrations: the registrar's journal as JSON (untrusted: a file for the CLI), checked field
// by field into Registration values. Errors name the position and field, never the values.

import { z } from 'zod';
import type { Registration } from './registration.types';

export interface RegistrationInputError {
  /** Position in the list, from 0; undefined for the file as a whole. */
  index?: number;
  field: string;
  message: string;
}

const person = z.object({ name: z.string(), address: z.string() });

const registrationSchema = z.object({
  diarienummer: z.string().trim().min(1),
  datumInkommen: z.string(),
  registeredAt: z.string(),
  registeredBy: z.string(),
  avsandare: person.nullable(),
  mottagare: z.array(person),
  arende: z.string(),
  publicTitle: z.string().optional(),
  sekretess: z.object({ provision: z.string(), date: z.string(), authority: z.string() }).optional(),
  reference: z.string(),
  key: z.string().min(1),
  forwardedBy: person,
  direction: z.enum(['in', 'out']),
  originalSubject: z.string(),
  originalInternetMessageId: z.string().optional(),
  emlSha256: z.string().regex(/^[0-9a-f]{64}$/i).optional(),
  emlName: z.string(),
  attachments: z.array(z.object({ name: z.string(), contentType: z.string(), size: z.number().nonnegative() })),
  status: z.enum(['registrerad', 'makulerad']),
  duplicateOf: z.string().optional(),
  makuleradReason: z.string().optional(),
  receiptSentAt: z.string().optional(),
});

/** Either a list of registrations or an object holding one under "registrations". */
export function parseRegistrations(text: string): { registrations: Registration[]; errors: RegistrationInputError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { registrations: [], errors: [{ field: '(file)', message: `not JSON: ${(e as Error).message}` }] };
  }
  const list = Array.isArray(json) ? json : (json as { registrations?: unknown } | null)?.registrations;
  if (!Array.isArray(list)) {
    return { registrations: [], errors: [{ field: '(file)', message: 'expected a list of registrations, or an object with "registrations"' }] };
  }
  const registrations: Registration[] = [];
  const errors: RegistrationInputError[] = [];
  list.forEach((raw, index) => {
    const parsed = registrationSchema.safeParse(raw);
    if (parsed.success) registrations.push(parsed.data);
    // zod's messages describe the expected shape, not the value, so no subject or address leaks.
    else for (const issue of parsed.error.issues) errors.push({ index, field: issue.path.join('.') || '(registration)', message: issue.message });
  });
  return { registrations, errors };
}
