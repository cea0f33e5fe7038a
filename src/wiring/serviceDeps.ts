// What the task pane's services need from the wiring: the mailbox, the policy, the owner, the clock.

import type { Profile } from '../domain/policy/types';
import type { MailboxOwner } from '../domain/types';
import type { Clock } from '../ports/clock';
import type { MailboxPort } from '../ports/mailbox';

export interface ServiceDeps {
  mailbox: MailboxPort;
  profile: Profile;
  owner: MailboxOwner;
  clock: Clock;
}
