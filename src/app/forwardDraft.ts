// Step 2 of "Skicka till registrator": the forward draft to the registrar, carrying the key in its
// own intent marker, the original's MIME as .eml, the metadata as JSON and the Swedish cover note.

import { buildRegistrarEnvelope } from '../domain/registrar/envelope';
import { serializeIntent, type ForwardIntent, type LoggedRow } from '../domain/registrar/intent';
import type { EmailAddress, MailboxOwner, Verdict } from '../domain/types';
import type { FullMessage, MailboxPort, MessageId } from '../ports/mailbox';

export interface ForwardDraftInput {
  key: string;
  originalId: MessageId;
  original: FullMessage;
  /** The original's MIME, attached as it is. */
  mime: Uint8Array;
  row: LoggedRow;
  owner: MailboxOwner;
  verdict: Verdict;
  registrar: EmailAddress;
  forwardedAt: string;
  overrideReason?: string;
}

export interface CreatedDraft {
  id: MessageId;
  /** Attaches the .eml and the metadata: the draft is complete once this resolves. */
  attachFiles(): Promise<void>;
}

/** Creates the draft (carrying the key); the caller attaches the files, knowing the draft's id if that fails. */
export async function createForwardDraft(mailbox: MailboxPort, input: ForwardDraftInput): Promise<CreatedDraft> {
  const { original } = input;
  const envelope = buildRegistrarEnvelope({
    key: input.key,
    owner: input.owner,
    verdict: input.verdict,
    original: {
      subject: original.subject,
      from: original.from,
      toRecipients: original.toRecipients,
      ccRecipients: original.ccRecipients,
      receivedDateTime: original.receivedDateTime,
      sentDateTime: original.sentDateTime,
      direction: input.row.direction,
      attachmentNames: original.attachments.map((a) => a.name),
    },
    forwardedAt: input.forwardedAt,
    ...(input.overrideReason ? { override: { reason: input.overrideReason } } : {}),
  });
  const forwardIntent: ForwardIntent = { v: 1, role: 'forward', key: input.key, originalId: input.originalId, original: input.row };
  const draftId = await mailbox.createDraft({
    subject: envelope.subject,
    body: envelope.body,
    toRecipients: [input.registrar],
    properties: { intent: serializeIntent(forwardIntent) },
  });
  return {
    id: draftId,
    async attachFiles() {
      await mailbox.addAttachment(draftId, { name: envelope.emlName, contentType: 'message/rfc822', bytes: input.mime });
      await mailbox.addAttachment(draftId, { name: envelope.metadataName, contentType: 'application/json', bytes: new TextEncoder().encode(envelope.metadataJson) });
    },
  };
}
