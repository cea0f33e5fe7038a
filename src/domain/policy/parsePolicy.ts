// parsePolicy: validates an organisation's policy profile (untrusted JSON) into a typed Profile.

import { z } from 'zod';
import type { Profile } from './types';

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const person = z.object({ name: z.string(), address: z.string() });

const cadence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekdays'), source: z.string() }),
  z.object({ kind: z.literal('everyNDays'), days: z.number().int().min(1).max(365), source: z.string() }),
]);

export const profileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  politicianDomain: z.string(),
  orgDomains: z.array(z.string()),
  registrar: person,
  registrars: z.array(person).optional(),
  diarienummer: z
    .object({ pattern: z.string().min(1).max(300), example: z.string().min(1).max(60) })
    .refine((d) => isRegExp(d.pattern), { message: 'diarienummer.pattern is not a regular expression' })
    .optional(),
  admins: z.array(person).default([]),
  meetingTools: z.array(z.object({ name: z.string(), senders: z.array(z.string()), phrases: z.array(z.string()) })),
  partyDomains: z.array(z.string()),
  readCadence: cadence,
  logWindowDays: z.number().int().min(1).max(3650).default(30),
  maxMessageBytes: z.number().int().positive().default(35 * 1024 * 1024),
  massMailingRecipients: z.number().int().min(2).default(25),
  largeAttachmentBytes: z.number().int().positive().default(20 * 1024 * 1024),
  language: z.enum(['sv', 'en']).default('sv'),
  guidelineRef: z.string().min(1).optional(),
  members: z.array(z.string().trim().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be an e-mail address')).optional(),
});

export interface PolicyError {
  field: string;
  message: string;
}

export type ParsePolicyResult = { ok: true; profile: Profile } | { ok: false; errors: PolicyError[] };

const lower = (xs: string[]) => xs.map((x) => x.trim().toLowerCase()).filter(Boolean);

/** Validates a profile; domains and addresses are lower-cased, phrases too (matching is case-insensitive). */
export function parsePolicy(json: unknown): ParsePolicyResult {
  const r = profileSchema.safeParse(json);
  if (!r.success) {
    return {
      ok: false,
      errors: r.error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(profile)', message: i.message })),
    };
  }
  const p = r.data;
  const profile: Profile = {
    ...p,
    politicianDomain: p.politicianDomain.trim().toLowerCase(),
    orgDomains: lower(p.orgDomains),
    partyDomains: lower(p.partyDomains),
    meetingTools: p.meetingTools.map((t) => ({ name: t.name, senders: lower(t.senders), phrases: lower(t.phrases) })),
  };
  if (p.members) profile.members = lower(p.members);
  else delete profile.members;
  return { ok: true, profile };
}
