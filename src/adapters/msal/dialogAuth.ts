// Fallback for Outlook clients without nested app authentication: an Office dialog runs the MSAL redirect.

import type { TokenOptions } from '../../ports/auth';
import { AuthError, toAuthError } from './errors';

/** What the dialog page sends back through Office.context.ui.messageParent. */
export type DialogReply = { status: 'ok'; accessToken: string; expiresOn?: number } | { status: 'error'; code: string };

export interface DialogToken {
  accessToken: string;
  /** Epoch milliseconds, when the dialog page knew it. */
  expiresOn?: number;
}

export interface DialogUi {
  displayDialogAsync: typeof Office.context.ui.displayDialogAsync;
}

export interface DialogOptions extends TokenOptions {
  /** The account to sign in (the mailbox owner), passed on as MSAL's loginHint. */
  loginHint?: string;
}

export function dialogPageUrl(pageUrl: string, scopes: string[], options: DialogOptions = {}): string {
  const url = new URL(pageUrl);
  url.searchParams.set('scopes', scopes.join(' '));
  if (options.claims) url.searchParams.set('claims', options.claims);
  if (options.loginHint) url.searchParams.set('login_hint', options.loginHint);
  return url.toString();
}

export function parseDialogReply(message: string): DialogReply {
  try {
    const parsed = JSON.parse(message) as Partial<{ status: string; accessToken: string; code: string; expiresOn: number }>;
    if (parsed.status === 'ok' && typeof parsed.accessToken === 'string' && parsed.accessToken) {
      return typeof parsed.expiresOn === 'number' ? { status: 'ok', accessToken: parsed.accessToken, expiresOn: parsed.expiresOn } : { status: 'ok', accessToken: parsed.accessToken };
    }
    return { status: 'error', code: typeof parsed.code === 'string' ? parsed.code : 'unknown' };
  } catch {
    return { status: 'error', code: 'bad_reply' };
  }
}

export function tokenThroughDialog(ui: DialogUi, pageUrl: string, scopes: string[], options: DialogOptions = {}): Promise<DialogToken> {
  return new Promise<DialogToken>((resolve, reject) => {
    ui.displayDialogAsync(dialogPageUrl(pageUrl, scopes, options), { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
      if (String(result.status) !== 'succeeded') {
        // 12007: a dialog is already open; 12009: the person blocked it.
        reject(new AuthError('auth_dialog_blocked', `Dialog could not open (${result.error?.code ?? 'unknown'})`, result.error));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const reply = parseDialogReply('message' in arg ? arg.message : '');
        if (reply.status === 'ok') resolve({ accessToken: reply.accessToken, expiresOn: reply.expiresOn });
        // The page sends MSAL's error code (access_denied when the person cancels at the sign-in page): worded as MSAL's are.
        else if (reply.code === 'auth_config') reject(new AuthError('auth_config', 'The dialog page has no valid postvakt.config.json'));
        else reject(toAuthError({ errorCode: reply.code }));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        // 12006: the person closed the dialog.
        const code = 'error' in arg ? arg.error : 0;
        reject(new AuthError(code === 12006 ? 'auth_cancelled' : 'auth_failed', `Dialog closed (${code})`));
      });
    });
  });
}
