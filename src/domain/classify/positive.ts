// positive: round eleven's principle — a purge needs a sign of its own class; a registration over a party or private sign needs clear official evidence.

import { CONSUMER_MAIL_DOMAINS } from '../text/consumerMail';
import { domainOf, requestsIn, type Features } from './features';
import { findRequest } from './flags';
import { BODY_WORDS } from './safety';
import type { Hit, Scored } from './score';
import { asciiLetters } from '../text/words';

/**
 * A single word sign of at least `strong` weight backs a purge; a registration over a party or private sign needs
 * official evidence `official` (the safety rule's safetyEvidence) above the party/private evidence. The owner's own mail
 * forwarded from her private address with official evidence under `ownForward` (the minTop that decides alone) is ej allmän.
 * Chosen by LOO over thirteen corpora (README, round eleven); ownForward by LOO over fourteen (round twelve: 0.5–4 the same).
 */
export const POSITIVE = { strong: 3, official: 3, ownForward: 1.5 };

/** Families of routine mail whose one sign is enough for ringa: a kallelse, an invitation, an ad, a booking, an IT notice, mail to all, a thank-you. */
const ROUTINE_FAMILIES = new Set(['kallelse', 'inbjudan', 'reklam', 'administrativt', 'it_meddelande', 'massutskick', 'kvittens']);
/** Families of party mail whose one sign is enough for ej allmän. */
const PARTY_FAMILIES = new Set(['partipolitiskt', 'internt']);

/** The first reason's evidence starts so when the principle left a verdict osäker (the calibration reads it). */
export const POSITIVE_PREFIX = 'utan eget belägg (';
/** The evidence of round twelve's verdict on the owner's own mail forwarded from her private address (the calibration reads it). */
export const OWN_FORWARD_EVIDENCE = 'den förtroendevalda skickar sin egen post vidare, utan fråga eller ärende i den';
/** A hit that rests on structure (who writes, to whom, with which headers), not on words. */
const structural = (h: Hit) => h.id.startsWith('struktur.') || h.id.startsWith('roll.');

/**
 * Whether the top gallra category has evidence of its own: a structural sign, a strong family sign, or two
 * different signs in the newest part — not only a single word that wins because nothing speaks for a record.
 */
export function purgeBacked(top: 'gallra_ringa' | 'gallra_ej_allman', scored: Scored, f: Features): boolean {
  if (top === 'gallra_ej_allman' && (f.senderKind === 'party' || f.senderKind === 'freemail' || f.fromOwnerPrivately || f.orgKind === 'union')) return true;
  if (top === 'gallra_ringa' && (f.bulk || f.autoSubmitted)) return true;
  const own = scored.hits.filter((h) => h.leaning === top && !h.quoted);
  if (own.some(structural)) return true;
  if (own.some((h) => h.weight >= POSITIVE.strong)) return true;
  if (top === 'gallra_ringa' && own.some((h) => ROUTINE_FAMILIES.has(h.subtype))) return true;
  if (top === 'gallra_ej_allman' && own.some((h) => PARTY_FAMILIES.has(h.subtype))) return true;
  return new Set(own.map((h) => h.id)).size >= 2;
}

/** Party names as a sender's display name shows them ("Miljöpartiet Tornsala", "Moderaterna i X"), folded to ASCII. */
const PARTY_NAME = /\b(centerpartiet|moderaterna|kristdemokraterna|socialdemokraterna|liberalerna|vansterpartiet|miljopartiet|sverigedemokraterna)\b/;

/** A party or private sign behind a registration: the owner's private address, a party's name as the sender's name, a party mark. */
export function privateSign(f: Features, fromName: string, scored: Scored): boolean {
  // The owner moving a letter that asks something (of her, of the organisation) to work is the matter itself.
  if (f.fromOwnerPrivately) return !f.quoted.includes('?') && findRequest(f.quoted, f.quotedLower, f.quotedScan.firstMatches('request')) === null;
  if (f.fromRelative || f.senderKind === 'party') return true;
  if (f.senderKind !== 'own' && PARTY_NAME.test(asciiLetters(fromName.toLowerCase()))) return true;
  return scored.hits.some((h) => h.id === 'roll.partimarkering' || h.id === 'roll.partigrupp');
}

