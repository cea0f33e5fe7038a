// What Postvakt learnt from the person's decisions, kept in Outlook's roaming settings so the task pane's
// first verdict (read through Office.js, before Graph loads) uses it too: feature ids and numbers only,
// stamped with the feature scheme ({ scheme, deltas }); a value of another scheme reads as nothing learnt.

import type { WeightDeltas } from '../../domain/classify/score';
import { parseSchemedWeightDeltas, schemedWeightDeltas } from '../../domain/classify/learnedWeights';
import { officeAsync } from './officeAsync';

const KEY = 'postvakt.learned';

type Settings = Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'>;

function settings(): Settings | null {
  const s = (globalThis as { Office?: typeof Office }).Office?.context?.roamingSettings as Settings | undefined;
  return s && typeof s.get === 'function' ? s : null;
}

/** The learned weight changes saved last, or none (outside Outlook, nothing saved, another feature scheme, or a value that does not parse). */
export function readLearnedWeights(): WeightDeltas {
  try {
    return parseSchemedWeightDeltas(settings()?.get(KEY));
  } catch {
    return {};
  }
}

/** Saves the learned weight changes, stamped with the current feature scheme, for the next first verdict; an unchanged value is not written again. */
export async function saveLearnedWeights(deltas: WeightDeltas): Promise<void> {
  const s = settings();
  if (!s) return;
  const value = schemedWeightDeltas(deltas);
  // The value as written last reads back the same; anything else (another scheme, the old shape, junk) is replaced.
  if (JSON.stringify(s.get(KEY)) === JSON.stringify(value)) return;
  s.set(KEY, value);
  await officeAsync<void>((cb) => s.saveAsync(cb as (result: Office.AsyncResult<void>) => void));
}
