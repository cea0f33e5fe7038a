// AuthPort over MSAL: nested app authentication in Outlook, the Office dialog where NAA is missing,
// a standard MSAL popup in a plain browser. MSAL is created lazily, on the first token request.

import type { AuthPort, TokenOptions } from '../../ports/auth';
import { tokenThroughDialog, type DialogUi } from './dialogAuth';
import { msalAuth } from './config';
import { AuthError, toAuthError } from './errors';
import { acquireToken, type MsalLike } from './tokenFlow';

export interface AuthConfig {
  clientId: string;
  /** Defaults to https://login.microsoftonline.com/organizations (work accounts only). */
  authority?: string;
  /** Absolute URL of dialog.html; defaults to the one beside the current page. */
  dialogUrl?: string;
  /** Absolute URL of redirect.html (the browser popup's redirect URI); defaults to the one beside the current page. */
  redirectUrl?: string;
  /** Sign-in hosts trusted without Microsoft's instance discovery (DeploymentConfig.knownAuthorities). */
  knownAuthorities?: string[];
  /** The mailbox owner's address: the dialog's sign-in goes straight to that account. */
  loginHint?: string;
}

export type AuthStrategy = 'naa' | 'dialog' | 'browser';

/** Dialog tokens are reused until five minutes before expiry (50 minutes when the page did not say). */
const DIALOG_TOKEN_MARGIN_MS = 5 * 60_000;
const DIALOG_TOKEN_DEFAULT_MS = 50 * 60_000;

/** What the host offers; read from Office at the entry point, stubbed in tests. */
export interface AuthEnvironment {
  inOffice: boolean;
  supportsNaa: boolean;
  ui?: DialogUi;
  createNestable(config: AuthConfig): Promise<MsalLike>;
  createStandard(config: AuthConfig): Promise<MsalLike>;
  /** Epoch milliseconds; Date.now by default. */
  now?: () => number;
}

export function chooseStrategy(env: Pick<AuthEnvironment, 'inOffice' | 'supportsNaa'>): AuthStrategy {
  if (env.inOffice) return env.supportsNaa ? 'naa' : 'dialog';
  return 'browser';
}

function msalConfiguration(config: AuthConfig, redirectUri?: string) {
  return {
    auth: msalAuth(config, redirectUri),
    // No PII in MSAL's logs: the default logger is off and piiLoggingEnabled stays false.
    system: { loggerOptions: { piiLoggingEnabled: false } },
  };
}

export function officeAuthEnvironment(): AuthEnvironment {
  const office = typeof Office !== 'undefined' ? Office : undefined;
  const inOffice = Boolean(office?.context?.mailbox);
  let supportsNaa = false;
  try {
    supportsNaa = inOffice && Boolean(office!.context.requirements.isSetSupported('NestedAppAuth', '1.1'));
  } catch {
    supportsNaa = false;
  }
  return {
    inOffice,
    supportsNaa,
    ui: inOffice ? office!.context.ui : undefined,
    async createNestable(config) {
      const msal = await import('@azure/msal-browser');
      return (await msal.createNestablePublicClientApplication(msalConfiguration(config))) as unknown as MsalLike;
    },
    async createStandard(config) {
      const msal = await import('@azure/msal-browser');
      // The popup comes back to redirect.html, which hands the answer to this page (MSAL 5's redirect bridge).
      const redirectUri = config.redirectUrl ?? new URL('redirect.html', location.href).toString();
      const pca = await msal.createStandardPublicClientApplication(msalConfiguration(config, redirectUri));
      await pca.handleRedirectPromise();
      return pca as unknown as MsalLike;
    },
  };
}

export function createAuth(config: AuthConfig, env: AuthEnvironment = officeAuthEnvironment()): AuthPort {
  if (!config.clientId) throw new AuthError('auth_config', 'No clientId configured');
  const strategy = chooseStrategy(env);
  let pca: Promise<MsalLike> | null = null;
  // Without NAA every token costs a dialog window: keep each one (in memory only) while it is valid.
  const dialogTokens = new Map<string, { token: string; validUntil: number }>();
  const dialogsInFlight = new Map<string, Promise<string>>();
  let dialogQueue: Promise<unknown> = Promise.resolve();
  const now = env.now ?? (() => Date.now());
  const client = (): Promise<MsalLike> => {
    pca ??= (strategy === 'naa' ? env.createNestable(config) : env.createStandard(config)).catch((error: unknown) => {
      pca = null;
      throw toAuthError(error);
    });
    return pca;
  };
  return {
    async getToken(scopes: string[], options?: TokenOptions): Promise<string> {
      if (strategy === 'dialog') {
        const ui = env.ui;
        if (!ui) throw new AuthError('auth_unsupported', 'No Office dialog API');
        const key = [...scopes].sort().join(' ') + (options?.claims ? `\n${options.claims}` : '');
        const cached = (): string | null => {
          const hit = options?.claims ? undefined : dialogTokens.get(key);
          return hit && hit.validUntil > now() ? hit.token : null;
        };
        const ready = cached();
        if (ready) return ready;
        // Every dialog is a window: silent-only ends here (a dialog token is kept in memory only).
        if (options?.silentOnly) throw new AuthError('auth_interaction_required', 'Sign-in needed');
        // Requests for the same scopes share the dialog already asked for (a view's parallel calls).
        const waiting = dialogsInFlight.get(key);
        if (waiting) return waiting;
        // Office shows one dialog at a time (a second fails with 12007): the others wait their turn,
        // then look in the cache again.
        const turn = dialogQueue.then(async () => {
          const meanwhile = cached();
          if (meanwhile) return meanwhile;
          const dialogUrl = config.dialogUrl ?? new URL('dialog.html', location.href).toString();
          const result = await tokenThroughDialog(ui, dialogUrl, scopes, { ...options, ...(config.loginHint ? { loginHint: config.loginHint } : {}) });
          const validUntil = (result.expiresOn ?? now() + DIALOG_TOKEN_DEFAULT_MS) - DIALOG_TOKEN_MARGIN_MS;
          if (!options?.claims) dialogTokens.set(key, { token: result.accessToken, validUntil });
          return result.accessToken;
        });
        const settled = turn.finally(() => dialogsInFlight.delete(key));
        dialogsInFlight.set(key, settled);
        dialogQueue = settled.catch(() => undefined);
        return settled;
      }
      return acquireToken(await client(), scopes, options);
    },
  };
}
