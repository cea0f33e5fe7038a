// Lazy chunk for Outlook: MSAL (nested app authentication) and the Graph client, loaded only when
// an action or a mailbox-wide view needs them.

import { createGraphClient } from '../adapters/graph/client';
import { createGraphComplianceList } from '../adapters/graph/complianceList';
import { createGraphLogRequestList } from '../adapters/graph/logRequests';
import { createGraphMailbox } from '../adapters/graph/graphMailbox';
import { createAuth } from '../adapters/msal/auth';
import type { MailboxOwner } from '../domain/types';
import { systemClock } from '../ports/clock';
import type { OutlookConfig } from './outlookConfig';
import type { ServiceDeps } from './serviceDeps';

/** The deployment has no Entra app id: the person can do nothing about it but tell IT. */
export class ConfigMissingError extends Error {
  readonly code = 'config_missing';
  constructor() {
    super('postvakt.config.json is missing or invalid');
    this.name = 'ConfigMissingError';
  }
}

/** The deployment's policy does not validate: nothing may be sent or purged under a guessed profile. */
export class PolicyInvalidError extends Error {
  readonly code = 'policy_invalid';
  /** The bad fields' paths, e.g. `registrar.address` (worded by the UI). */
  readonly fields: string[];
  constructor(fields: string[]) {
    super(`the policy in postvakt.config.json is invalid: ${fields.join(', ')}`);
    this.name = 'PolicyInvalidError';
    this.fields = fields;
  }
}

export function createOutlookDeps(config: OutlookConfig, owner: MailboxOwner): ServiceDeps {
  if (config.policyErrors.length > 0) throw new PolicyInvalidError([...new Set(config.policyErrors.map((e) => e.field))]);
  const deployment = config.deployment;
  if (!deployment) throw new ConfigMissingError();
  const auth = createAuth({ ...deployment, loginHint: owner.address || undefined });
  const client = createGraphClient({ baseUrl: deployment.graphBaseUrl, getToken: (scopes, options) => auth.getToken(scopes, options) });
  const deps: ServiceDeps = { mailbox: createGraphMailbox(client, { address: owner.address, clock: systemClock }), profile: config.profile, owner, clock: systemClock };
  const lists = config.compliance;
  if (lists) {
    deps.complianceList = createGraphComplianceList(client, { siteId: lists.siteId, listId: lists.listId });
    deps.logRequests = createGraphLogRequestList(client, { siteId: lists.siteId, listId: lists.logRequestListId });
  }
  return deps;
}
