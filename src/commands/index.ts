// Entry of commands.js (the function file): the shared Outlook wiring (config, auth, Graph mailbox,
// built once) and the two ribbon commands registered with Office.actions.associate.

import { readCurrentItem } from '../adapters/office/currentItem';
import { buildClassifyContext, classify } from '../domain/classify';
import { fetchOutlookConfigJson } from '../wiring/configJson';
import { lazyOutlookDeps, outlookOwner } from '../wiring/outlookDeps';
import { gallraCommand, sendToRegistrarCommand, type CommandDeps, type CommandEvent, type CommandServices } from './handlers';
import { officeNotify } from './notify';

// Set once Office is ready (the owner comes from Office.context); built on the first click.
let services: () => Promise<CommandServices> = () => Promise.reject(new Error('commands used before Office.onReady'));

function deps(): CommandDeps {
  return {
    readItem: readCurrentItem,
    services: () => services(),
    classify: (message, profile, me) => classify(message, profile, buildClassifyContext(me, [message])),
    notify: officeNotify(Office.context.mailbox.item as Office.MessageRead | null),
  };
}

function register(): void {
  // The config is fetched again when a failed start is retried on the next click.
  services = lazyOutlookDeps(fetchOutlookConfigJson, outlookOwner());
  Office.actions.associate('sendToRegistrarCommand', (event: CommandEvent) => void sendToRegistrarCommand(event, deps()));
  Office.actions.associate('gallraCommand', (event: CommandEvent) => void gallraCommand(event, deps()));
}

Office.onReady(() => register());
