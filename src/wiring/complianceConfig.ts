// The deployment's optional `compliance` block: where the organisation's SharePoint lists live
// (site id `{hostname},{site guid},{web guid}` and the two list ids), validated by hand (no zod here).

export interface ComplianceConfig {
  siteId: string;
  /** The compliance snapshots list. */
  listId: string;
  /** The e-mail log requests list. */
  logRequestListId: string;
}

export type ComplianceConfigResult = { ok: true; config: ComplianceConfig | null } | { ok: false; errors: string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SITE_ID = /^[a-z0-9.-]+\.[a-z]{2,},[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `json.compliance`, absent → `config: null`; present but wrong → each bad field named. */
export function parseComplianceConfig(json: unknown): ComplianceConfigResult {
  const raw = json && typeof json === 'object' ? (json as { compliance?: unknown }).compliance : undefined;
  if (raw === undefined) return { ok: true, config: null };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: ['compliance: must be an object with siteId, listId and logRequestListId'] };
  const r = raw as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof r.siteId !== 'string' || !SITE_ID.test(r.siteId)) errors.push('compliance.siteId: must be a Graph site id, "{hostname},{site guid},{web guid}"');
  for (const key of ['listId', 'logRequestListId'] as const) {
    if (typeof r[key] !== 'string' || !GUID.test(r[key] as string)) errors.push(`compliance.${key}: must be a list GUID`);
  }
  for (const key of Object.keys(r)) if (!['siteId', 'listId', 'logRequestListId'].includes(key)) errors.push(`compliance.${key}: unknown field`);
  if (errors.length) return { ok: false, errors };
  return { ok: true, config: { siteId: r.siteId as string, listId: r.listId as string, logRequestListId: r.logRequestListId as string } };
}
