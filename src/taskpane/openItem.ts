// The open item's verdict, shared by the entry's first paint (src/taskpane/index.tsx) and the React
// wiring (outlook.tsx): the item read through Office.js, the profile from the config, the classifier
// chunk and the learned weights kept in the roaming settings. No React, no Graph.

import { readCurrentItem, type CurrentItem } from '../adapters/office/currentItem';
import { readLearnedWeights } from '../adapters/office/learnedSettings';
import type { Profile } from '../domain/policy/types';
import type { MailboxOwner } from '../domain/types';
import { markStart } from './startMarks';
import type { JudgedMessage } from './verdictEngine';

type Engine = typeof import('./verdictEngine.js');

export interface OpenItemVerdict extends JudgedMessage {
  item: CurrentItem;
  profile: Profile;
}

/** The profile for verdicts, parsed once; a chunk that failed to load is fetched again on the next call. */
export function profileLoader(engine: Promise<Engine>, configJson: Promise<unknown>): () => Promise<Profile> {
  let profile: Promise<Profile> | null = null;
  return () => {
    profile ??= Promise.all([engine, configJson]).then(([e, json]) => e.profileFromConfigJson(json));
    profile.catch(() => (profile = null));
    return profile;
  };
}

/** Reads the open item and judges it with what Inkorgen learnt from the person's decisions. */
export async function judgeOpenItem(engine: Promise<Engine>, getProfile: () => Promise<Profile>, owner: MailboxOwner): Promise<OpenItemVerdict> {
  const read = readCurrentItem().then((item) => {
    markStart('item');
    return item;
  });
  const [item, e, profile] = await Promise.all([read, engine, getProfile()]);
  return { item, profile, ...e.judge(item.message, profile, owner, [item.message], readLearnedWeights()) };
}

/** A promise whose outcome can also be read synchronously once it has settled. */
export interface Tracked<T> {
  promise: Promise<T>;
  outcome: { ok: true; value: T } | { ok: false; error: unknown } | null;
}

export function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked: Tracked<T> = { promise, outcome: null };
  promise.then(
    (value) => (tracked.outcome = { ok: true, value }),
    (error: unknown) => (tracked.outcome = { ok: false, error }),
  );
  return tracked;
}
