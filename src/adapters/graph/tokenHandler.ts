// Bearer tokens with the fewest scopes each request needs, for the configured Graph host only, and
// one retry when Graph answers 401 with a claims challenge (continuous access evaluation).

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { signInErrorCode } from '../../ports/auth';
import { RequestTag } from './accounting';
import type { GraphScope } from './scopes';

export type TokenProvider = (scopes: GraphScope[], options?: { claims?: string }) => Promise<string>;

const AUTHORIZATION = 'Authorization';

/**
 * The scope one Graph call needs: sending needs Mail.Send, automatic replies MailboxSettings.Read; usage
 * reports, message trace and the SharePoint site each their own (never asked for by mail calls).
 */
export function scopeForCall(method: string, path: string): GraphScope {
  const bare = path.split('?')[0]!;
  if (/^(\/v1\.0)?\/reports\//i.test(bare)) return 'Reports.Read.All';
  if (/^(\/v1\.0)?\/admin\/exchange\/tracing\//i.test(bare)) return 'ExchangeMessageTrace.Read.All';
  if (/^(\/v1\.0)?\/sites\//i.test(bare)) return 'Sites.Selected';
  if (/\/mailboxSettings(\/|$)/i.test(bare)) return 'MailboxSettings.Read';
  if (method.toUpperCase() === 'POST' && /\/(send|sendMail|forward)$/i.test(bare)) return 'Mail.Send';
  return 'Mail.ReadWrite';
}

/** A $batch needs every scope its items need; anything unreadable falls back to Mail.ReadWrite. */
function scopesForBatch(body: unknown): GraphScope[] {
  try {
    const parsed = JSON.parse(typeof body === 'string' ? body : '') as { requests?: { method?: string; url?: string }[] };
    const scopes = new Set((parsed.requests ?? []).map((item) => scopeForCall(item.method ?? 'GET', item.url ?? '')));
    return scopes.size ? [...scopes].sort() : ['Mail.ReadWrite'];
  } catch {
    return ['Mail.ReadWrite'];
  }
}

export function scopesForRequest(method: string, url: URL, body: unknown): GraphScope[] {
  return /\/\$batch$/.test(url.pathname) ? scopesForBatch(body) : [scopeForCall(method, url.pathname)];
}

/** The claims a 401 asks for (`WWW-Authenticate: Bearer ..., error="insufficient_claims", claims="<base64>"`), decoded. */
export function claimsChallenge(response: Response | undefined): string | undefined {
  if (response?.status !== 401) return undefined;
  const header = response.headers.get('WWW-Authenticate') ?? '';
  const match = /claims="([^"]+)"/i.exec(header);
  if (!match) return undefined;
  try {
    return atob(match[1]!);
  } catch {
    return undefined;
  }
}

function setHeader(context: Context, value: string | undefined): void {
  const options = (context.options ??= {});
  const headers = new Headers(options.headers as HeadersInit | undefined);
  if (value === undefined) headers.delete(AUTHORIZATION);
  else headers.set(AUTHORIZATION, value);
  const plain: Record<string, string> = {};
  headers.forEach((v, k) => (plain[k] = v));
  options.headers = plain;
}

export class TokenHandler implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly getToken: TokenProvider,
    /** The one host that receives tokens: graph.microsoft.com or the configured local server. */
    private readonly host: string,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
    const tag = context.middlewareControl?.getMiddlewareOptions(RequestTag) as RequestTag | undefined;
    // Upload-session URLs carry their own token: Graph wants no Authorization header there.
    if (url.protocol !== 'https:' || url.host !== this.host || tag?.anonymous) {
      setHeader(context, undefined);
      return this.next!.execute(context);
    }
    const scopes = scopesForRequest(context.options?.method ?? 'GET', url, context.options?.body);
    setHeader(context, `Bearer ${await this.token(scopes)}`);
    await this.next!.execute(context);
    const claims = claimsChallenge(context.response);
    if (claims === undefined) return;
    // Exactly one retry with the claims Graph asked for; a second challenge is answered as it is.
    setHeader(context, `Bearer ${await this.token(scopes, { claims })}`);
    await this.next!.execute(context);
  }

  /**
   * The token, or the sign-in failure in a shape the Graph client keeps: it rebuilds any Error it is
   * thrown and keeps only its `name` (as `code`), so a sign-in code travels as the name and
   * toGraphError finds it there (not a network error; the UI words the sign-in's own code).
   */
  private async token(scopes: GraphScope[], options?: { claims?: string }): Promise<string> {
    try {
      return await this.getToken(scopes, options);
    } catch (error) {
      const code = signInErrorCode(error);
      if (!code) throw error;
      const carried = new Error(`Sign-in failed (${code})`);
      carried.name = code;
      throw carried;
    }
  }
}
