// The classifier, the policy profiles and the deployment config parser: one chunk that the entry
// starts fetching at once, in parallel with Office.js reading the open item (keeps the first
// bundle small without delaying the first verdict).

import { buildClassifyContext, classify } from '../domain/classify';
import { detectSekretess } from '../domain/classify/sekretess';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner, MailMessage, Verdict } from '../domain/types';

export { parseOutlookConfig } from './outlookConfig';

export interface JudgedMessage {
  verdict: Verdict;
  /** The kind of secrecy when the verdict carries the sekretess flag and the text tells it. */
  sekretessKind: string | null;
}

export function judge(
  message: MailMessage,
  profile: Profile,
  owner: MailboxOwner,
  correspondence: Parameters<typeof buildClassifyContext>[1] = [message],
): JudgedMessage {
  const verdict = classify(message, profile, buildClassifyContext(owner, correspondence));
  const sekretess = verdict.flags.includes('sekretess') ? detectSekretess(`${message.subject}\n${message.body.content}`) : null;
  return { verdict, sekretessKind: sekretess?.kind ?? null };
}
