// What the archive export (ERMS XML, CSV, zip: pure functions elsewhere) needs: the registered
// deliveries in a date range, each Registration with its .eml bytes from the registrar mailbox.

import { EML_MAX_BYTES } from '../../domain/registrar/parseEml';
import type { Registration } from '../../domain/registrar/registration.types';
import { asMessageId } from '../../ports/mailbox';
import { isNotFound } from '../errors';
import { assertRegistrar, type RegistrarDeps } from './loadDeliveries';

export interface ExportItem {
  registration: Registration;
  eml: Uint8Array;
}

export interface ExportInputs {
  items: ExportItem[];
  /** Registered in the range, but the delivery or its .eml is gone or too large: named, not skipped silently. */
  missing: { registration: Registration; reason: 'delivery_missing' | 'eml_missing' | 'eml_too_large' }[];
}

/** Registrations with status registrerad whose registeredAt is in [from, to) (ISO instants). */
export async function loadExportInputs(deps: RegistrarDeps, range: { from: string; to: string }): Promise<ExportInputs> {
  assertRegistrar(deps);
  const store = await deps.mailbox.loadStore();
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const chosen = (store.registrations ?? [])
    .filter((r) => r.status === 'registrerad')
    .filter((r) => Date.parse(r.registeredAt) >= from && Date.parse(r.registeredAt) < to)
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
  const out: ExportInputs = { items: [], missing: [] };
  for (const registration of chosen) {
    if (!registration.deliveryId) {
      out.missing.push({ registration, reason: 'delivery_missing' });
      continue;
    }
    const id = asMessageId(registration.deliveryId);
    try {
      const attachment = (await deps.mailbox.listAttachments(id)).find((a) => a.name === registration.emlName);
      if (!attachment) {
        out.missing.push({ registration, reason: 'eml_missing' });
        continue;
      }
      out.items.push({ registration, eml: await deps.mailbox.getAttachmentBytes(id, attachment.id, EML_MAX_BYTES) });
    } catch (error) {
      if (isNotFound(error)) out.missing.push({ registration, reason: 'delivery_missing' });
      else if ((error as { code?: unknown }).code === 'too_large') out.missing.push({ registration, reason: 'eml_too_large' });
      else throw error;
    }
  }
  return out;
}
