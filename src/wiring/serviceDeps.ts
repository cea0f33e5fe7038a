// What the task pane's services need from the wiring: the mailbox, the policy, the owner, the clock.

import type { Profile } from '../domain/policy/types';
import type { MailboxOwner } from '../domain/types';
import type { ComplianceListPort, LogRequestListPort } from '../ports/admin';
import type { Clock } from '../ports/clock';
import type { MailboxPort } from '../ports/mailbox';

export interface ServiceDeps {
  mailbox: MailboxPort;
  profile: Profile;
  owner: MailboxOwner;
  clock: Clock;
  /** The organisation's compliance list, when the deployment names one: the Hygien view shares the day's counts. */
  complianceList?: ComplianceListPort;
  /** The organisation's log-request list: an open request for this mailbox blocks gallring. */
  logRequests?: LogRequestListPort;
}
