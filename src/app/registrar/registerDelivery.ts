// Registrar mode: register a delivery (OSL 5 kap. 2 §) or mark it makulerad (a duplicate, or not an
// allmän handling). The Registration is written to the registrar's journal first, then onto the
// delivery as an extended property; a run interrupted between the two is completed by the next one.

import { diarienummerRule } from '../../domain/registrar/diarienummer';
import { factsOfRegistration, parseRegistrationForm, type FormError, type RegistrationFacts, type RegistrationForm } from '../../domain/registrar/parseRegistrationForm';
import type { Registration } from '../../domain/registrar/registration.types';
import type { MailboxPort, MessageId } from '../../ports/mailbox';
import { UseCaseError } from '../errors';
import { assertRegistrar, loadDelivery, type LoadedDelivery, type RegistrarDeps } from './loadDeliveries';

export type RegisterOutcome = { ok: true; registration: Registration } | { ok: false; errors: FormError[] };

export async function openDelivery(mailbox: MailboxPort, id: MessageId): Promise<LoadedDelivery> {
  const message = await mailbox.getMessage(id);
  const delivery = await loadDelivery(mailbox, { id, receivedDateTime: message.receivedDateTime, from: message.from, properties: message.properties });
  if (!delivery) {
    throw new UseCaseError('not_a_delivery', 'Meddelandet är ingen leverans från Postvakt.', 'The message is not a Postvakt delivery.');
  }
  return delivery;
}

/** What the registrar does not type: taken from the delivery (metadata for display, the .eml's MIME). */
export function registrationFacts(d: LoadedDelivery, registeredBy: string, registeredAt: string): RegistrationFacts {
  const m = d.metadata;
  const eml = d.eml?.summary ?? null;
  return {
    datumInkommen: m?.original.receivedDateTime || d.deliveredAt,
    registeredAt,
    registeredBy,
    mottagare: m?.original.to ?? eml?.to ?? [],
    reference: d.ref,
    key: m?.key ?? '',
    forwardedBy: d.forwardedBy ?? { name: '', address: '' },
    direction: m?.original.direction ?? 'in',
    originalSubject: m?.original.subject ?? eml?.subject ?? '',
    ...(eml?.messageId ? { originalInternetMessageId: eml.messageId } : {}),
    ...(d.eml?.sha256 ? { emlSha256: d.eml.sha256 } : {}),
    emlName: d.eml?.name ?? `handling-${d.ref}.eml`,
    attachments: eml?.attachments ?? [],
  };
}

async function save(deps: RegistrarDeps, id: MessageId, registration: Registration): Promise<void> {
  const store = await deps.mailbox.loadStore();
  const registrations = (store.registrations ?? []).filter((r) => r.deliveryId !== id);
  await deps.mailbox.saveStore({ ...store, registrations: [...registrations, registration] });
  await deps.mailbox.setProperty(id, 'registration', JSON.stringify(registration));
}

function refuseTwice(d: LoadedDelivery): void {
  if (d.registration) {
    const what = d.registration.status === 'registrerad' ? `diarieförd som ${d.registration.diarienummer}` : 'makulerad';
    throw new UseCaseError('already_registered', `Leveransen är redan ${what}.`, `The delivery is already ${d.registration.status === 'registrerad' ? `registered as ${d.registration.diarienummer}` : 'makulerad'}.`);
  }
}

export async function registerDelivery(deps: RegistrarDeps, input: { id: MessageId; form: RegistrationForm }): Promise<RegisterOutcome> {
  assertRegistrar(deps);
  const delivery = await openDelivery(deps.mailbox, input.id);
  refuseTwice(delivery);
  const facts = registrationFacts(delivery, deps.mailbox.address, deps.clock.now());
  const parsed = parseRegistrationForm(input.form, facts, diarienummerRule(deps.profile));
  if (!parsed.ok) return parsed;
  const registration: Registration = { ...parsed.registration, deliveryId: input.id };
  await save(deps, input.id, registration);
  return { ok: true, registration };
}

export interface MakuleraInput {
  id: MessageId;
  /** 'duplicate': repeats a registered delivery; 'inte_allman_handling': not to be registered. */
  kind: 'duplicate' | 'inte_allman_handling';
  reason: string;
  /** For a duplicate: the delivery it repeats. */
  duplicateOfId?: MessageId;
}

/** Marks a delivery makulerad with a reason; nothing is deleted. A duplicate is linked to the registered one. */
export async function makuleraDelivery(deps: RegistrarDeps, input: MakuleraInput): Promise<Registration> {
  assertRegistrar(deps);
  const reason = input.reason.trim().replace(/\s+/g, ' ');
  if (!reason || reason.length > 500) {
    throw new UseCaseError('invalid_input', 'Ange ett skäl (högst 500 tecken).', 'Give a reason (at most 500 characters).');
  }
  const delivery = await openDelivery(deps.mailbox, input.id);
  refuseTwice(delivery);
  let duplicateOf: string | undefined;
  let diarienummer = '';
  if (input.kind === 'duplicate') {
    if (!input.duplicateOfId || input.duplicateOfId === input.id) {
      throw new UseCaseError('invalid_input', 'Ange vilken leverans det är en dubblett av.', 'Say which delivery this duplicates.');
    }
    const original = await openDelivery(deps.mailbox, input.duplicateOfId);
    diarienummer = original.registration?.status === 'registrerad' ? original.registration.diarienummer : '';
    duplicateOf = diarienummer || original.ref;
  }
  const facts = registrationFacts(delivery, deps.mailbox.address, deps.clock.now());
  const registration: Registration = {
    ...factsOfRegistration(facts),
    diarienummer,
    avsandare: delivery.metadata?.original.from ?? delivery.eml?.summary?.from ?? null,
    arende: facts.originalSubject,
    deliveryId: input.id,
    status: 'makulerad',
    ...(duplicateOf ? { duplicateOf } : {}),
    makuleradReason: reason,
  };
  await save(deps, input.id, registration);
  return registration;
}

export { save as saveRegistration };
