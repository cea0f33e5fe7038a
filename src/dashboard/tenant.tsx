// The admin page in a tenant: postvakt.config.json (sign-in, policy, and `admin` with the site and
// list ids), MSAL in the browser (silent at load; the popup only from the Logga in button's click),
// the role from the token's Entra app roles or the profile.

import { webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createAuth } from '../adapters/msal/auth';
import { roleOf } from '../domain/admin/roles';
import { signInErrorCode } from '../ports/auth';
import { fetchOutlookConfigJson } from '../wiring/configJson';
import { parseOutlookConfig } from '../wiring/outlookConfig';
import { AdminApp, type AdminAppProps } from '../ui/dashboard/AdminApp';
import { describeError } from '../ui/describe';
import { STRINGS, languageFromTag } from '../ui/i18n';
import { parseTokenClaims } from './tokenClaims';
import { isAdminLocation, wireAdmin } from './wiring';

const CONFIG_MISSING = {
  sv: 'Postvakts administrationssida saknar inställningar (inloggning och listorna i postvakt.config.json). Kontakta IT-supporten.',
  en: "Postvakt's admin page has no settings (sign-in and the lists in postvakt.config.json). Contact IT support.",
};

/** The first token: SharePoint lists (Sites.Selected); its payload names who signed in. */
const FIRST_SCOPES = ['Sites.Selected'];

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
    const deployment = config.deployment;
    const auth = createAuth(deployment);
    const show = (props: Pick<AdminAppProps, 'services' | 'error' | 'signIn'>) => root.render(<AdminApp {...props} language={language} theme={webLightTheme} />);
    const open = (first: string): void => {
      const claims = parseTokenClaims(first);
      if (!claims.address) throw new Error('token without address');
      const services = wireAdmin({
        baseUrl: deployment.graphBaseUrl,
        getToken: (scopes, options) => auth.getToken(scopes, options),
        location,
        actor: { address: claims.address, role: roleOf(claims.address, config.profile, claims.roles) },
        profile: config.profile,
        mailboxes: (config.profile.members ?? []).map((address) => ({ address, name: address })),
      });
      show({ services });
    };
    // The popup opens only from the button's click, at once (the load's silent attempt already
    // failed): browsers block a popup a page load opens, and Safari one opened after a round trip.
    // A second click while the popup is open does nothing (MSAL allows one interaction at a time).
    let signingIn = false;
    const signIn = (): void => {
      if (signingIn) return;
      signingIn = true;
      auth
        .getToken(FIRST_SCOPES, { interactive: true })
        .then(open)
        .catch((error: unknown) => show({ services: null, error: describeError(error, STRINGS[language]), signIn }))
        .finally(() => {
          signingIn = false;
        });
    };
    let first: string;
    try {
      first = await auth.getToken(FIRST_SCOPES, { silentOnly: true });
    } catch (error) {
      if (signInErrorCode(error) !== 'auth_interaction_required') throw error;
      show({ services: null, signIn });
      return;
    }
    open(first);
  } catch (error) {
    root.render(<AdminApp services={null} error={describeError(error, STRINGS[language])} language={language} theme={webLightTheme} />);
  }
}
