// scoreSignals: sums the weighted text and header signals per category, keeping each hit as quotable evidence.

import type { Profile } from '../policy/types';
import { excerptAt } from '../text/words';
import type { Features } from './features';
import { SIGNALS, type Leaning } from './signals';

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

/** A phrase hit; its evidence excerpt is cut only when the hit is shown (most hits never are). */
class PhraseHit implements Hit {
  private excerpt: string | undefined;
  constructor(
    public leaning: Leaning,
    public weight: number,
    public label: string,
    public subtype: string,
    private readonly text: string,
    private readonly at: RegExpExecArray,
    public quoted: boolean,
  ) {}

  get evidence(): string {
    this.excerpt ??= `"${excerptAt(this.text, this.at.index, this.at[0].length)}"`;
    return this.excerpt;
  }
}

export function scoreSignals(f: Features, _profile: Profile, massRecipient: string | null): Scored {
  const totals: Record<Leaning, number> = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  const hits: Hit[] = [];
  const add = (hit: Hit) => {
    totals[hit.leaning] += hit.weight;
    hits.push(hit);
  };
  // Only signals that can count are looked for: those for this sender kind, and in quoted text those
  // with a weight there that did not already match in the newest part.
  const applies = (i: number) => (!SIGNALS[i].senders || SIGNALS[i].senders!.includes(f.senderKind)) && !(f.bulk && SIGNALS[i].notBulk);
  const newest = f.newestScan.firstMatches('signals', applies);
  const quoted = f.quotedLower ? f.quotedScan.firstMatches('signals', (i) => applies(i) && !newest[i] && (SIGNALS[i].quotedFactor ?? 0.6) !== 0) : [];
  SIGNALS.forEach((sig, i) => {
    const inNewest = newest[i];
    if (inNewest) {
      add(new PhraseHit(sig.leaning, sig.weight, sig.label, sig.subtype, f.newest, inNewest, false));
      return;
    }
    const inQuoted = quoted[i];
    if (inQuoted) {
      add(new PhraseHit(sig.leaning, sig.weight * (sig.quotedFactor ?? 0.6), `${sig.label} (i citerad/vidarebefordrad text)`, sig.subtype, f.quoted, inQuoted, true));
    }
  });
  if (f.bulk) add({ leaning: 'gallra_ringa', weight: 2, label: 'ringa betydelse – massutskick/nyhetsbrev', subtype: 'nyhetsbrev', evidence: 'huvudet List-Unsubscribe/Precedence: bulk', quoted: false });
  if (f.senderKind === 'org' && f.autoSubmitted) {
    add({ leaning: 'gallra_ringa', weight: 2, label: 'tillfällig betydelse – automatiskt meddelande från organisationens system', subtype: 'administrativt', evidence: `avsändare ${f.fromAddress}; Auto-Submitted`, quoted: false });
  }
  if (f.senderKind === 'org' && massRecipient) {
    add({ leaning: 'gallra_ringa', weight: 3, label: 'tillfällig betydelse – information från organisationen till en stor grupp', subtype: 'massutskick', evidence: `avsändare ${f.fromAddress}; ${massRecipient}`, quoted: false });
  }
  // Sender roles: who writes says something, never enough alone.
  const systemSender = f.autoSubmitted || /^(no-?reply|noreply|donotreply|do-not-reply)/.test(f.fromLocal);
  // Another authority's letter, not its invitation or newsletter.
  const announcement = hits.some((h) => h.leaning === 'gallra_ringa' && ['inbjudan', 'nyhetsbrev', 'massutskick', 'reklam'].includes(h.subtype));
  const proposal = hits.some((h) => h.leaning === 'registrera' && h.weight >= 3 && !h.quoted);
  if (f.orgKind === 'authority' && !f.bulk && !systemSender && (!announcement || proposal)) {
    add({ leaning: 'registrera', weight: 2, label: 'rör verksamheten – skrivelse från annan myndighet', subtype: 'myndighet', evidence: `avsändare ${f.fromAddress} (myndighet)`, quoted: false });
  }
  if (f.orgKind === 'media') add({ leaning: 'registrera', weight: 1, label: 'rör verksamheten – fråga från media', subtype: 'journalist_beslut', evidence: `avsändare ${f.fromAddress} (redaktion)`, quoted: false });
  if (f.orgKind === 'union') add({ leaning: 'gallra_ej_allman', weight: 1.5, label: 'ej allmän handling – fackligt', subtype: 'fackligt', evidence: `avsändare ${f.fromAddress} (fackförbund)`, quoted: false });
  if (f.forwardedFrom === 'freemail' && f.senderKind !== 'freemail') {
    add({ leaning: 'registrera', weight: 3, label: 'rör verksamheten – vidarebefordrat brev från en enskild', subtype: 'vidarebefordrat', evidence: 'citerat meddelande från privat adress', quoted: true });
  }
  if (systemSender && (f.senderKind === 'external' || f.senderKind === 'politician')) {
    add({ leaning: 'gallra_ringa', weight: 2, label: 'tillfällig betydelse – automatiskt systemmeddelande', subtype: 'administrativt', evidence: `avsändare ${f.fromAddress}`, quoted: false });
  }
  hits.sort((a, b) => b.weight - a.weight);
  return { totals, hits };
}
