// The ribbon commands "Skicka till registrator" and "Gallra": the task pane's use cases behind a
// button, an outcome notification, and event.completed() on every path. Dependencies come in as arguments.

import type { LearnDeps } from '../app/decide';
import { gallraAndLearn as gallraUseCase, sendAndLearn as sendUseCase } from '../app/decideAndLearn';
import type { GallraDeps, GallraInput, GallraOutcome } from '../app/gallra';
import type { SendDeps, SendInput, SendOutcome } from '../app/sendToRegistrar';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner, MailMessage, Verdict } from '../domain/types';
import type { MessageId } from '../ports/mailbox';
import { decideCommandGallra, decideCommandSend } from './decide';
import { describeError, describeSendOutcome } from '../ui/describe';
import { STRINGS } from '../ui/strings';
import type { Notify } from './notify';
import type { ServiceDeps } from '../wiring/serviceDeps';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/** The task pane's service dependencies, from the shared Outlook wiring. */
export type CommandServices = ServiceDeps;

export interface CommandDeps {
  readItem(): Promise<{ message: MailMessage; restId: string | null; itemId: string }>;
  /** Config, auth and the Graph mailbox; created lazily, once per runtime. */
  services(): Promise<CommandServices>;
  classify(message: MailMessage, profile: Profile, owner: MailboxOwner): Verdict;
  notify: Notify;
  useCases?: {
    sendToRegistrar?: (deps: SendDeps & LearnDeps, input: SendInput) => Promise<SendOutcome>;
    gallra?: (deps: GallraDeps & LearnDeps, input: GallraInput) => Promise<GallraOutcome>;
  };
}

interface Prepared {
  services: CommandServices;
  verdict: Verdict;
  restId: string;
}

async function prepare(deps: CommandDeps): Promise<Prepared> {
  const [item, services] = await Promise.all([deps.readItem(), deps.services()]);
  const verdict = deps.classify(item.message, services.profile, services.owner);
  return { services, verdict, restId: item.restId ?? item.itemId };
}

async function immutableId(services: CommandServices, restId: string): Promise<MessageId> {
  const [id] = await services.mailbox.toImmutableIds([restId]);
  if (!id) throw Object.assign(new Error('No immutable id'), { code: 'not_found' });
  return id;
}

/** The ribbon speaks Swedish (Outlook shows one notice line; the task pane has the language switch). */
const SV = STRINGS.sv;

/** Runs body; whatever happens, the person sees a notice and Outlook hears completed(). */
async function guarded(event: CommandEvent, deps: CommandDeps, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    await deps.notify({ kind: 'error', text: describeError(error, SV) }).catch(() => undefined);
  } finally {
    event.completed();
  }
}

export function sendToRegistrarCommand(event: CommandEvent, deps: CommandDeps): Promise<void> {
  return guarded(event, deps, async () => {
    await deps.notify({ kind: 'progress', text: 'Postvakt skickar meddelandet till registratorn …' });
    const { services, verdict, restId } = await prepare(deps);
    const decision = decideCommandSend(verdict);
    if (!decision.act) {
      await deps.notify({ kind: 'error', text: `${decision.reasonSv} Öppna Postvakt om du ändå vill skicka.` });
      return;
    }
    const id = await immutableId(services, restId);
    const send = deps.useCases?.sendToRegistrar ?? sendUseCase;
    const outcome = await send(
      { mailbox: services.mailbox, profile: services.profile, clock: services.clock, owner: services.owner },
      { id, verdict, owner: services.owner },
    );
    await deps.notify({ kind: outcome.status === 'delivered_not_purged' ? 'error' : 'success', text: describeSendOutcome(outcome, SV) });
  });
}

export function gallraCommand(event: CommandEvent, deps: CommandDeps): Promise<void> {
  return guarded(event, deps, async () => {
    const { services, verdict, restId } = await prepare(deps);
    const decision = decideCommandGallra(verdict);
    if (!decision.act) {
      await deps.notify({ kind: 'error', text: `Inget gallrades. ${decision.reasonSv} Öppna Postvakt för att avgöra.` });
      return;
    }
    await deps.notify({ kind: 'progress', text: 'Postvakt gallrar meddelandet …' });
    const id = await immutableId(services, restId);
    const run = deps.useCases?.gallra ?? gallraUseCase;
    const outcome = await run(
      { mailbox: services.mailbox, profile: services.profile, clock: services.clock, owner: services.owner },
      { ids: [id], verdicts: new Map([[id, verdict]]) },
    );
    if (outcome.done.includes(id)) {
      await deps.notify({ kind: 'success', text: 'Gallrat. Meddelandet är borttaget ur brevlådan (även ur Borttaget).' });
    } else {
      const failure = outcome.failed.find((f) => f.id === id);
      await deps.notify({ kind: 'error', text: failure ? describeError({ code: failure.code }, SV) : 'Meddelandet gallrades inte. Öppna Postvakt och försök igen.' });
    }
  });
}
