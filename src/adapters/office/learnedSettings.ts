// What Postvakt learnt from the person's decisions, kept in Outlook's roaming settings so the task pane's
// first verdict (read through Office.js, before Graph loads) uses it too: feature ids and numbers only.

import type { WeightDeltas } from '../../domain/classify/score';
import { parseWeightDeltas } from '../../domain/classify/learnedWeights';
import { officeAsync } from './officeAsync';

const KEY = 'postvakt.learned';

type Settings = Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'>;

function settings(): Settings | null {
  const s = (globalThis as { Office?: typeof Office }).Office?.context?.roamingSettings as Settings | undefined;
  return s && typeof s.get === 'function' ? s : null;
}

/** The learned weight changes saved last, or none (outside Outlook, nothing saved, or a value that does not parse). */
export function readLearnedWeights(): WeightDeltas {
  try {
    return parseWeightDeltas(settings()?.get(KEY));
  } catch {
    return {};
  }
}

/** Saves the learned weight changes for the next first verdict; unchanged values are not written again. */
export async function saveLearnedWeights(deltas: WeightDeltas): Promise<void> {
  const s = settings();
  if (!s) return;
  const clean = parseWeightDeltas(deltas);
  if (JSON.stringify(parseWeightDeltas(s.get(KEY))) === JSON.stringify(clean)) return;
  s.set(KEY, clean);
  await officeAsync<void>((cb) => s.saveAsync(cb as (result: Office.AsyncResult<void>) => void));
}
