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
import { demoPersonas, fetchDemoLists, fetchDemoTenant, isDemoTenant, type DemoPersona } from './demoTenant';
import { mount } from './mount';
import { judge } from './verdictEngine';
import type { ServiceDeps } from './serviceDeps';
import { webLightTheme } from '@fluentui/react-components';

function selectPersona(address: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set('user', address);
  window.location.assign(url.toString());
}

export async function startDemo(tenant: Promise<unknown> = fetchDemoTenant()): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const language: Language = params.get('lang') === 'en' ? 'en' : 'sv';
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
      profile: profileForOrganization(persona.organization),
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
  const update = mount({ services, current: { status: 'loading' }, language, theme: webLightTheme, header });
  if (!ready) {
    update({ current: { status: 'error', error: { messageSv: 'Demon hittar ingen testorganisation. Starta den med `npm start` och ladda om sidan.', messageEn: 'The demo found no test tenant. Start it with `npm start` and reload the page.' } } });
    return;
  }

  let contextMessages: Parameters<typeof judge>[3] | null = null;
  async function show(id: MessageId): Promise<void> {
    const d = ready!;
    update({ current: { status: 'loading' } });
    try {
      const message = await d.mailbox.getMessage(id);
      const judged = judge(message, d.profile, d.owner, contextMessages ?? [message]);
      const current = { message, ...judged, resolveId: async () => id };
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
