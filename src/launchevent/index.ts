// Entry of launchevent.js: registers the OnMessageSend handler. Bundled into one script without
// imports, and independent of Office.onReady (which does not run in classic Outlook's JS runtime).

import { officeDraftReader } from '../adapters/office/draft';
import { handleMessageSend, type SendEvent } from './onMessageSend';
import { sendPolicy } from './policy';

function supportsCancelLabel(): boolean {
  try {
    return Boolean(Office.context.requirements.isSetSupported('Mailbox', '1.14'));
  } catch {
    return false;
  }
}

export function onMessageSendHandler(event: SendEvent): void {
  let item: Office.MessageCompose;
  try {
    item = Office.context.mailbox.item as Office.MessageCompose;
  } catch {
    event.completed({ allowEvent: true });
    return;
  }
  void handleMessageSend(event, { draft: officeDraftReader(item), profile: sendPolicy(), supportsCancelLabel: supportsCancelLabel() });
}

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
