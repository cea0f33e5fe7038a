// The admin page in the demo: a persona picker (the tenant's admins, registrars and politicians;
// never their party) over the local Graph server behind the dev server's proxy, dev tokens per
// scope set. `?user=<address>` preselects.

import { webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { devTokenProvider } from '../adapters/graph/devToken';
import type { AdminRole } from '../domain/admin/roles';
import type { CorpusOrganization } from '../domain/corpus';
import { profileForOrganization } from '../domain/policy';
import { AdminApp } from '../ui/dashboard/AdminApp';
import { describeError } from '../ui/describe';
import { STRINGS, type Language } from '../ui/i18n';
import { PersonaPicker, type Persona } from '../ui/shell/PersonaPicker';
import { isAdminLocation, wireAdmin, type AdminLocation } from './wiring';

interface DevTenant extends AdminLocation {
  users: { address: string; displayName: string; roles: string[] }[];
}
interface DemoTenant {
  organizations: CorpusOrganization[];
  mailboxes: { organization: string; owner: { name: string; address: string } }[];
}

interface AdminPersona extends Persona {
  role: AdminRole;
  organization: CorpusOrganization;
}

async function getJson(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
}

function organisationOf(address: string, tenant: DemoTenant): CorpusOrganization | undefined {
  const a = address.toLowerCase();
  return tenant.organizations.find(
    (o) => o.registrar.address.toLowerCase() === a || (o.admins ?? []).some((p) => p.address.toLowerCase() === a) || tenant.mailboxes.some((m) => m.organization === o.id && m.owner.address.toLowerCase() === a),
  );
}

/** The strongest role the server gives the user (its roles come from the tenant, as Entra groups would). */
function roleFrom(roles: string[]): AdminRole {
  return roles.includes('admin') ? 'admin' : roles.includes('registrar') ? 'registrar' : 'politician';
}

function personas(dev: DevTenant, demo: DemoTenant, language: Language): AdminPersona[] {
  const s = STRINGS[language].admin;
  const label: Record<AdminRole, string> = { admin: s.roleAdmin, registrar: s.roleRegistrar, politician: s.rolePolitician };
  const order: Record<AdminRole, number> = { admin: 0, registrar: 1, politician: 2 };
  const out: AdminPersona[] = [];
  for (const u of dev.users) {
    const organization = organisationOf(u.address, demo);
    if (!organization) continue;
    const role = roleFrom(u.roles);
    out.push({ name: u.displayName, address: u.address, description: `${label[role]} · ${organization.name}`, role, organization });
  }
  return out.sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name, 'sv'));
}

export async function startDashboardDemo(element: HTMLElement, demoTenant: unknown): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const language: Language = params.get('lang') === 'en' ? 'en' : 'sv';
  document.documentElement.lang = language;
  const root = createRoot(element);
  root.render(<AdminApp services={null} language={language} theme={webLightTheme} />);
  try {
    const dev = await getJson('/_dev/tenant');
    const demo = demoTenant as DemoTenant;
    if (!demo || !Array.isArray(demo.organizations) || !Array.isArray(demo.mailboxes)) throw new Error('/_demo/tenant unreadable');
    if (!isAdminLocation(dev) || !Array.isArray((dev as DevTenant).users)) throw new Error('dev tenant without lists');
    const people = personas(dev as DevTenant, demo, language);
    const wanted = params.get('user')?.toLowerCase();
    const persona = people.find((p) => p.address.toLowerCase() === wanted) ?? people[0];
    if (!persona) throw new Error('no persona');
    const select = (address: string) => {
      const url = new URL(window.location.href);
      url.searchParams.set('user', address);
      window.location.assign(url.toString());
    };
    const header = <PersonaPicker personas={people} selected={persona.address} language={language} onSelect={select} title={STRINGS[language].admin.personaTitle} />;
    const baseUrl = window.location.origin;
    const services = wireAdmin({
      baseUrl,
      getToken: devTokenProvider(baseUrl, persona.address),
      location: dev as AdminLocation,
      actor: { address: persona.address, role: persona.role },
      profile: profileForOrganization(persona.organization),
      mailboxes: demo.mailboxes.filter((m) => m.organization === persona.organization.id).map((m) => ({ address: m.owner.address, name: m.owner.name })),
    });
    root.render(<AdminApp services={services} language={language} theme={webLightTheme} header={header} />);
  } catch (error) {
    const s = STRINGS[language];
    const message = (error as Error)?.message?.includes('dev tenant') || (error as Error)?.message?.startsWith('/_')
      ? language === 'sv'
        ? 'Demon hittar ingen testorganisation. Starta den med `npm start` och ladda om sidan.'
        : 'The demo found no test tenant. Start it with `npm start` and reload the page.'
      : describeError(error, s);
    root.render(<AdminApp services={null} error={message} language={language} theme={webLightTheme} />);
  }
}
