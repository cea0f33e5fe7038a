// rank: a few items ordered by a number, largest first, stably and in place, without Array.prototype.sort's work arrays (a hot path's allocation).

/**
 * Orders `items` in place by `score`, largest first; items with equal scores keep their order. The
 * same order as the stable `items.sort((a, b) => score(b) - score(a))` for any finite scores.
 * Insertion sort: meant for the short lists of one message (its hits, its three totals).
 */
export function rankDescending<T>(items: T[], score: (item: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    const s = score(item);
    let j = i;
    while (j > 0 && s > score(items[j - 1])) {
      items[j] = items[j - 1];
      j--;
    }
    items[j] = item;
  }
  return items;
}
