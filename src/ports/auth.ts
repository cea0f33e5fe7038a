// Port: access tokens for Microsoft Graph, whatever sign-in flow the host allows.

/** Stable codes a failed sign-in carries (the MSAL adapter's AuthError), whichever adapter passes it on; the UI words each. */
export const SIGN_IN_ERROR_CODES = ['auth_config', 'auth_cancelled', 'auth_failed', 'auth_dialog_blocked', 'auth_unsupported', 'auth_interaction_required'] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

/** A sign-in failure as getToken rejects with it: `code` is one of SIGN_IN_ERROR_CODES. */
export function signInErrorCode(error: unknown): SignInErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return (SIGN_IN_ERROR_CODES as readonly unknown[]).includes(code) ? (code as SignInErrorCode) : null;
}

export interface TokenOptions {
  /** Claims requested by a Graph claims challenge (WWW-Authenticate: ... claims="..."), base64 or JSON. */
  claims?: string;
  /**
   * Never open a window: a cached or silently renewed token, or `auth_interaction_required`. For
   * a page load, where a popup without the person's click would be blocked by the browser.
   */
  silentOnly?: boolean;
  /**
   * Open the sign-in window at once, with no silent attempt first: for the person's click on "Logga
   * in". A silent attempt can take a network round trip, after which a browser that keeps a click's
   * permission to open a window only briefly (Safari) blocks the popup. Not with `silentOnly`.
   */
  interactive?: boolean;
}

export interface AuthPort {
  /** An access token for exactly these scopes (ask for the fewest the call needs). */
  getToken(scopes: string[], options?: TokenOptions): Promise<string>;
}
