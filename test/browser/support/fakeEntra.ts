// A fake Microsoft Entra ID for browser tests: one https server (the stack's certificate) serving what
// MSAL asks of an authority: the OpenID configuration, /authorize (a code, the user cancelling, or a
// code whose PKCE challenge will not match) and /token (authorization code with PKCE S256, refresh
// token; AADSTS-shaped errors as Entra sends them; a claims challenge once when told). The id_token is
// an unsigned, well-formed JWT; access tokens come from the test (the local Graph server's own).

import { createHash, randomBytes, randomUUID } from 'crypto';
import type http from 'http';
import https from 'https';

export type AuthorizeOutcome =
  /** The person signs in: back to the redirect URI with a code. */
  | 'sign-in'
  /** The person cancels at the sign-in page: error=access_denied. */
  | 'cancel'
  /** A code is issued, but redeeming it fails as a wrong PKCE code_verifier does (AADSTS501481). */
  | 'pkce-mismatch'
  /** A code is issued; redeeming it is answered with a claims challenge (interaction_required + claims) unless the authorize request carried those claims. */
  | 'claims-challenge';

export interface FakeUser {
  username: string;
  name: string;
  oid: string;
}

export interface FakeEntraOptions {
  key: string;
  cert: string;
  clientId: string;
  /** The registered SPA redirect URIs; anything else is AADSTS50011. */
  redirectUris: string[];
  /** Who signs in when the request has no login_hint, and the accounts login_hint may name. */
  users: FakeUser[];
  /** The access token for a user and the scopes asked (without openid/profile/offline_access). */
  issueAccessToken(user: FakeUser, scopes: string[]): Promise<string>;
}

export interface FakeEntra {
  /** https://localhost:<port> */
  origin: string;
  /** `${origin}/<tenant id>`: what postvakt.config.json names as the authority. */
  authority: string;
  tenantId: string;
  /** The claims a claims challenge asks for. */
  challengeClaims: string;
  /** What the next /authorize requests do, in order; 'sign-in' once the list is used up. */
  plan(...outcomes: AuthorizeOutcome[]): void;
  /** One line per request: method, path, status, and the error code when there was one (no query, no token). */
  log: string[];
  /** Every code, token and id token this server handed out (for the log scans). */
  issued: string[];
  /** The parameters of each /authorize request (for assertions). */
  authorizeRequests: URLSearchParams[];
  close(): Promise<void>;
}

export const CHALLENGE_CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
/** Whether an authorize request's claims (MSAL merges its own id_token claims in) ask for what the challenge asked. */
function carriesChallenge(claims: string | null): boolean {
  try {
    return (JSON.parse(claims ?? 'null') as { access_token?: { acrs?: { value?: unknown } } } | null)?.access_token?.acrs?.value === 'c1';
  } catch {
    return false;
  }
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
  scopes: string[];
  user: FakeUser;
  claims: string | null;
  outcome: AuthorizeOutcome;
  expires: number;
}

