// scoreSignals: sums the weighted text and header signals per category, keeping each hit as quotable evidence.

import type { Profile } from '../policy/types';
import { excerptAt } from '../text/words';
import type { Features } from './features';
import { matchSignals, SIGNALS, type Leaning } from './signals';

export interface Hit {
  leaning: Leaning;
  weight: number;
  label: string;
  subtype: string;
  evidence: string;
  /** Found only in quoted or forwarded text. */
  quoted: boolean;
}

export interface Scored {
  totals: Record<Leaning, number>;
  hits: Hit[];
}

export function scoreSignals(f: Features, _profile: Profile, massRecipient: string | null): Scored {
  const totals: Record<Leaning, number> = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  const hits: Hit[] = [];
  const add = (hit: Hit) => {
    totals[hit.leaning] += hit.weight;
    hits.push(hit);
  };
  const newest = matchSignals(f.newestLower);
  const quoted = f.quotedLower ? matchSignals(f.quotedLower) : new Map<number, { index: number; length: number }>();
  SIGNALS.forEach((sig, i) => {
    if (sig.senders && !sig.senders.includes(f.senderKind)) return;
    const inNewest = newest.get(i);
    if (inNewest) {
      add({ leaning: sig.leaning, weight: sig.weight, label: sig.label, subtype: sig.subtype, evidence: `"${excerptAt(f.newest, inNewest.index, inNewest.length)}"`, quoted: false });
      return;
    }
    const factor = sig.quotedFactor ?? 0.6;
    const inQuoted = quoted.get(i);
    if (factor && inQuoted) {
      add({ leaning: sig.leaning, weight: sig.weight * factor, label: `${sig.label} (i citerad/vidarebefordrad text)`, subtype: sig.subtype, evidence: `"${excerptAt(f.quoted, inQuoted.index, inQuoted.length)}"`, quoted: true });
    }
  });
  if (f.bulk) add({ leaning: 'gallra_ringa', weight: 2, label: 'ringa betydelse – massutskick/nyhetsbrev', subtype: 'nyhetsbrev', evidence: 'huvudet List-Unsubscribe/Precedence: bulk', quoted: false });
  if (f.senderKind === 'org' && f.autoSubmitted) {
    add({ leaning: 'gallra_ringa', weight: 2, label: 'tillfällig betydelse – automatiskt meddelande från organisationens system', subtype: 'administrativt', evidence: `avsändare ${f.fromAddress}; Auto-Submitted`, quoted: false });
  }
  if (f.senderKind === 'org' && massRecipient) {
    add({ leaning: 'gallra_ringa', weight: 3, label: 'tillfällig betydelse – information från organisationen till en stor grupp', subtype: 'massutskick', evidence: `avsändare ${f.fromAddress}; ${massRecipient}`, quoted: false });
  }
  hits.sort((a, b) => b.weight - a.weight);
  return { totals, hits };
}
