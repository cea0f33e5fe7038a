// The Outlook deployment's one configuration object, read from postvakt.config.json beside
// taskpane.html: the sign-in settings (validated by the MSAL adapter's parser) and, optionally,
// the organisation's policy (validated by parsePolicy). Defaults where absent; a policy that is
// present but invalid is reported field by field, never replaced in silence by the default.

import { parseDeploymentConfig, type DeploymentConfig } from '../adapters/msal/config';
import { DEFAULT_PROFILE, parsePolicy, type PolicyError } from '../domain/policy';
import type { Profile } from '../domain/policy/types';
import { isMailAddress } from '../domain/registrar/address';
import { parseComplianceConfig, type ComplianceConfig } from './complianceConfig';

export interface OutlookConfig {
  /** Sign-in and Graph settings; null when the deployment has not provided valid ones. */
  deployment: DeploymentConfig | null;
  /** The config's policy, or the default profile when it has none or an invalid one. */
  profile: Profile;
  /** What is wrong with the config's policy, by field; empty when it is valid or absent. */
  policyErrors: PolicyError[];
  /** The organisation's compliance and log-request lists; null when not configured or invalid. */
  compliance: ComplianceConfig | null;
  /** What is wrong with a `compliance` block that was given (then sharing is off and gallring is not checked against the list). */
  complianceErrors: string[];
}

function checkPolicy(policy: unknown): { profile: Profile; errors: PolicyError[] } {
  const parsed = parsePolicy(policy);
  if (!parsed.ok) return { profile: DEFAULT_PROFILE, errors: parsed.errors };
  // parsePolicy takes any string (the shipped default's is empty); a deployment's must be an address.
  if (!isMailAddress(parsed.profile.registrar.address.trim())) {
    return { profile: DEFAULT_PROFILE, errors: [{ field: 'registrar.address', message: 'must be one e-mail address' }] };
  }
  return { profile: parsed.profile, errors: [] };
}

export function parseOutlookConfig(json: unknown): OutlookConfig {
  const deployment = parseDeploymentConfig(json);
  const policy = json && typeof json === 'object' ? (json as { policy?: unknown }).policy : undefined;
  const { profile, errors } = policy === undefined ? { profile: DEFAULT_PROFILE, errors: [] } : checkPolicy(policy);
  const compliance = parseComplianceConfig(json);
  return {
    deployment: deployment.ok ? deployment.config : null,
    profile,
    policyErrors: errors,
    compliance: compliance.ok ? compliance.config : null,
    complianceErrors: compliance.ok ? [] : compliance.errors,
  };
}
