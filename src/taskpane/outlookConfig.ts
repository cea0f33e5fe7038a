// The Outlook deployment's one configuration object: postvakt.config.json beside taskpane.html
// (Entra app id, Graph base URL, the organisation's policy), validated; defaults where absent.

import { DEFAULT_PROFILE, parsePolicy } from '../domain/policy';
import type { Profile } from '../domain/policy/types';

export interface OutlookConfig {
  /** Entra ID application (client) id for MSAL; null when the deployment has not set one. */
  clientId: string | null;
  graphBaseUrl: string;
  profile: Profile;
}

export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

export function parseOutlookConfig(json: unknown): OutlookConfig {
  const raw = (json && typeof json === 'object' ? json : {}) as { clientId?: unknown; graphBaseUrl?: unknown; policy?: unknown };
  const clientId = typeof raw.clientId === 'string' && /^[0-9a-f-]{36}$/i.test(raw.clientId) ? raw.clientId : null;
  const graphBaseUrl = typeof raw.graphBaseUrl === 'string' && raw.graphBaseUrl.startsWith('https://') ? raw.graphBaseUrl : GRAPH_BASE_URL;
  let profile: Profile = DEFAULT_PROFILE;
  if (raw.policy !== undefined) {
    const parsed = parsePolicy(raw.policy);
    if (parsed.ok) profile = parsed.profile;
  }
  return { clientId, graphBaseUrl, profile };
}

/** Never rejects: a missing or broken file gives the defaults (the verdict must not wait on it). */
export async function loadOutlookConfig(): Promise<OutlookConfig> {
  try {
    const response = await fetch('postvakt.config.json', { cache: 'no-cache' });
    return parseOutlookConfig(response.ok ? await response.json() : null);
  } catch {
    return parseOutlookConfig(null);
  }
}
