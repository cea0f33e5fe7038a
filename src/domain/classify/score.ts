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
  /** Quoted excerpt, cut only when the hit is shown (most hits never are). */
  readonly evidence: string;
  /** Found only in quoted or forwarded text. */
  quoted: boolean;
}

export interface Scored {
  totals: Record<Leaning, number>;
  hits: Hit[];
}

function lazyHit(leaning: Leaning, weight: number, label: string, subtype: string, text: string, at: { index: number; length: number }, quoted: boolean): Hit {
  let evidence: string | undefined;
  return {
    leaning,
    weight,
    label,
    subtype,
    quoted,
    get evidence() {
      evidence ??= `"${excerptAt(text, at.index, at.length)}"`;
      return evidence;
    },
  };
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
      add(lazyHit(sig.leaning, sig.weight, sig.label, sig.subtype, f.newest, inNewest, false));
      return;
    }
    const factor = sig.quotedFactor ?? 0.6;
    const inQuoted = quoted.get(i);
    if (factor && inQuoted) {
      add(lazyHit(sig.leaning, sig.weight * factor, `${sig.label} (i citerad/vidarebefordrad text)`, sig.subtype, f.quoted, inQuoted, true));
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