/** The official-matter evidence of a registration: the signs for registrera (a forwarded letter's too), not the forward or the thread itself. */
export function officialEvidence(scored: Scored): number {
  let sum = 0;
  for (const h of scored.hits) if (h.leaning === 'registrera' && h.id !== 'struktur.vidarebefordrat_av_agaren' && h.id !== 'struktur.trad') sum += h.weight;
  return sum;
}

/** A public body or the organisation named in plain words ("hos er", "bolaget", "nämnden"). */
const OF_THE_BODY = new RegExp(`(${BODY_WORDS}|förvaltning|\\bhos er\\b)`);

/** A report's name in the subject ("Månadsrapport september", "Resultat: Liv och hälsa ung", "Fältrapport helgen"). */
const STAFF_REPORT = /(rapport|resultat|uppföljning|prognos|redovisning|statistik)\b/;

/** Structure that makes a letter from outside the organisation's incoming mail: a document attached, the registrar among the recipients. */
const LETTER_IN = new Set(['struktur.bilaga_utifran', 'struktur.registrator_mottagare']);

/** The evidence of round twelve's default registration of a weak official matter (the calibration reads it). */
export const ROLE_DEFAULT_EVIDENCE = 'bara tecken på ett ärende i uppdraget, inga på gallring';

/**
 * Round twelve: a weak or close lead for registrera with no sign of any gallra class at all is the role's matter when
 * it rests on roles — the owner's own mail to staff or outside, or a letter from another organisation or a private
 * person (not a union) to the owner alone that asks something. A party or private sign still holds it (index.ts,
 * unbacked). Mail from staff or colleagues, or a letter that asks nothing, stays osäker (it registered private mail in LOO).
 */
export function roleDefault(scored: Scored, f: Features): boolean {
  const t = scored.totals;
  // Round seventeen: the administration reports to the body in figures (a monthly report, a survey's results, a field report).
  if (f.senderKind === 'org' && t.gallra_ej_allman === 0 && t.gallra_ringa === 0 && STAFF_REPORT.test(f.subjectLower)) return true;
  // Round sixteen: the owner's reply to someone outside the organisation, with no sign of any kind, answers a letter in the role.
  if (t.registrera === 0 && t.gallra_ej_allman === 0 && t.gallra_ringa === 0) {
    // Not to a private address: a friend's or a party colleague's (bk3-008, "Ok, jag tar yrkandet") as often as a resident's.
    if (f.senderKind === 'own') return f.recipientsOutside && /^\s*(sv|re|svar)\s*:/.test(f.subjectLower) && !f.recipients.some((a) => CONSUMER_MAIL_DOMAINS.has(domainOf(a)));
    // Round seventeen: a letter from outside to the owner alone that asks something of the organisation in plain words, with no sign of any kind.
    return (f.senderKind === 'external' || f.senderKind === 'freemail') && f.orgKind !== 'union' && f.ownerSole && OF_THE_BODY.test(f.newestLower) && (f.question || requestsIn(f).some((m) => m !== null));
  }
  if (!(t.registrera > 0 && t.gallra_ej_allman === 0 && t.gallra_ringa === 0)) return false;
  if (f.senderKind === 'own') return f.toStaff || f.recipientsOutside;
  if (f.senderKind !== 'external' && f.senderKind !== 'freemail') return false;
  if (f.orgKind === 'union') return false;
  // Round eighteen: a document sent in from outside, with no sign of any gallra class, is the letter's matter.
  // Round nineteen: so is a letter from outside that the registrar receives too, and another authority's letter that asks
  // (its notices and receipts that ask nothing are ringa as often as not).
  const asks = f.question || requestsIn(f).some((m) => m !== null);
  return (f.ownerSole && asks) || scored.hits.some((h) => LETTER_IN.has(h.id) || (asks && h.id === 'roll.myndighet'));
}
