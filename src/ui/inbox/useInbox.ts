// State of the triage queue: loading with progress, the category filter, the selection, and a
// cancellable bulk run of the proposed actions (purge in batches, public records to the registrar).

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Category } from '../../domain/types';
import type { MessageId } from '../../ports/mailbox';
import { errorText } from '../errorText';
import { useLanguage, useStrings } from '../i18n';
import type { InboxItem } from '../services';
import { useServices } from '../services';

export type CategoryFilter = Category | 'alla';

export interface BulkState {
  done: number;
  total: number;
}

export function useInbox() {
  const services = useServices();
  const strings = useStrings();
  const language = useLanguage();
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [loadProgress, setLoadProgress] = useState<BulkState>({ done: 0, total: 0 });
  const [filter, setFilter] = useState<CategoryFilter>('alla');
  const [selected, setSelected] = useState<Set<MessageId>>(new Set());
  const [bulk, setBulk] = useState<BulkState | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const loaded = await services.loadInbox((done, total) => setLoadProgress({ done, total }));
      setItems(loaded);
    } catch (e) {
      setError(errorText(e, language, strings));
      setItems([]);
    }
  }, [services, language, strings]);

  useEffect(() => {
    void load();
  }, [load]);

  const visible = (items ?? []).filter((i) => filter === 'alla' || i.verdict?.category === filter);

  async function apply() {
    const chosen = visible.filter((i) => selected.has(i.summary.id) && i.verdict);
    const toPurge = chosen.filter((i) => i.verdict!.category === 'gallra_ej_allman' || i.verdict!.category === 'gallra_ringa');
    const toSend = chosen.filter((i) => i.verdict!.category === 'registrera');
    const controller = new AbortController();
    abort.current = controller;
    const total = toPurge.length + toSend.length;
    setBulk({ done: 0, total });
    setResult(null);
    setError(null);
    const finished = new Set<string>();
    let failed = 0;
    try {
      if (toPurge.length > 0) {
        const outcome = await services.gallra({
          ids: toPurge.map((i) => i.summary.id),
          verdicts: new Map(toPurge.map((i) => [i.summary.id, i.verdict!])),
          onProgress: (p) => setBulk({ done: p.done + p.failed, total }),
          signal: controller.signal,
        });
        outcome.done.forEach((id) => finished.add(id));
        failed += outcome.failed.length;
      }
      for (const item of toSend) {
        if (controller.signal.aborted) break;
        try {
          await services.sendToRegistrar(item.summary.id, item.verdict!);
          finished.add(item.summary.id);
        } catch {
          failed += 1;
        }
        setBulk({ done: finished.size + failed, total });
      }
      const skipped = chosen.length - total;
      setResult(strings.bulkDone(finished.size, failed, total - finished.size - failed) + (skipped ? ' ' + strings.bulkSkipped(skipped) : ''));
    } catch (e) {
      setError(errorText(e, language, strings));
    } finally {
      abort.current = null;
      setBulk(null);
      setItems((prev) => (prev ?? []).filter((i) => !finished.has(i.summary.id)));
      setSelected((prev) => new Set([...prev].filter((id) => !finished.has(id))));
    }
  }

  return {
    items,
    visible,
    loadProgress,
    filter,
    setFilter,
    selected,
    setSelected,
    bulk,
    result,
    error,
    apply,
    stop: () => abort.current?.abort(),
    reload: load,
  };
}
