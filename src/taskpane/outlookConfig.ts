// The Outlook deployment's one configuration object, read from postvakt.config.json beside
// taskpane.html: the sign-in settings (validated by the MSAL adapter's parser) and, optionally,
// the organisation's policy (validated by parsePolicy). Defaults where absent.

import { parseDeploymentConfig, type DeploymentConfig } from '../adapters/msal/config';
import { DEFAULT_PROFILE, parsePolicy } from '../domain/policy';
import type { Profile } from '../domain/policy/types';
import { parseComplianceConfig, type ComplianceConfig } from './complianceConfig';

export interface OutlookConfig {
  /** Sign-in and Graph settings; null when the deployment has not provided valid ones. */
  deployment: DeploymentConfig | null;
  profile: Profile;
  /** The organisation's compliance and log-request lists; null when not configured or invalid. */
  compliance: ComplianceConfig | null;
  /** What is wrong with a `compliance` block that was given (then sharing is off and gallring is not checked against the list). */
  complianceErrors: string[];
}

export function parseOutlookConfig(json: unknown): OutlookConfig {
  const deployment = parseDeploymentConfig(json);
  const policy = (json && typeof json === 'object' ? (json as { policy?: unknown }).policy : undefined) ?? undefined;
  let profile: Profile = DEFAULT_PROFILE;
  if (policy !== undefined) {
    const parsed = parsePolicy(policy);
    if (parsed.ok) profile = parsed.profile;
  }
  const compliance = parseComplianceConfig(json);
  return {
    deployment: deployment.ok ? deployment.config : null,
    profile,
    compliance: compliance.ok ? compliance.config : null,
    complianceErrors: compliance.ok ? [] : compliance.errors,
  };
}
