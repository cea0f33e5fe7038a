// Outlook wiring: the first verdict comes from the open item through Office.js before MSAL or the
// Graph client load; Graph (lazy chunk) carries the actions and the mailbox-wide views. Follows
// ItemChanged in a pinned pane and closes the full-screen pane on iPad after an action.

import { readCurrentItem, onItemChanged } from '../adapters/office/currentItem';
import { closeContainerIfMobile, isMobileHost } from '../adapters/office/host';
import { readLearnedWeights, saveLearnedWeights } from '../adapters/office/learnedSettings';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner } from '../domain/types';
import type { MessageId } from '../ports/mailbox';
import { languageFromTag } from '../ui/i18n';
import type { CurrentMessage } from '../ui/services';
import { createServices } from './createServices';
import { createArchiveExport, createRegistrarServices } from './createRegistrarServices';
import { deliveryRef, isRegistrarMailbox } from '../domain/registrar/registrarMode';
import { mount } from './mount';
import { officeTheme } from './theme';
import { lazyOutlookDeps, outlookOwner } from '../wiring/outlookDeps';

type Engine = typeof import('./verdictEngine.js');

/** `render` is the task pane's mount; tests pass a recorder instead of a DOM. */
export function startOutlook(engine: Promise<Engine>, configJson: Promise<unknown>, render: typeof mount = mount): void {
  const owner: MailboxOwner = outlookOwner();
  // The config file and the classifier chunk load in parallel; the sign-in settings are parsed
  // (with the validators) only when Graph is first needed.
  let profilePromise: Promise<Profile> | null = null;
  const getProfile = () => {
    profilePromise ??= Promise.all([engine, configJson]).then(([e, json]) => e.profileFromConfigJson(json));
    profilePromise.catch(() => (profilePromise = null)); // a chunk that failed to load is fetched again next time
    return profilePromise;
  };
  const getDeps = lazyOutlookDeps(() => configJson, owner);
  // On iPad (and phones) the pane covers the message: close it once the outcome has been shown.
  const services = createServices(getDeps, {
    afterAction: isMobileHost() ? () => setTimeout(() => closeContainerIfMobile(), 1500) : undefined,
    rememberLearned: saveLearnedWeights,
  });
  const update = render({
    services,
    current: { status: 'loading' },
    language: languageFromTag(Office.context.displayLanguage),
    theme: officeTheme((theme) => update({ theme })),
  });

  // Registrar mode, once the profile says this is the registrar mailbox: the registrar workspace.
  let registrarMode = false;
  getProfile().then(
    (profile) => {
      if (!isRegistrarMailbox(profile, owner.address)) return;
      registrarMode = true;
      update({ registrar: createRegistrarServices(getDeps, { exportRegistrations: createArchiveExport(getDeps) }) });
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
    update({ current: { status: 'loading' } });
    try {
      const [item, e, profile] = await Promise.all([readCurrentItem(), engine, getProfile()]);
      // What Inkorgen learnt from the person's decisions, kept in the roaming settings (no Graph before the verdict).
      const judged = e.judge(item.message, profile, owner, [item.message], readLearnedWeights());
      const delivery = (registrarMode || isRegistrarMailbox(profile, owner.address)) && deliveryRef(item.message.attachments.map((a) => a.name)) !== null;
      let idPromise: Promise<MessageId> | null = null;
      const current: CurrentMessage = {
        message: item.message,
        ...judged,
        ...(delivery ? { delivery } : {}),
        resolveId: () => {
          idPromise ??= getDeps().then(async (deps) => (await deps.mailbox.toImmutableIds([item.restId ?? item.itemId]))[0]);
          return idPromise;
        },
      };
      if (mine === generation) update({ current: { status: 'ready', current } });
    } catch (error) {
      if (mine === generation) update({ current: { status: 'error', error } });
    }
  }

  onItemChanged(() => void refresh());
  void refresh();
}
