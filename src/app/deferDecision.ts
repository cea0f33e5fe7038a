// "Avgör senare": the person's choice to decide later, kept in the message's 'state' property
// beside any cached verdict, so it follows them across devices.

import type { Clock } from '../ports/clock';
import type { MailboxPort, MessageId, MessageSummary } from '../ports/mailbox';
import { parseState, serializeState } from './messageState';

/** "Avgör senare": remembered on the message (keeps any cached verdict); `undo` clears it. */
export async function deferDecision(
  deps: { mailbox: MailboxPort; clock: Clock },
  id: MessageId,
  options: { undo?: boolean; current?: Pick<MessageSummary, 'properties'> } = {},
): Promise<void> {
  const currentValue = options.current ? options.current.properties.state : (await deps.mailbox.getMessage(id)).properties.state;
  const previous = parseState(currentValue) ?? { v: 1 as const };
  const { deferredAt: _dropped, ...rest } = previous;
  const next = options.undo ? rest : { ...rest, deferredAt: deps.clock.now() };
  await deps.mailbox.setProperty(id, 'state', serializeState(next));
}
