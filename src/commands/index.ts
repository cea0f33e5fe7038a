// Entry of commands.js (the function file): wiring once — config, auth, Graph mailbox — then the
// two ribbon commands registered with Office.actions.associate.

import { readCurrentItem } from '../adapters/office/currentItem';
import { buildClassifyContext, classify } from '../domain/classify';
import type { MailboxOwner } from '../domain/types';
import { fetchOutlookConfigJson } from '../taskpane/configJson';
import { parseOutlookConfig } from '../taskpane/outlookConfig';
import { gallraCommand, sendToRegistrarCommand, type CommandDeps, type CommandEvent, type CommandServices } from './handlers';
import { officeNotify } from './notify';

let servicesPromise: Promise<CommandServices> | null = null;

function owner(): MailboxOwner {
  const profile = Office.context.mailbox.userProfile;
  return { name: profile.displayName, address: profile.emailAddress, roles: [] };
}

function services(): Promise<CommandServices> {
  servicesPromise ??= (async () => {
    const [config, graph] = await Promise.all([fetchOutlookConfigJson().then(parseOutlookConfig), import('../taskpane/outlookGraph.js')]);
    const me = owner();
    return { ...graph.createOutlookDeps(config, me), owner: me };
  })();
  // A failed start (no config, no network) is retried on the next click.
  servicesPromise.catch(() => (servicesPromise = null));
  return servicesPromise;
}

function deps(): CommandDeps {
  return {
    readItem: readCurrentItem,
    services,
    classify: (message, profile, me) => classify(message, profile, buildClassifyContext(me, [message])),
    notify: officeNotify(Office.context.mailbox.item as Office.MessageRead | null),
  };
}

function register(): void {
  Office.actions.associate('sendToRegistrarCommand', (event: CommandEvent) => void sendToRegistrarCommand(event, deps()));
  Office.actions.associate('gallraCommand', (event: CommandEvent) => void gallraCommand(event, deps()));
}

Office.onReady(() => register());
