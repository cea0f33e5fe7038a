// State of the actions on the current message: which confirmation is open, the override reason,
// the running action and its outcome or error.

import { useState } from 'react';
import { describeError, describeSendOutcome } from '../describe';
import { useLanguage, useStrings } from '../i18n';
import type { CurrentMessage } from '../services';
import { useServices } from '../services';

export type PendingAction = 'send' | 'gallra' | null;

export function useMessageActions(current: CurrentMessage) {
  const services = useServices();
  const strings = useStrings();
  const language = useLanguage();
  const [pending, setPending] = useState<PendingAction>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const needsReason = current.verdict.category === 'registrera';


  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await action());
      services.afterAction?.();
    } catch (e) {
      setError(describeError(e, strings));
    } finally {
      setBusy(false);
    }
  }

  function confirm() {
    const action = pending;
    if (action === 'gallra' && needsReason && !reason.trim()) {
      setReasonError(strings.reasonRequired);
      return;
    }
    setPending(null);
    if (action === 'send') {
      void run(async () => describeSendOutcome(await services.sendToRegistrar(await current.resolveId(), current.verdict), strings));
    } else if (action === 'gallra') {
      void run(async () => {
        const id = await current.resolveId();
        const result = await services.gallra({
          ids: [id],
          verdicts: new Map([[id, current.verdict]]),
          override: needsReason ? { reason: reason.trim() } : undefined,
        });
        if (result.failed.length > 0) throw Object.assign(new Error(result.failed[0].message), { code: result.failed[0].code });
        return strings.outcomeGallrad;
      });
    }
  }

  async function defer() {
    setBusy(true);
    setError(null);
    try {
      await services.deferDecision(await current.resolveId());
      setOutcome(strings.deferred);
    } catch (e) {
      setError(describeError(e, strings));
    } finally {
      setBusy(false);
    }
  }

  return {
    pending,
    open: (action: PendingAction) => {
      setReasonError(null);
      setPending(action);
    },
    close: () => setPending(null),
    reason,
    setReason: (value: string) => {
      setReason(value);
      if (value.trim()) setReasonError(null);
    },
    reasonError,
    needsReason,
    busy,
    outcome,
    error,
    confirm,
    defer,
  };
}
