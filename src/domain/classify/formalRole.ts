// formalRole: a letter to a body of the organisation in a role the law or the body's rules name — a record, not party life.

import type { Profile } from '../policy/types';
import { domainOf, matchesDomain, ownDomainsOf, type Features } from './features';

/** A body's own mailbox on the organisation's domains: fullmäktige, its presidium, the valberedning, a nämnd, a kansli. */
const BODY_LOCAL = /^(kf|rf|\w*fullmaktige|presidi\w*|[a-z-]*(beredning|namnd)\w*|(kf-)?kansli\w*)$/;
/** The letter's opening line addresses a body ("Till kommunfullmäktige", "Hej valberedningen"). */
const OPENS_TO_BODY = /^[ \t]*(till|hej|bästa|kära)[ \t]+(\p{L}+[ \t]+)?(\p{L}*fullmäktiges?|presidiet|valberedningen|[\p{L}-]*nämnden)\b/mu;
/** What the law or the body's rules ask of a party or a member when written to the body: partistöd and its report, nominations, more time. */
const STATUTORY = /(partistöd|nominer|anstånd|granskningsintyg|granskarens|kommunallagen|fyllnadsval|avsägelse|entledig)/;
/** The party's duty to fullmäktige alone (not its own nominations or a course on the law, which are party life): partistöd. */
const PARTY_DUTY = /partistöd/;
/** A claim on the organisation's payments: arvode, lost income, travel costs. */
const PAYMENT_CLAIM = /(förlorad arbetsinkomst|arvodes(anspråk|ersättning)|reseersättning)/;

/** Characters after the subject in which a letter's addressee line is looked for. */
const OPENING_CHARS = 160;

/** A recipient is one of the organisation's bodies (its mailbox on the organisation's domains) or its registrar. */
export function toBody(f: Features, profile: Profile): boolean {
  if (f.registrarAmong) return true;
  const own = ownDomainsOf(profile);
  return f.recipients.some((a) => {
    const at = a.lastIndexOf('@');
    return at > 0 && BODY_LOCAL.test(a.slice(0, at)) && matchesDomain(domainOf(a), own);
  });
}

/** The opening line after the subject addresses a body of the organisation. */
export function opensToBody(f: Features): boolean {
  return OPENS_TO_BODY.test(f.newest.slice(f.subject.length, f.subject.length + OPENING_CHARS));
}

/**
 * How a party's letter stands: 'record' when it goes to a body (its address, the registrar, or an opening that
 * addresses it) about what the law asks of a party (partistöd, a nomination, more time); 'doubt' when one of the
 * two is there; null for party life (campaigns, group meetings, internal lines), which stays party mail.
 */
export function partyInFormalRole(f: Features, profile: Profile): 'record' | 'doubt' | null {
  if (f.bulk) return null;
  const body = toBody(f, profile) || opensToBody(f);
  if (body && STATUTORY.test(f.newestLower)) return 'record';
  return body || PARTY_DUTY.test(f.newestLower) ? 'doubt' : null;
}

/** A member's own claim on the organisation's payments (arvode, förlorad arbetsinkomst) with its papers attached: not the pay office's reminder, nor a body's draft rules. */
export function paymentClaim(f: Features): boolean {
  return (f.senderKind === 'politician' || f.senderKind === 'freemail') && !BODY_LOCAL.test(f.fromLocal) && !f.bulk && f.attachmentCount > 0 && f.recipients.length <= 3 && PAYMENT_CLAIM.test(f.newestLower);
}

/** Someone outside the organisation writes to one of its bodies (its own mailbox, or a letter opening with its name). */
export function outsiderToBody(f: Features, profile: Profile): boolean {
  return (f.senderKind === 'freemail' || f.senderKind === 'external') && !f.bulk && ((toBody(f, profile) && !f.registrarAmong) || opensToBody(f));
}
