// The registrar workspace's effects, handed in by the entry point (demo or Outlook): views never
// import Graph. No purge is offered here: a delivery is registered or marked makulerad.

import { createContext, useContext } from 'react';
import type { ArchiveExport, ArchiveSelection } from '../../app/registrar/exportArchive';
import type { RegistrarDesk } from '../../app/registrar/loadDeliveries';
import type { MakuleraInput, RegisterOutcome } from '../../app/registrar/registerDelivery';
import type { ReceiptOutcome } from '../../app/registrar/sendReceipt';
import type { RegistrationForm } from '../../domain/registrar/parseRegistrationForm';
import type { Registration } from '../../domain/registrar/registration.types';
import type { MessageId } from '../../ports/mailbox';

export interface RegistrarDeskView extends RegistrarDesk {
  /** The organisation's diarienummer example, e.g. "KS 2026/123". */
  diarienummerExample: string;
  /** The organisation's name (prefills the sekretess marking's authority). */
  organisation: string;
}

export interface RegistrarServices {
  loadDesk(): Promise<RegistrarDeskView>;
  register(id: MessageId, form: RegistrationForm): Promise<RegisterOutcome>;
  makulera(input: MakuleraInput): Promise<Registration>;
  sendReceipt(id: MessageId): Promise<ReceiptOutcome>;
  /** The archive export as a zip to download; absent: the export panel is shown disabled with a note. */
  exportRegistrations?: (selection: ArchiveSelection) => Promise<ArchiveExport>;
}

export const RegistrarServicesContext = createContext<RegistrarServices | null>(null);

export function useRegistrarServices(): RegistrarServices {
  const services = useContext(RegistrarServicesContext);
  if (!services) throw new Error('RegistrarServices missing: wrap the registrar views in RegistrarServicesContext.Provider');
  return services;
}
