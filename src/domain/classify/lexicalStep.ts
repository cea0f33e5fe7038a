// lexicalStep: issue 10's experiment — the lexical evidence model as the classifier's `undecided` step: a message the rules left osäker for too little evidence or a close call, under the same safety checks as the rules' own verdicts.

import type { MailboxOwner, MailMessage, Verdict } from '../types';
import type { UndecidedStep } from './index';
import type { Profile } from '../policy/types';
import type { Features } from './features';
import type { Scored } from './score';
import { DOUBT } from './decide';
import { lexicalDecision, type LexicalModel } from './lexical';
import { excludedStems, lexicalTokens } from './lexicalTokens';
import { privateSign } from './positive';

/** How the reason names the kind of mail whose wording the message shares. */
const LIKE: Record<string, string> = {
  registrera: 'ordval som i allmänna handlingar som registreras',
  gallra_ej_allman: 'ordval som i post som inte är allmän handling (parti, privat, fackligt)',
  gallra_ringa: 'ordval som i post av ringa eller tillfällig betydelse',
};

const excludedCache = new WeakMap<Profile, Map<string, Set<string>>>();
/** The organisation's and the owner's own names, once per profile and owner. */
function excludedOf(profile: Profile, owner: MailboxOwner): Set<string> {
  let byOwner = excludedCache.get(profile);
  if (!byOwner) excludedCache.set(profile, (byOwner = new Map()));
  let set = byOwner.get(owner.name);
  if (!set) byOwner.set(owner.name, (set = excludedStems(profile, owner)));
  return set;
}

/**
 * The word model's verdict for an undecided message, or null to leave it osäker: when it is not sure, and whenever the
 * rules' safety checks would hold the same answer from the rules (real evidence of a record behind a purge, of party or
 * private mail behind a registration; index.ts's hold on every purge still reads the answer after this).
 */
export function lexicalVerdict(scored: Scored, f: Features, message: MailMessage, profile: Profile, owner: MailboxOwner, model: LexicalModel, rule: string): Verdict | null {
  const decision = lexicalDecision(lexicalTokens(f.newestLower, excludedOf(profile, owner), message), model);
  if (!decision) return null;
  const reg = Math.max(scored.totals.registrera, scored.shippedTotals.registrera);
  const ej = Math.max(scored.totals.gallra_ej_allman, scored.shippedTotals.gallra_ej_allman);
  if (decision.category !== 'registrera' && reg >= DOUBT.safetyEvidence) return null;
  if (decision.category === 'registrera' && (ej >= DOUBT.safetyEvidence || privateSign(f, message.from?.name ?? '', scored))) return null;
  return {
    category: decision.category,
    subtype: 'ordval',
    confidence: 0.5,
    reasons: [{ rule: `${rule}: ${LIKE[decision.category]} (ordmodell, ${Math.round(decision.p * 100)} %)`, evidence: `ordval som i sådan post: ${decision.evidence.map((s) => `${s}…`).join(', ')}` }],
    flags: [],
  };
}

/** The word model as a ClassifyContext `undecided` step; `only` keeps its answers of one category (the rest stay osäker). */
export function lexicalStep(model: LexicalModel, only?: Verdict['category']): UndecidedStep {
  return (scored, f, message, profile, owner, rule) => {
    const v = lexicalVerdict(scored, f, message, profile, owner, model, rule);
    return v && (!only || v.category === only) ? v : null;
  };
}
