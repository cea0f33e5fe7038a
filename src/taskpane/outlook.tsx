// Outlook wiring: the first verdict comes from the open item through Office.js before MSAL or the
// Graph client load; Graph (lazy chunk) carries the actions and the mailbox-wide views. Follows
// ItemChanged in a pinned pane and closes the full-screen pane on iPad after an action. The entry
// (index.tsx) has usually judged the open item already and painted it; this module and React load
// after that, and take the verdict over instead of reading the item again.

import { onItemChanged } from '../adapters/office/currentItem';
import { closeContainerIfMobile, isMobileHost } from '../adapters/office/host';
import { saveLearnedWeights } from '../adapters/office/learnedSettings';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner } from '../domain/types';
import type { MessageId } from '../ports/mailbox';
import { languageFromTag } from '../ui/i18n';
import type { CurrentMessage, CurrentState } from '../ui/services';
import { createServices } from './createServices';
import { createArchiveExport, createRegistrarServices } from './createRegistrarServices';
import { deliveryRef, isRegistrarMailbox } from '../domain/registrar/registrarMode';
import { loadHtmlToText } from './htmlText';
import { mount } from './mount';
import { officeTheme } from './theme';
import { lazyOutlookDeps, outlookOwner } from '../wiring/outlookDeps';
import { judgeOpenItem, profileLoader, type OpenItemVerdict, type Tracked } from './openItem';

type Engine = typeof import('./verdictEngine.js');

/** What the entry has already started for the open item: reused here, not done twice. */
export interface Opened {
  owner: MailboxOwner;
  getProfile: () => Promise<Profile>;
  /** The open item's verdict as the entry asked for it; null when no item was open. */
  first: Tracked<OpenItemVerdict> | null;
  /** The id of the item `first` judges (another may be open by now in a pinned pane). */
  firstItemId: string | null;
}

/** `render` is the task pane's mount; tests pass a recorder instead of a DOM. */
export function startOutlook(engine: Promise<Engine>, configJson: Promise<unknown>, render: typeof mount = mount, opened?: Opened): void {
  const owner: MailboxOwner = opened?.owner ?? outlookOwner();
  // The config file and the classifier chunk load in parallel; the sign-in settings are parsed
  // (with the validators) only when Graph is first needed.
  const getProfile = opened?.getProfile ?? profileLoader(engine, configJson);
  const getDeps = lazyOutlookDeps(() => configJson, owner);
  // On iPad (and phones) the pane covers the message: close it once the outcome has been shown.
  const services = createServices(getDeps, {
    afterAction: isMobileHost() ? () => setTimeout(() => closeContainerIfMobile(), 1500) : undefined,
    rememberLearned: saveLearnedWeights,
  });
  // The entry's verdict, when it is for the item still open, is the first state: React's first
  // commit then replaces the first paint with the same verdict, and the item is not read again.
  let first = opened?.first && opened.firstItemId === (Office.context.mailbox.item?.itemId ?? null) ? opened.first : null;
  // Registrar mode, once the profile says this is the registrar mailbox: the registrar workspace.
  const firstProfile = first?.outcome?.ok ? first.outcome.value.profile : null;
  let registrarMode = firstProfile !== null && isRegistrarMailbox(firstProfile, owner.address);
  const registrarServices = () => createRegistrarServices(getDeps, { exportRegistrations: createArchiveExport(getDeps) });
  const initial: CurrentState | null = first?.outcome ? (first.outcome.ok ? { status: 'ready', current: currentFrom(first.outcome.value) } : { status: 'error', error: first.outcome.error }) : null;
  // A verdict already shown is spent: the next refresh (ItemChanged) reads the item then selected.
  if (initial) first = null;
  const update = render({
    services,
    current: initial ?? { status: 'loading' },
    language: languageFromTag(Office.context.displayLanguage),
    theme: officeTheme((theme) => update({ theme })),
    ...(registrarMode ? { registrar: registrarServices() } : {}),
  });
  // The first verdict is on screen (it read the item as text): fetch the HTML converter now, so Inkorgen
  // and the actions, which classify Graph's messages, do not wait for it. A failure is retried there.
  void loadHtmlToText().catch(() => undefined);
  getProfile().then(
    (profile) => {
      if (registrarMode || !isRegistrarMailbox(profile, owner.address)) return;
      registrarMode = true;
      update({ registrar: registrarServices() });
    },
    () => undefined, // refresh() shows the error
  );

  let generation = 0;
  async function refresh(): Promise<void> {
    const mine = ++generation;
    if (!Office.context.mailbox.item) {
      update({ current: { status: 'none' } });
      return;
    }
    const pending = first;
    first = null;
    update({ current: { status: 'loading' } });
    try {
      // What Inkorgen learnt from the person's decisions, kept in the roaming settings (no Graph before the verdict).
      const judged = await (pending ? pending.promise : judgeOpenItem(engine, getProfile, owner));
      if (mine === generation) update({ current: { status: 'ready', current: currentFrom(judged) } });
    } catch (error) {
      if (mine === generation) update({ current: { status: 'error', error } });
    }
  }

  /** The card's message and verdict, and how to find the message in Graph when an action needs it. */
  function currentFrom({ item, profile, verdict, sekretessKind }: OpenItemVerdict): CurrentMessage {
    const delivery = (registrarMode || isRegistrarMailbox(profile, owner.address)) && deliveryRef(item.message.attachments.map((a) => a.name)) !== null;
    let idPromise: Promise<MessageId> | null = null;
    return {
      message: item.message,
      verdict,
      sekretessKind,
      ...(delivery ? { delivery } : {}),
      resolveId: () => {
        idPromise ??= getDeps().then(async (deps) => (await deps.mailbox.toImmutableIds([item.restId ?? item.itemId]))[0]);
        return idPromise;
      },
    };
  }

  onItemChanged(() => void refresh());
  if (!initial) void refresh();
}
