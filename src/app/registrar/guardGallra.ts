// Registrar mode's refusal: a Postvakt delivery in the registrar mailbox is never purged (it is an
// incoming allmän handling: register it, or mark it makulerad). Checked before any delete.

import { deliveryRef, isRegistrarMailbox } from '../../domain/registrar/registrarMode';
import type { Profile } from '../../domain/policy/types';
import type { MailboxPort, MessageId } from '../../ports/mailbox';
import { UseCaseError, isNotFound } from '../errors';

export async function refuseGallraOfDeliveries(deps: { mailbox: MailboxPort; profile: Profile }, ids: readonly MessageId[]): Promise<void> {
  if (!isRegistrarMailbox(deps.profile, deps.mailbox.address)) return;
  let deliveries = 0;
  for (const id of ids) {
    try {
      const m = await deps.mailbox.getMessage(id);
      if (deliveryRef(m.attachments.map((a) => a.name))) deliveries++;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  if (deliveries > 0) {
    throw new UseCaseError(
      'delivery_not_purgeable',
      `${deliveries === 1 ? 'En leverans' : `${deliveries} leveranser`} från Postvakt kan inte gallras i registratorns brevlåda. Diarieför eller makulera i stället.`,
      `${deliveries === 1 ? 'A Postvakt delivery' : `${deliveries} Postvakt deliveries`} cannot be purged in the registrar mailbox. Register or mark makulerad instead.`,
    );
  }
}
