// State of the triage queue: loading with progress, the category filter, the selection, and a
// cancellable bulk run of the proposed actions (purge in batches, public records to the registrar).

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalResult } from '../../app/applyProposals';
import type { Category } from '../../domain/types';
import type { MessageId } from '../../ports/mailbox';
import { describeError } from '../describe';
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
  /** Set when the mailbox could not be read: the view shows it alone (never the empty-inbox text). */
  const [loadError, setLoadError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    setError(null);
    setLoadError(null);
    setItems(null);
    setLoadProgress({ done: 0, total: 0 });
    try {
      const loaded = await services.loadInbox((done, total) => setLoadProgress({ done, total }));
      setItems(loaded);
    } catch (e) {
      setLoadError(describeError(e, strings));
    }
  }, [services, language, strings]);

  useEffect(() => {
    void load();
  }, [load]);

  const visible = (items ?? []).filter((i) => filter === 'alla' || i.verdict?.category === filter);

  async function apply() {
    const chosen = visible.filter((i) => selected.has(i.summary.id) && i.verdict);
    const controller = new AbortController();
    abort.current = controller;
    setBulk({ done: 0, total: 0 });
    setResult(null);
    setError(null);
    const finished = new Set<string>();
    try {
      const outcome = await services.applyProposals({
        proposals: chosen.map((i) => ({ id: i.summary.id, verdict: i.verdict })),
        onProgress: setBulk,
        signal: controller.signal,
      });
      const count = (result: ProposalResult['result']) => outcome.results.filter((r) => r.result === result).length;
      outcome.results.forEach((r) => (r.result === 'purged' || r.result === 'sent') && finished.add(r.id));
      const reasons = [...new Set(outcome.results.flatMap((r) => (r.result === 'failed' ? [describeError({ code: r.code }, strings)] : [])))];
      const skipped = count('skipped');
      setResult(
        [strings.bulkDone(finished.size, count('failed'), count('not_attempted')), skipped ? strings.bulkSkipped(skipped) : '', ...reasons].filter(Boolean).join(' '),
      );
    } catch (e) {
      setError(describeError(e, strings));
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
    loadError,
    apply,
    stop: () => abort.current?.abort(),
    reload: load,
  };
}
