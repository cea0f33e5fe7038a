// The task pane's single-message actions with learning: "Skicka till registrator" and "Gallra"
// record the person's decision after the action succeeded; "Avgör senare" is not a decision.

import { captureDecisions, commitDecisions, purgeLeaning, type LearnDeps, type LearningResult } from './decide';
import { checkRegistrar } from './sendChecks';
import { gallra, type GallraDeps, type GallraInput, type GallraOutcome } from './gallra';
import { sendToRegistrar, type SendDeps, type SendInput, type SendOutcome } from './sendToRegistrar';

/** Sends to the registrar, then records a registrera decision joined to the delivery's key. */
export async function sendAndLearn(deps: SendDeps & LearnDeps, input: SendInput): Promise<SendOutcome & { learning: LearningResult }> {
  // A profile without a registrar is refused before anything is read.
  checkRegistrar(deps.profile);
  const captured = await captureDecisions(deps, [{ id: input.id, verdict: input.verdict, decided: 'registrera' }]);
  const outcome = await sendToRegistrar(deps, input);
  // An earlier run delivered it (and recorded it then).
  const finished = outcome.status === 'already_delivered' ? [] : [{ id: input.id, deliveryKey: outcome.key }];
  return { ...outcome, learning: await commitDecisions(deps.mailbox, captured, finished) };
}

/** Purges, then records a gallra decision for every message purged (an override counts as "not a public record"). */
export async function gallraAndLearn(deps: GallraDeps & LearnDeps, input: GallraInput): Promise<GallraOutcome & { learning: LearningResult }> {
  const captured = await captureDecisions(deps, input.ids.map((id) => ({ id, verdict: input.verdicts.get(id) ?? null, decided: purgeLeaning(input.verdicts.get(id)) })));
  const outcome = await gallra(deps, input);
  return { ...outcome, learning: await commitDecisions(deps.mailbox, captured, outcome.done.map((id) => ({ id }))) };
}
