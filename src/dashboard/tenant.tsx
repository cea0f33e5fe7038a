// The admin page in a tenant: postvakt.config.json (sign-in, policy, and `admin` with the site and
// list ids), MSAL in the browser (popup), the role from the token's Entra app roles or the profile.

import { webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createAuth } from '../adapters/msal/auth';
import { roleOf } from '../domain/admin/roles';
import { fetchOutlookConfigJson } from '../wiring/configJson';
import { parseOutlookConfig } from '../wiring/outlookConfig';
import { AdminApp } from '../ui/dashboard/AdminApp';
import { describeError } from '../ui/describe';
import { STRINGS, languageFromTag } from '../ui/i18n';
import { parseTokenClaims } from './tokenClaims';
import { isAdminLocation, wireAdmin } from './wiring';

const CONFIG_MISSING = {
  sv: 'Postvakts administrationssida saknar inställningar (inloggning och listorna i postvakt.config.json). Kontakta IT-supporten.',
  en: "Postvakt's admin page has no settings (sign-in and the lists in postvakt.config.json). Contact IT support.",
};

export async function startDashboardTenant(element: HTMLElement): Promise<void> {
  const language = languageFromTag(new URLSearchParams(location.search).get('lang') ?? navigator.language);
  document.documentElement.lang = language;
  const root = createRoot(element);
  root.render(<AdminApp services={null} language={language} theme={webLightTheme} />);
  try {
    const json = await fetchOutlookConfigJson();
    const config = parseOutlookConfig(json);
    const location = (json as { admin?: unknown } | null)?.admin;
    if (!config.deployment || !isAdminLocation(location)) {
      root.render(<AdminApp services={null} error={CONFIG_MISSING[language]} language={language} theme={webLightTheme} />);
      return;
    }
    const { clientId, authority, knownAuthorities } = config.deployment;
    const auth = createAuth({ clientId, authority, ...(knownAuthorities ? { knownAuthorities } : {}) });
    const first = await auth.getToken(['Sites.Selected']);
    const claims = parseTokenClaims(first);
    if (!claims.address) throw new Error('token without address');
    const services = wireAdmin({
      baseUrl: config.deployment.graphBaseUrl,
      getToken: (scopes, options) => auth.getToken(scopes, options),
      location,
      actor: { address: claims.address, role: roleOf(claims.address, config.profile, claims.roles) },
      profile: config.profile,
      mailboxes: (config.profile.members ?? []).map((address) => ({ address, name: address })),
    });
    root.render(<AdminApp services={services} language={language} theme={webLightTheme} />);
  } catch (error) {
    root.render(<AdminApp services={null} error={describeError(error, STRINGS[language])} language={language} theme={webLightTheme} />);
  }
}
