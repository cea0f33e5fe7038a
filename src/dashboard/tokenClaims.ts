// Who signed in, read from the access token's payload: the address and Entra app roles, used only
// to choose what the page shows. Graph checks the token itself on every call; nothing is trusted here.

export interface TokenClaims {
  address: string | null;
  roles: string[];
}

export function parseTokenClaims(token: string): TokenClaims {
  const part = token.split('.')[1];
  if (!part) return { address: null, roles: [] };
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
    const address = [claims.preferred_username, claims.upn, claims.email].find((v): v is string => typeof v === 'string' && v.includes('@')) ?? null;
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
    return { address, roles };
  } catch {
    return { address: null, roles: [] };
  }
}
