// Port: access tokens for Microsoft Graph, whatever sign-in flow the host allows.

export interface TokenOptions {
  /** Claims requested by a Graph claims challenge (WWW-Authenticate: ... claims="..."), base64 or JSON. */
  claims?: string;
}

export interface AuthPort {
  /** An access token for exactly these scopes (ask for the fewest the call needs). */
  getToken(scopes: string[], options?: TokenOptions): Promise<string>;
}