const b64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/** An unsigned JWT (alg none): MSAL reads the claims of an id_token, it does not check a signature in the browser. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${b64url(JSON.stringify(claims))}.`;
}

export async function startFakeEntra(options: FakeEntraOptions): Promise<FakeEntra> {
  const tenantId = randomUUID();
  const codes = new Map<string, PendingCode>();
  const refreshTokens = new Map<string, FakeUser>();
  const log: string[] = [];
  const issued: string[] = [];
  const authorizeRequests: URLSearchParams[] = [];
  let planned: AuthorizeOutcome[] = [];
  let origin = '';

  const issuer = () => `${origin}/${tenantId}/v2.0`;
  const userFor = (hint: string | null): FakeUser | undefined => (hint ? options.users.find((u) => u.username.toLowerCase() === hint.toLowerCase()) : options.users[0]);
  const keep = <T extends string>(value: T): T => {
    issued.push(value);
    return value;
  };

  function idToken(user: FakeUser, nonce: string | null): string {
    const now = Math.floor(Date.now() / 1000);
    return keep(
      unsignedJwt({
        aud: options.clientId,
        iss: issuer(),
        iat: now,
        nbf: now,
        exp: now + 3600,
        name: user.name,
        oid: user.oid,
        preferred_username: user.username,
        sub: b64url(createHash('sha256').update(user.oid).digest()).slice(0, 43),
        tid: tenantId,
        ver: '2.0',
        ...(nonce ? { nonce } : {}),
      }),
    );
  }

  async function tokenResponse(user: FakeUser, scopes: string[], nonce: string | null): Promise<Record<string, unknown>> {
    const resourceScopes = scopes.filter((s) => !OIDC_SCOPES.has(s.toLowerCase()));
    const refresh = keep(`rt.${randomBytes(24).toString('base64url')}`);
    refreshTokens.set(refresh, user);
    return {
      token_type: 'Bearer',
      scope: resourceScopes.join(' '),
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: keep(await options.issueAccessToken(user, resourceScopes)),
      refresh_token: refresh,
      refresh_token_expires_in: 86399,
      id_token: idToken(user, nonce),
      client_info: b64url(JSON.stringify({ uid: user.oid, utid: tenantId })),
    };
  }

  /** Entra's error body: error, an AADSTS description, the numeric codes, the ids. */
  function aadError(error: string, aadsts: number, description: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      error,
      error_description: `AADSTS${aadsts}: ${description} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
      error_codes: [aadsts],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
      ...extra,
    };
  }

  function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*', ...headers });
    res.end(JSON.stringify(body));
  }

  /** Back to the redirect URI with the response in the fragment (MSAL's default) or the query. */
  function redirectBack(res: http.ServerResponse, redirectUri: string, mode: string | null, params: Record<string, string>): void {
    const target = new URL(redirectUri);
    const encoded = new URLSearchParams(params).toString();
    if (mode === 'query') target.search = encoded;
    else target.hash = encoded;
    res.writeHead(302, { location: target.toString(), 'cache-control': 'no-store' });
    res.end();
  }

  function authorize(url: URL, res: http.ServerResponse): string {
    const q = url.searchParams;
    authorizeRequests.push(new URLSearchParams(q));
    const clientId = q.get('client_id');
    const redirectUri = q.get('redirect_uri') ?? '';
    if (clientId !== options.clientId) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Sign in</title><p>AADSTS700016: Application not found in the directory.</p>');
      return 'AADSTS700016';
    }
    // Entra shows its own error page for an unregistered redirect URI: it never redirects there.
    if (!options.redirectUris.includes(redirectUri)) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Sign in</title><p>AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.</p>');
      return 'AADSTS50011';
    }
    const mode = q.get('response_mode');
    const state = q.get('state') ?? '';
    const challenge = q.get('code_challenge');
    if (q.get('response_type') !== 'code' || !challenge || q.get('code_challenge_method') !== 'S256') {
      redirectBack(res, redirectUri, mode, { error: 'invalid_request', error_description: 'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.', state });
      return 'AADSTS9002325';
    }
    const outcome = planned.shift() ?? 'sign-in';
    if (outcome === 'cancel') {
      redirectBack(res, redirectUri, mode, { error: 'access_denied', error_subcode: 'cancel', error_description: 'AADSTS65004: User declined to consent to access the app.', state });
      return 'access_denied';
    }
    const user = userFor(q.get('login_hint'));
    if (!user) {
      redirectBack(res, redirectUri, mode, { error: 'invalid_request', error_description: 'AADSTS50034: The user account does not exist in this directory.', state });
      return 'AADSTS50034';
    }
    const code = keep(`code.${randomBytes(32).toString('base64url')}`);
    codes.set(code, {
      clientId,
      redirectUri,
      // A challenge no verifier MSAL holds can meet: the redemption then fails as a wrong verifier does.
      challenge: outcome === 'pkce-mismatch' ? b64url(createHash('sha256').update(randomBytes(32)).digest()) : challenge,
      nonce: q.get('nonce') ?? '',
      scopes: (q.get('scope') ?? '').split(' ').filter(Boolean),
      user,
      claims: q.get('claims'),
      outcome,
      expires: Date.now() + 10 * 60_000,
    });
    redirectBack(res, redirectUri, mode, { code, state, client_info: b64url(JSON.stringify({ uid: user.oid, utid: tenantId })), session_state: randomUUID() });
    return '';
  }

  async function token(req: http.IncomingMessage, body: string, res: http.ServerResponse): Promise<string> {
    const form = new URLSearchParams(body);
    if (form.get('client_id') !== options.clientId) {
      send(res, 400, aadError('unauthorized_client', 700016, 'Application was not found in the directory.'));
      return 'AADSTS700016';
    }
    // Entra redeems a SPA's code only from a browser's cross-origin request.
    if (!req.headers.origin) {
      send(res, 400, aadError('invalid_request', 9002327, 'Tokens issued for the Single-Page Application client-type may only be redeemed via cross-origin requests.'));
      return 'AADSTS9002327';
    }
    const grant = form.get('grant_type');
    if (grant === 'authorization_code') {
      const code = form.get('code') ?? '';
      const pending = codes.get(code);
      codes.delete(code);
      if (!pending || pending.expires < Date.now()) {
        send(res, 400, aadError('invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.'));
        return 'AADSTS54005';
      }
      if (form.get('redirect_uri') !== pending.redirectUri) {
        send(res, 400, aadError('invalid_grant', 50148, 'The redirect_uri does not match the one used in the authorization request.'));
        return 'AADSTS50148';
      }
      const verifier = form.get('code_verifier') ?? '';
      if (b64url(createHash('sha256').update(verifier).digest()) !== pending.challenge) {
        send(res, 400, aadError('invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.'));
        return 'AADSTS501481';
      }
      if (pending.outcome === 'claims-challenge' && !carriesChallenge(pending.claims)) {
        send(res, 400, aadError('interaction_required', 50076, 'Due to a configuration change made by your administrator, you must use multi-factor authentication.', { suberror: 'basic_action', claims: CHALLENGE_CLAIMS }));
        return 'AADSTS50076';
      }
      send(res, 200, await tokenResponse(pending.user, pending.scopes, pending.nonce));
      return '';
    }
    if (grant === 'refresh_token') {
      const user = refreshTokens.get(form.get('refresh_token') ?? '');
      if (!user) {
        send(res, 400, aadError('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.'));
        return 'AADSTS9002313';
      }
      send(res, 200, await tokenResponse(user, (form.get('scope') ?? '').split(' ').filter(Boolean), null));
      return '';
    }
    send(res, 400, aadError('unsupported_grant_type', 70003, 'The app requested an unsupported grant type.'));
    return 'AADSTS70003';
  }

  function openIdConfiguration(): Record<string, unknown> {
    const base = `${origin}/${tenantId}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${origin}/${tenantId}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: issuer(),
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'localhost',
      cloud_graph_host_name: 'localhost',
      msgraph_host: 'localhost',
      rbac_url: origin,
    };
  }

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'https://localhost');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const path = url.pathname;
        let note = '';
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            'access-control-allow-origin': '*',
            'access-control-allow-methods': 'GET, POST, OPTIONS',
            'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? '*'),
            'access-control-max-age': '600',
          });
          res.end();
        } else if (req.method === 'GET' && path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
          send(res, 200, openIdConfiguration());
        } else if (req.method === 'GET' && path === `/${tenantId}/oauth2/v2.0/authorize`) {
          note = authorize(url, res);
        } else if (req.method === 'POST' && path === `/${tenantId}/oauth2/v2.0/token`) {
          note = await token(req, Buffer.concat(chunks).toString('utf8'), res);
        } else {
          send(res, 404, aadError('invalid_request', 90002, 'Tenant or endpoint not found.'));
          note = 'not found';
        }
        log.push(`${req.method} ${path.replace(tenantId, '{tenant}')} ${res.statusCode}${note ? ` ${note}` : ''}`);
      })().catch((error: unknown) => {
        log.push(`${req.method} ${url.pathname.replace(tenantId, '{tenant}')} 500 ${(error as Error).message}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  };

  const server = https.createServer({ key: options.key, cert: options.cert }, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://localhost:${(server.address() as { port: number }).port}`;
  return {
    origin,
    authority: `${origin}/${tenantId}`,
    tenantId,
    challengeClaims: CHALLENGE_CLAIMS,
    plan(...outcomes) {
      planned = [...outcomes];
    },
    log,
    issued,
    authorizeRequests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
