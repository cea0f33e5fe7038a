// State of the registrar workspace: the loaded desk, the selected delivery, and the actions with
// their busy flag, outcome and error (the spinner always stops in `finally`).

import { useCallback, useEffect, useRef, useState } from 'react';
import type { MakuleraInput } from '../../app/registrar/registerDelivery';
import type { FormError, RegistrationForm } from '../../domain/registrar/parseRegistrationForm';
import type { MessageId } from '../../ports/mailbox';
import { useRegistrarServices, type RegistrarDeskView } from './registrarServices';

export type DeskNotice = { kind: 'receipt_sent'; to: string } | { kind: 'receipt_already' } | null;

export interface RegistrarDeskState {
  desk: RegistrarDeskView | null;
  loadError: unknown;
  selected: MessageId | null;
  select(id: MessageId | null): void;
  reload(): Promise<void>;
  busy: boolean;
  actionError: unknown;
  formErrors: FormError[];
  /** A field the registrar is correcting loses its old message. */
  clearFormError(field: FormError['field']): void;
  notice: DeskNotice;
  register(id: MessageId, form: RegistrationForm): Promise<boolean>;
  makulera(input: MakuleraInput): Promise<void>;
  sendReceipt(id: MessageId): Promise<void>;
}

export function useRegistrarDesk(): RegistrarDeskState {
  const services = useRegistrarServices();
  const [desk, setDesk] = useState<RegistrarDeskView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [selected, setSelected] = useState<MessageId | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [notice, setNotice] = useState<DeskNotice>(null);
  const live = useRef(true);

  const reload = useCallback(async () => {
    try {
      const next = await services.loadDesk();
      if (live.current) {
        setDesk(next);
        setLoadError(null);
      }
    } catch (error) {
      if (live.current) setLoadError(error);
    }
  }, [services]);

  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

  const select = useCallback((id: MessageId | null) => {
    setSelected(id);
    setActionError(null);
    setFormErrors([]);
    setNotice(null);
  }, []);

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      const result = await action();
      await reload();
      return result;
    } catch (error) {
      if (live.current) setActionError(error);
      return undefined;
    } finally {
      if (live.current) setBusy(false);
    }
  }

  return {
    desk,
    loadError,
    selected,
    select,
    reload,
    busy,
    actionError,
    formErrors,
    clearFormError: (field) => setFormErrors((errors) => errors.filter((e) => e.field !== field)),
    notice,
    async register(id, form) {
      const outcome = await run(() => services.register(id, form));
      if (!outcome) return false;
      setFormErrors(outcome.ok ? [] : outcome.errors);
      return outcome.ok;
    },
    async makulera(input) {
      await run(() => services.makulera(input));
    },
    async sendReceipt(id) {
      const outcome = await run(() => services.sendReceipt(id));
      if (outcome) setNotice(outcome.status === 'sent' ? { kind: 'receipt_sent', to: outcome.to } : { kind: 'receipt_already' });
    },
  };
}
