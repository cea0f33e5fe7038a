// The deployment configuration (config/postvakt.config.json): parsed and validated once at the entry point.

export interface DeploymentConfig {
  /** Entra ID application (client) id. */
  clientId: string;
  /** e.g. https://login.microsoftonline.com/<tenant-id> or .../organizations */
  authority: string;
  /** https://graph.microsoft.com, or the local Graph-compatible server in the demo. */
  graphBaseUrl: string;
  /** Where the add-in's files are served in production (manifest URLs); scripts/manifest.js needs it, the browser does not. */
  productionBaseUrl: string | null;
  /**
   * Sign-in hosts MSAL may trust without asking Microsoft's instance discovery (MSAL's
   * `knownAuthorities`): for an authority that is not a Microsoft cloud host, e.g. a custom
   * domain or the browser tests' fake Entra ID. Absent for login.microsoftonline.com.
   */
  knownAuthorities?: string[];
}

/** Work and school accounts of any tenant: the authority when a deployment names none. */
export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/** MSAL's `auth` section for these sign-in settings; one place for the task pane, the admin page and the dialog page. */
export function msalAuth(config: { clientId: string; authority?: string; knownAuthorities?: string[] }, redirectUri?: string) {
  return {
    clientId: config.clientId,
    authority: config.authority ?? DEFAULT_AUTHORITY,
    ...(redirectUri ? { redirectUri } : {}),
    ...(config.knownAuthorities ? { knownAuthorities: config.knownAuthorities } : {}),
  };
}

export type ConfigResult = { ok: true; config: DeploymentConfig } | { ok: false; errors: { field: string; message: string }[] };

/** A host name with an optional port, as MSAL compares `knownAuthorities` (no scheme, no path). */
const HOST = /^(?=.{1,253}(:|$))[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?$/i;

function hostList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 10) return null;
  return value.every((v) => typeof v === 'string' && HOST.test(v)) ? value.map((v: string) => v.toLowerCase()) : null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function httpsUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? value.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

export function parseDeploymentConfig(json: unknown): ConfigResult {
  const raw = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const errors: { field: string; message: string }[] = [];
  const clientId = typeof raw.clientId === 'string' && GUID.test(raw.clientId) ? raw.clientId : null;
  if (!clientId) errors.push({ field: 'clientId', message: 'must be the Entra application (client) id, a GUID' });
  const authority = raw.authority === undefined ? DEFAULT_AUTHORITY : httpsUrl(raw.authority);
  if (!authority) errors.push({ field: 'authority', message: 'must be an https URL such as https://login.microsoftonline.com/<tenant-id>' });
  const graphBaseUrl = raw.graphBaseUrl === undefined ? 'https://graph.microsoft.com' : httpsUrl(raw.graphBaseUrl);
  if (!graphBaseUrl) errors.push({ field: 'graphBaseUrl', message: 'must be an https URL' });
  const productionBaseUrl = raw.productionBaseUrl === undefined ? null : httpsUrl(raw.productionBaseUrl);
  if (raw.productionBaseUrl !== undefined && !productionBaseUrl) errors.push({ field: 'productionBaseUrl', message: 'must be the https URL the add-in is served from' });
  const knownAuthorities = raw.knownAuthorities === undefined ? undefined : hostList(raw.knownAuthorities);
  if (knownAuthorities === null) errors.push({ field: 'knownAuthorities', message: 'must be a list of 1 to 10 host names (with an optional port), such as ["login.example.se"]' });
  if (errors.length > 0 || !clientId || !authority || !graphBaseUrl) return { ok: false, errors };
  return { ok: true, config: { clientId, authority, graphBaseUrl, productionBaseUrl, ...(knownAuthorities ? { knownAuthorities } : {}) } };
}
