// Demo wiring (no Office host): a persona picker over the local Graph server behind the dev
// server's proxy, the same views and use cases as in Outlook. `?user=<address>` preselects.

import { profileForOrganization } from '../domain/policy';
import { createGraphClient } from '../adapters/graph/client';
import { devTokenProvider } from '../adapters/graph/devToken';
import { createGraphMailbox } from '../adapters/graph/graphMailbox';
import { createGraphComplianceList } from '../adapters/graph/complianceList';
import { createGraphLogRequestList } from '../adapters/graph/logRequests';
import { systemClock } from '../ports/clock';
import type { MessageId } from '../ports/mailbox';
import { asMessageId } from '../ports/mailbox';
import type { Language } from '../ui/i18n';
import type { CurrentState } from '../ui/services';
import { PersonaPicker } from '../ui/shell/PersonaPicker';
import { createServices } from './createServices';
import { createArchiveExport, createRegistrarServices } from './createRegistrarServices';
import { deliveryRef, isRegistrarMailbox } from '../domain/registrar/registrarMode';
import { demoPersonas, fetchDemoLists, fetchDemoTenant, isDemoTenant, type DemoPersona } from './demoTenant';
import { mount } from './mount';
import { judge } from './verdictEngine';
import { loadHtmlToText } from './htmlText';
import type { ServiceDeps } from '../wiring/serviceDeps';
import { webLightTheme } from '@fluentui/react-components';

function selectPersona(address: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('user', address);
  window.location.assign(url.toString());
}

export async function startDemo(tenant: Promise<unknown> = fetchDemoTenant()): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const language: Language = params.get('lang') === 'en' ? 'en' : 'sv';
  // The demo's messages come from Graph with HTML bodies: the converter loads beside the persona list.
  void loadHtmlToText().catch(() => undefined); // show() waits for it and reports a failure
  document.documentElement.lang = language;
  let personas: DemoPersona[] = [];
  let loadError: unknown = null;
  try {
    const body = await tenant;
    if (!isDemoTenant(body)) throw new Error('demo tenant unavailable');
    personas = demoPersonas(body);
  } catch (error) {
    loadError = error;
  }
  const wanted = params.get('user')?.toLowerCase();
  const persona = personas.find((p) => p.address.toLowerCase() === wanted) ?? personas[0];
  const baseUrl = window.location.origin;
  let deps: ServiceDeps | null = null;
  let listsAttached: Promise<void> = Promise.resolve();
  if (persona) {
    const client = createGraphClient({ baseUrl, getToken: devTokenProvider(baseUrl, persona.address) });
    deps = {
      mailbox: createGraphMailbox(client, { address: persona.address }),
      // The demo tenant's mailbox owners of the organisation are its elected members (the roster).
      profile: profileForOrganization(
        persona.organization,
        personas.filter((p) => p.organization.id === persona.organization.id && !p.owner.roles.includes('registrator')).map((p) => p.address),
      ),
      owner: persona.owner,
      clock: systemClock,
    };
    // The same lists a deployment names in postvakt.config.json's `compliance` block; fetched beside the
    // first render and attached before any use case runs.
    const withDeps = deps;
    listsAttached = fetchDemoLists().then((lists) => {
      if (!lists) return;
      withDeps.complianceList = createGraphComplianceList(client, { siteId: lists.siteId, listId: lists.complianceListId });
      withDeps.logRequests = createGraphLogRequestList(client, { siteId: lists.siteId, listId: lists.logRequestListId });
    });
  }
  const ready = deps;
  const header = persona ? <PersonaPicker personas={personas} selected={persona.address} language={language} onSelect={selectPersona} /> : null;
  const services = createServices(
    async () => {
      if (!ready) throw loadError ?? new Error('no persona');
      await listsAttached;
      return ready;
    },
    { openMessage: (id) => void show(id) },
  );
  // Registrar mode: the registrar persona (the profile's registrar address) gets the registrar workspace.
  const registrarMode = ready !== null && isRegistrarMailbox(ready.profile, ready.mailbox.address);
  const registrar = registrarMode ? createRegistrarServices(async () => ready!, { exportRegistrations: createArchiveExport(async () => ready!) }) : undefined;
  const update = mount({ services, current: { status: 'loading' }, language, theme: webLightTheme, header, ...(registrar ? { registrar } : {}) });
  if (!ready) {
    update({ current: { status: 'error', error: { code: 'demo_no_tenant' } } });
    return;
  }

  let contextMessages: Parameters<typeof judge>[3] | null = null;
  async function show(id: MessageId): Promise<void> {
    const d = ready!;
    update({ current: { status: 'loading' } });
    try {
      const [message] = await Promise.all([d.mailbox.getMessage(id), loadHtmlToText()]);
      const judged = judge(message, d.profile, d.owner, contextMessages ?? [message]);
      const delivery = registrarMode && deliveryRef(message.attachments.map((a) => a.name)) !== null;
      const current = { message, ...judged, resolveId: async () => id, ...(delivery ? { delivery } : {}) };
      update({ current: { status: 'ready', current } satisfies CurrentState });
    } catch (error) {
      update({ current: { status: 'error', error } });
    }
  }

  try {
    const listed = await ready.mailbox.listMessages({ folders: ['inbox', 'sentitems'] });
    contextMessages = listed.map((m) => ({ from: m.from ?? { name: '', address: '' }, toRecipients: m.toRecipients, ccRecipients: m.ccRecipients }));
    const first = listed
      .filter((m) => m.folder === 'inbox' && !m.isDraft)
      .sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime))[0];
    const wantedMessage = params.get('message');
    if (wantedMessage) await show(asMessageId(wantedMessage));
    else if (first) await show(first.id);
    else update({ current: { status: 'none' } });
  } catch (error) {
    update({ current: { status: 'error', error } });
  }
}
