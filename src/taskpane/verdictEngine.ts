// The classifier and the policy for the first verdict: one chunk that taskpane.html preloads, in
// parallel with the entry bundle and Office.js reading the open item. The validators (zod) stay
// out of it: they load only when the deployment's config carries a policy of its own.

import { buildClassifyContext, classify } from '../domain/classify';
import type { WeightDeltas } from '../domain/classify/score';
import { detectSekretess } from '../domain/classify/sekretess';
import { SHIPPED_DEFAULT_PROFILE } from '../domain/policy/shipped';
import { buildPatternAutomata } from '../domain/text/patternSet';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner, MailMessage, Verdict } from '../domain/types';

export { SHIPPED_DEFAULT_PROFILE };

/** The profile for the first verdict: the config's own policy when it has one (validated), else the default. */
export async function profileFromConfigJson(json: unknown): Promise<Profile> {
  const hasPolicy = Boolean(json && typeof json === 'object' && (json as { policy?: unknown }).policy !== undefined);
  if (!hasPolicy) return SHIPPED_DEFAULT_PROFILE;
  const { parseOutlookConfig } = await import(/* webpackChunkName: "lazy-config" */ '../wiring/outlookConfig.js');
  return parseOutlookConfig(json).profile;
}

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
  learned: WeightDeltas = {},
): JudgedMessage {
  judged = true;
  if (message !== WARM_UP_MESSAGE) buildAutomataLater();
  const context = buildClassifyContext(owner, correspondence);
  const verdict = classify(message, profile, Object.keys(learned).length ? { ...context, learned } : context);
  const sekretess = verdict.flags.includes('sekretess') ? detectSekretess(`${message.subject}\n${message.body.content}`) : null;
  return { verdict, sekretessKind: sekretess?.kind ?? null };
}

const WARM_UP_MESSAGE: MailMessage = {
  id: 'warm-up',
  receivedDateTime: '2026-01-01T00:00:00.000Z',
  sentDateTime: '2026-01-01T00:00:00.000Z',
  isRead: true,
  importance: 'normal',
  from: { name: '', address: 'warm-up@example.invalid' },
  toRecipients: [],
  ccRecipients: [],
  subject: 'Kallelse',
  body: { contentType: 'text', content: 'Hej' },
  internetMessageHeaders: [],
  attachments: [],
};

/** Whether any verdict has been asked for in this page (the warm-up's own included). */
let judged = false;

/** How long the warm-up waits when a real verdict came first: past that verdict's render. */
export const WARM_UP_AFTER_VERDICT_MS = 1000;

/**
 * Runs the classifier once while the pane still waits for Office.js and the open item (its code
 * compiled and its first regexes made), so the real first verdict does not pay for that. When the
 * real verdict came first, the warm-up would only hold up that verdict's render: it then waits.
 */
export function warmUp(): void {
  if (judged) {
    setTimeout(warmUpNow, WARM_UP_AFTER_VERDICT_MS);
    return;
  }
  warmUpNow();
}

function warmUpNow(): void {
  judge(WARM_UP_MESSAGE, SHIPPED_DEFAULT_PROFILE, { name: '', address: 'owner@example.invalid', roles: [] });
}

let automataScheduled = false;

/**
 * The pattern sets answer their first texts by search and build their automata later (tens of
 * milliseconds): after the first real verdict has been on screen a moment, they are built, so the
 * next message's verdict (another item, Inkorgen) does not pay for it.
 */
function buildAutomataLater(): void {
  if (automataScheduled) return;
  automataScheduled = true;
  setTimeout(buildPatternAutomata, WARM_UP_AFTER_VERDICT_MS);
}
