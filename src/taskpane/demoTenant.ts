// The demo's view of its tenant (served by the dev server at /_demo/tenant): organisations and
// mailbox owners without any mail, turned into the persona picker's people.

import type { CorpusOrganization } from '../domain/corpus';
import type { MailboxOwner } from '../domain/types';
import type { Persona } from '../ui/shell/PersonaPicker';

export interface DemoTenant {
  organizations: CorpusOrganization[];
  mailboxes: { organization: string; owner: { name: string; address: string }; roles: string[]; party?: string }[];
}

export interface DemoPersona extends Persona {
  owner: MailboxOwner;
  organization: CorpusOrganization;
}

export function demoPersonas(tenant: DemoTenant): DemoPersona[] {
  const byId = new Map(tenant.organizations.map((o) => [o.id, o]));
  const people: DemoPersona[] = [];
  for (const m of tenant.mailboxes) {
    const organization = byId.get(m.organization);
    if (!organization) continue;
    const owner: MailboxOwner = { name: m.owner.name, address: m.owner.address, roles: m.roles, ...(m.party ? { party: m.party } : {}) };
    people.push({ name: m.owner.name, address: m.owner.address, description: `${m.party ?? ''} · ${organization.name}`.replace(/^ · /, ''), owner, organization });
  }
  for (const organization of tenant.organizations) {
    const r = organization.registrar;
    if (people.some((p) => p.address.toLowerCase() === r.address.toLowerCase())) continue;
    people.push({ name: r.name, address: r.address, description: `Registrator · ${organization.name}`, owner: { name: r.name, address: r.address, roles: ['registrator'] }, organization });
  }
  return people;
}

/** The dev server's /_demo/tenant; the entry starts it before the demo chunk has loaded. */
export async function fetchDemoTenant(): Promise<unknown> {
  const response = await fetch('/_demo/tenant');
  const body: unknown = await response.json();
  if (!response.ok) throw new Error('demo tenant unavailable');
  return body;
}

export function isDemoTenant(value: unknown): value is DemoTenant {
  const v = value as DemoTenant | null;
  return Boolean(v && Array.isArray(v.organizations) && Array.isArray(v.mailboxes));
}

/** The local Graph server's SharePoint site and list ids (`/_dev/tenant`, proxied by the dev server). */
export interface DemoLists {
  siteId: string;
  complianceListId: string;
  logRequestListId: string;
}

/** The demo's lists, or null when the server does not offer them (sharing and the list check are then off). */
export async function fetchDemoLists(): Promise<DemoLists | null> {
  try {
    const response = await fetch('/_dev/tenant');
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<DemoLists> | null;
    if (typeof body?.siteId !== 'string' || typeof body.complianceListId !== 'string' || typeof body.logRequestListId !== 'string') return null;
    return { siteId: body.siteId, complianceListId: body.complianceListId, logRequestListId: body.logRequestListId };
  } catch {
    return null;
  }
}
