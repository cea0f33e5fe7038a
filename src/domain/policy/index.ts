// Policy profiles: built-in profiles (data in ./profiles), parsePolicy, and the profile for a corpus organisation.

import type { CorpusOrganization } from '../corpus';
import { parsePolicy } from './parsePolicy';
import type { Profile } from './types';
import defaultJson from './profiles/default.json';
import kramforsJson from './profiles/kramfors.json';
import kronobergJson from './profiles/kronoberg.json';
import mjolbyJson from './profiles/mjolby.json';

export { parsePolicy, profileSchema, type ParsePolicyResult, type PolicyError } from './parsePolicy';
export type { Profile, MeetingTool, ReadCadence, Weekday } from './types';

function builtIn(json: unknown): Profile {
  const r = parsePolicy(json);
  if (!r.ok) throw new Error(`built-in profile is invalid: ${r.errors.map((e) => e.field).join(', ')}`);
  return r.profile;
}

export const DEFAULT_PROFILE: Profile = builtIn(defaultJson);

/** Built-in profiles by organisation id. */
export const BUILT_IN_PROFILES: ReadonlyMap<string, Profile> = new Map(
  [kramforsJson, mjolbyJson, kronobergJson].map((j) => {
    const p = builtIn(j);
    return [p.id, p] as const;
  }),
);

/**
 * The profile for an organisation: its built-in profile when one exists, else the generic default,
 * with the organisation block (name, domains, registrar, admins) taking precedence. `roster` adds
 * elected members' addresses (the corpus schema has none: callers pass the owners of the
 * organisation's mailboxes, see rosterOf).
 */
export function profileForOrganization(org: CorpusOrganization, roster: readonly string[] = []): Profile {
  const base = BUILT_IN_PROFILES.get(org.id) ?? DEFAULT_PROFILE;
  const members = [...new Set([...(base.members ?? []), ...roster.map((a) => a.trim().toLowerCase()).filter(Boolean)])];
  return {
    ...(members.length ? { members } : {}),
    ...base,
    id: org.id,
    name: org.name || base.name,
    politicianDomain: org.politicianDomain.trim().toLowerCase(),
    orgDomains: org.orgDomains.map((d) => d.trim().toLowerCase()).filter(Boolean),
    registrar: { name: org.registrar.name, address: org.registrar.address.trim().toLowerCase() },
    admins: org.admins ?? base.admins,
  };
}

/** The roster a corpus implies for one organisation: the owners of its mailboxes (all elected members). */
export function rosterOf(mailboxes: readonly { organization: string; owner: { address: string } }[], organizationId: string): string[] {
  return mailboxes.filter((b) => b.organization === organizationId).map((b) => b.owner.address.trim().toLowerCase());
}
