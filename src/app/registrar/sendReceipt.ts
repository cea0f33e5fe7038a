// Kvittera: the registrar's receipt to the politician, sent once. The same discipline as the send
// path: the receipt carries its own key; look first for a sent receipt with it, delete an unsent
// draft of an interrupted run, then draft, attach, send, and record receiptSentAt.

import { buildReceipt } from '../../domain/registrar/receipt';
import type { FeedbackKind, Registration } from '../../domain/registrar/registration.types';
import type { MessageId } from '../../ports/mailbox';
import { UseCaseError, isNotFound } from '../errors';
import { assertRegistrar, type RegistrarDeps } from './loadDeliveries';
import { openDelivery, saveRegistration } from './registerDelivery';

export interface ReceiptOutcome {
  status: 'sent' | 'already_sent';
  kind: FeedbackKind;
  to: string;
}

export function feedbackKind(r: Registration): FeedbackKind {
  if (r.status === 'registrerad') return 'diariford';
  return r.duplicateOf ? 'redan_diariford' : 'inte_allman_handling';
}

export async function sendReceipt(deps: RegistrarDeps, input: { id: MessageId }): Promise<ReceiptOutcome> {
  assertRegistrar(deps);
  const { mailbox, clock } = deps;
  const delivery = await openDelivery(mailbox, input.id);
  const registration = delivery.registration;
  if (!registration) {
    throw new UseCaseError('invalid_input', 'Diarieför eller makulera leveransen innan du kvitterar.', 'Register or mark the delivery makulerad before sending the receipt.');
  }
  if (!registration.key) {
    throw new UseCaseError('not_a_delivery', 'Leveransens metadata saknas eller är felaktig, så inget kvitto kan knytas till den.', "The delivery's metadata is missing or invalid, so no receipt can be tied to it.");
  }
  // The receipt goes to the mailbox Exchange says forwarded it, never to an address from the metadata.
  const to = delivery.forwardedBy;
  if (!to?.address) throw new UseCaseError('not_a_delivery', 'Leveransen saknar avsändare.', 'The delivery has no sender.');
  const kind = feedbackKind(registration);
  if (registration.receiptSentAt) return { status: 'already_sent', kind, to: to.address };

  const receipt = buildReceipt({
    key: registration.key,
    kind,
    ...(registration.diarienummer ? { diarienummer: registration.diarienummer } : {}),
    at: registration.registeredAt,
    ...(registration.makuleradReason ? { note: registration.makuleradReason } : {}),
  });
  const marked = await mailbox.findByIntentKey(receipt.receiptKey);
  const sent = marked.find((m) => !m.isDraft);
  if (!sent) {
    for (const draft of marked.filter((m) => m.isDraft)) {
      try {
        await mailbox.permanentDelete(draft.id);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    const intent = JSON.stringify({ key: receipt.receiptKey, step: 'receipt', at: clock.now() });
    const draftId = await mailbox.createDraft({ subject: receipt.subject, body: receipt.body, toRecipients: [to], properties: { intent } });
    await mailbox.addAttachment(draftId, { name: receipt.attachmentName, contentType: 'application/json', bytes: new TextEncoder().encode(receipt.json) });
    await mailbox.sendDraft(draftId);
  }
  await saveRegistration(deps, input.id, { ...registration, receiptSentAt: sent ? sent.sentDateTime : clock.now() });
  return { status: sent ? 'already_sent' : 'sent', kind, to: to.address };
}
