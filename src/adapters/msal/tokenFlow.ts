// Silent first, then interactive; one retry when Entra answers with a claims challenge. With
// `silentOnly` no window opens: interaction needed is `auth_interaction_required`; `interactive` skips the silent try.

import type { TokenOptions } from '../../ports/auth';
import { AuthError, toAuthError } from './errors';

/** The part of MSAL's IPublicClientApplication the flow uses (a fake stands in for it in tests). */
export interface MsalLike {
  getActiveAccount(): unknown;
  getAllAccounts(): unknown[];
  setActiveAccount(account: never): void;
  acquireTokenSilent(request: { scopes: string[]; account?: never; claims?: string }): Promise<{ accessToken: string; account?: unknown }>;
  acquireTokenPopup(request: { scopes: string[]; claims?: string }): Promise<{ accessToken: string; account?: unknown }>;
}

interface MsalErrorShape {
  errorCode?: string;
  claims?: string;
  name?: string;
}

/** Interaction is needed when MSAL says so, or when no account is signed in yet. */
function needsInteraction(error: unknown): boolean {
  const e = error as MsalErrorShape | null;
  return e?.name === 'InteractionRequiredAuthError' || e?.errorCode === 'no_account_error' || e?.errorCode === 'no_tokens_found'
    || e?.errorCode === 'interaction_required' || e?.errorCode === 'login_required' || e?.errorCode === 'consent_required';
}

function claimsOf(error: unknown): string | undefined {
  const claims = (error as MsalErrorShape | null)?.claims;
  return typeof claims === 'string' && claims.length > 0 ? claims : undefined;
}

export async function acquireToken(pca: MsalLike, scopes: string[], options: TokenOptions = {}): Promise<string> {
  const account = (pca.getActiveAccount() ?? pca.getAllAccounts()[0]) as never | undefined;
  if (options.claims && options.silentOnly) throw new AuthError('auth_interaction_required', 'Sign-in needed (claims challenge)');
  if (options.interactive && !options.silentOnly) return interactive(pca, scopes, options.claims);
  if (!options.claims) {
    try {
      const silent = await pca.acquireTokenSilent({ scopes, account });
      return silent.accessToken;
    } catch (error) {
      if (!needsInteraction(error)) throw toAuthError(error);
      if (options.silentOnly) throw new AuthError('auth_interaction_required', 'Sign-in needed', error);
      return interactive(pca, scopes, claimsOf(error));
    }
  }
  return interactive(pca, scopes, options.claims);
}

async function interactive(pca: MsalLike, scopes: string[], claims: string | undefined): Promise<string> {
  try {
    const result = await pca.acquireTokenPopup({ scopes, claims });
    remember(pca, result.account);
    return result.accessToken;
  } catch (error) {
    const challenge = claimsOf(error);
    // Exactly one retry, and only when Entra asked for claims we did not send.
    if (!challenge || challenge === claims) throw toAuthError(error);
    try {
      const retry = await pca.acquireTokenPopup({ scopes, claims: challenge });
      remember(pca, retry.account);
      return retry.accessToken;
    } catch (second) {
      throw toAuthError(second);
    }
  }
}

function remember(pca: MsalLike, account: unknown): void {
  if (account) pca.setActiveAccount(account as never);
}
