// Entry of dialog.html (the Office dialog fallback): MSAL redirect sign-in, then the token to the parent.
// MSAL's cache is the dialog window's sessionStorage: it lives through the redirect to the sign-in
// page and back, and ends with the dialog, so no refresh token stays on the device. A later dialog
// signs in again through the sign-in host's own session (with the owner's address as login hint,
// usually without a prompt); the task pane keeps the access token in memory until near expiry.
// Postvakt writes nothing of its own to storage here: the scopes come from the URL on every load.

import { createStandardPublicClientApplication, type IPublicClientApplication } from '@azure/msal-browser';
import { msalAuth, parseDeploymentConfig } from './config';
import type { DialogReply } from './dialogAuth';

function reply(message: DialogReply): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

async function run(): Promise<void> {
  const response = await fetch('postvakt.config.json', { cache: 'no-cache' });
  const parsed = parseDeploymentConfig(response.ok ? await response.json() : null);
  if (!parsed.ok) {
    reply({ status: 'error', code: 'auth_config' });
    return;
  }
  const redirectUri = `${location.origin}${location.pathname}`;
  const pca: IPublicClientApplication = await createStandardPublicClientApplication({
    auth: msalAuth(parsed.config, redirectUri),
    cache: { cacheLocation: 'sessionStorage' },
  });
  const result = await pca.handleRedirectPromise();
  if (result?.accessToken) {
    reply({ status: 'ok', accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() });
    return;
  }
  const params = new URLSearchParams(location.search);
  const scopes = (params.get('scopes') ?? '').split(' ').filter(Boolean);
  const claims = params.get('claims') ?? undefined;
  const loginHint = params.get('login_hint') ?? undefined;
  if (scopes.length === 0) {
    reply({ status: 'error', code: 'no_scopes' });
    return;
  }
  await pca.acquireTokenRedirect({ scopes, claims, loginHint });
}

Office.onReady(() => {
  run().catch((error: unknown) => {
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    reply({ status: 'error', code: typeof code === 'string' ? code : 'unknown' });
  });
});
