// publicRecordSign: the one safety rule over every gallra proposal — real signs of a public record hold a purge unless structure makes it certain.

import type { MailMessage } from '../types';
import type { Profile } from '../policy/types';
import { domainOf, matchesDomain, namesOrganisation, ownDomainsOf, requestsIn, type Features } from './features';
import { CONSUMER_MAIL_DOMAINS } from '../text/consumerMail';
import { findRequest } from './flags';
import { outsiderToBody, partyInFormalRole, paymentClaim } from './formalRole';

/** How a held purge's reason begins (calibrate-classifier.js recognises it). */
export const HELD_PREFIX = 'kan vara en allmän handling (';

/** A named procurement or tender: a bidder's letter in the organisation's business, in Swedish or English. */
const TENDER = /(upphandling|anbud|tilldelningsbeslut|avtalsspärr|\btender|procurement)/;
/** An application or a request for funds named in the subject. */
const APPLICATION = /(ansökan|ansöker|ansökning|application\b|bidragsansökan)/;
/** An attached document in a matter, by its file name: a proposal, a decision, a report, an agreement (not a draft). */
const MATTER_ANNEX = /^(?!.*utkast)(.*[^a-z])?(förslag|forslag|beslut|tjänsteskrivelse|tjansteskrivelse|remiss|yttrande|utredning|rapport|avtal|protokoll|offert)/i;
/** An excerpt of minutes or a decision: how a body sends its decision to the others it concerns. */
const EXCERPT = /(protokollsutdrag|beslutsutdrag|utdrag)/i;
/** Subtypes that announce to many (a personnummer there is a list's, not a person's matter). */
const ANNOUNCEMENT = new Set(['reklam', 'nyhetsbrev', 'inbjudan', 'kallelse', 'massutskick', 'administrativt', 'it_meddelande']);
/** Minutes of a negotiation under MBL or a collective agreement: the employer's record, whoever passes it on (round fourteen). */
const NEGOTIATION_MINUTES = /(förhandlingsprotokoll|protokoll fört vid förhandling|förhandling enligt (\d+ § )?(mbl|hök))/;
/** A proposal for a body's decision, named in the subject. */
const DECISION_PROPOSAL = /(förslag till beslut|beslutsförslag)/;
/** A reply's subject: the answer to the owner's own letter, even when the quote is inline. */
const REPLY = /^\s*(sv|re|svar)\s*:/;
/** Subtypes an authority's own domain never sends. */
const UNLIKE_AUTHORITY = new Set(['reklam', 'spam', 'natfiske']);
/** A public body named as the one asked about. */
/** The words that name a body of the organisation or the organisation itself (positive.ts's role default reads them too). */
export const BODY_WORDS = 'nämnd|styrelse|fullmäktige|kommunen|regionen|förbundet|bolaget|direktionen';
const ROLE_BODY = new RegExp(`(${BODY_WORDS})`);
/** A decision, a report or a statement that the owner's own letter delivers. */
/** A request for public records named (TF 2 kap.): whoever passes it on, the matter is the organisation's. */
const RECORDS_REQUEST = /(begäran om (utlämnande|att få ta del)|begärt ut|begär ut|begära ut|utlämnande av (allmänna? )?handling|allmänna? handling(ar)?)/;
/** A proposal for a body's decision in the text ("Vi föreslår också att nämnden i december fattar beslut"). */
const PROPOSES_DECISION = /(förslag till beslut|beslutsförslag|föreslår (också |därför )?att [\p{L}-]*(nämnden|styrelsen|direktionen|fullmäktige))/u;
/** Round seventeen: a counterparty's notice under an agreement it holds with the organisation (changed terms, a price under the framework agreement). */
const UNDER_AGREEMENT = /\b(enligt|i) (vårt |ert |gällande )?(ram)?avtal(et)? (om|med|nr|\(|\d)|ändrade (avtals)?villkor/;
/** A private person addresses the owner in the office ("dig som sitter i nämnden", "du som politiker"): a letter to the office, not private life. */
const ADDRESSED_IN_OFFICE = /\b(du|dig) som (sitter i|är (ledamot|ordförande|politiker|förtroendevald)|politiker|ledamot|ordförande|förtroendevald)|\bni (politiker|förtroendevalda)\b/;
const OWN_DOCUMENT = /^(\s*(sv|re|vb|fwd?)\s*:)*\s*(beslut|ordförandebeslut|granskningsrapport|revisionsrapport|rapport|yttrande|svar på remiss)\b/;

/** A unit's mailbox, not a person's ("hjalpmedelscentralen@", "registrator@", "sbn@"): no dot in its local part. */
const UNIT_LOCAL = /^[a-z0-9_-]+$/;

/** A letter addressed to one of the organisation's units, not to a person of it. */
function toUnit(message: MailMessage, profile: Profile): boolean {
  const own = ownDomainsOf(profile);
  return (message.toRecipients ?? []).some((r) => {
    const a = r.address.toLowerCase();
    const at = a.lastIndexOf('@');
    return at > 0 && UNIT_LOCAL.test(a.slice(0, at)) && matchesDomain(domainOf(a), own);
  });
}

/**
 * The purge rests on structure alone and needs no safety check: a known mass-mailing header, an automatic
 * sender, the owner's own note from a private address.
 */
export function structurallyCertain(f: Features): boolean {
  return f.bulk || f.autoSubmitted || f.autoReplied || (f.fromOwnerPrivately && !f.quoted);
}

/**
 * Why a gallra proposal may be a public record, or null: a question or request to the owner about the
 * organisation's matter from outside, an authority's own domain asking something, a press question, an
 * application with its papers, a named procurement, a decision or report in the owner's own letter.
 * Read from structure (sender kinds, recipients, attachments, the subject's first word) and the request
 * patterns the svar_kravs flag uses, never from one message's phrases.
 */
export function publicRecordSign(
  message: MailMessage,
  f: Features,
  profile: Profile,
  subtype: string,
  aboutIndividual: (orSensitive: boolean) => boolean = () => false,
  namesOffice: (lower: string) => boolean = () => false,
): string | null {
  if (structurallyCertain(f)) return null;
  const inbound = f.senderKind !== 'own';
  const outside = f.senderKind === 'external' || f.senderKind === 'freemail';
  const lower = f.newestLower;
  const names = () => namesOrganisation(lower, profile);
  const asks = () => (inbound ? findRequest(f.newest, f.newestLower, requestsIn(f)) !== null : false);
  // An authority's own domain sends no advertising, spam or phishing: a letter it asks with is in a matter.
  if (f.orgKind === 'authority' && ((asks() && subtype !== 'inbjudan') || UNLIKE_AUTHORITY.has(subtype))) return `en myndighet skriver från sin egen domän (${f.fromDomain}) till organisationen`;
  if (f.orgKind === 'media' && asks() && (ROLE_BODY.test(f.newestLower) || names())) return `frågor från en redaktion (${f.fromDomain}) om organisationens verksamhet`;
  // A union asking the owner alone, addressed in the owner's office ("du som ordförande"), to act in the organisation: a letter in the matter.
  if (f.orgKind === 'union' && f.ownerSole && asks() && namesOffice(lower) && (ROLE_BODY.test(lower) || names())) return `en begäran från ett fackförbund (${f.fromDomain}) om organisationens verksamhet`;
  // A person's own matter: a personnummer in a letter (not an announcement), or an individual's sensitive data read as private life.
  if (inbound && !ANNOUNCEMENT.has(subtype) && aboutIndividual(subtype === 'privat')) return 'uppgifter om en enskild person';
  if (RECORDS_REQUEST.test(f.subjectLower) || (inbound && RECORDS_REQUEST.test(lower))) return 'en begäran om allmänna handlingar';
  if (outside && f.attachmentCount > 0 && APPLICATION.test(f.subjectLower)) return 'en ansökan med bilagor';
  // The administration writes the body about an application it is to decide, named in the subject (not a copy): a case, not a draft (round fifteen).
  if (f.senderKind === 'org' && subtype !== 'kopia_for_kannedom' && APPLICATION.test(f.subjectLower)) return 'förvaltningen om en ansökan till organet';
  // A party to a body in a role the law names, anyone to a body's own mailbox, a claim on the organisation's payments.
  if (f.senderKind === 'party' && partyInFormalRole(f, profile)) return 'ett parti till ett organ i en roll lagen ger';
  if (outsiderToBody(f, profile)) return 'skrivet till ett organ';
  // Round twenty, mended: a private person writes to the owner alone in the office about something the words make look private
  // (a grandmother on a picture book about a dead father in the library): held, never purged as private life.
  if (f.senderKind === 'freemail' && f.ownerSole && subtype === 'privat' && !f.fromRelative && ADDRESSED_IN_OFFICE.test(lower)) return 'skrivet till den förtroendevalda i uppdraget';
  if (paymentClaim(f)) return 'anspråk på ersättning';
  // The administration's own mail read as private life (a car "på verkstan", a "grupp" of staff) is about the work…
  // Only where it names the body or answers the owner's own letter (an invitation home or a company's invoice stays private).
  if (f.senderKind === 'org' && subtype === 'privat' && !f.ownCompany && (ROLE_BODY.test(lower) || f.quoted.length > 0 || REPLY.test(f.subjectLower))) return 'brev från organisationens egen förvaltning om verksamheten';
  // The administration sends a body a proposal for its decision with the papers: the matter, not a copy.
  if (f.senderKind === 'org' && f.attachmentCount > 0 && DECISION_PROPOSAL.test(f.subjectLower)) return 'förslag till beslut med handlingar';
  // Round seventeen: a report of the administration's own that ends in a proposal for the body's decision, whatever its subject (an outage).
  if (f.senderKind === 'org' && subtype === 'it_meddelande' && PROPOSES_DECISION.test(lower)) return 'förvaltningens rapport med förslag till beslut';
  if (inbound && f.senderKind === 'external' && UNDER_AGREEMENT.test(lower)) return 'ett meddelande enligt ett avtal med organisationen';
  // Round twenty: someone outside writes to a unit of the organisation, the owner only on Cc, and asks it to act: the unit's
  // matter, not an offer (an authority has its own rule above; a supplier's safety notice had been purged as advertising).
  if (f.senderKind === 'external' && f.orgKind === null && f.ownerCcOnly && toUnit(message, profile) && asks()) return 'skrivet till en enhet i organisationen med en begäran';
  // …and the administration's answer to the owner alone, in reply and with a document attached (figures, a list): the matter's, not a routine note.
  if (f.senderKind === 'org' && f.ownerSole && REPLY.test(f.subjectLower) && f.attachmentCount > 0 && subtype !== 'utkast') return 'förvaltningens svar till den förtroendevalda med bilaga';
  // (A case number is no sign: copies of what the administration already registered carry one. A copy from outside
  // the organisation was registered elsewhere, if at all: here it is inbound.)
  const ownSide = f.senderKind === 'org' || f.senderKind === 'politician';
  const annex = inbound && (subtype !== 'kopia_for_kannedom' || !ownSide) ? message.attachments.find((a) => MATTER_ANNEX.test(a.name) || (!ownSide && EXCERPT.test(a.name))) : undefined;
  if (annex) return `bifogar en handling i ett ärende (${annex.name})`;
  if (inbound && (NEGOTIATION_MINUTES.test(f.subjectLower) || NEGOTIATION_MINUTES.test(lower))) return 'ett förhandlingsprotokoll';

  if ((outside || f.senderKind === 'own') && TENDER.test(lower) && names()) return 'en namngiven upphandling i organisationen';
  if (f.senderKind === 'own' && !f.toOwnerPrivately && !f.ownerSole && (OWN_DOCUMENT.test(f.subjectLower) || OWN_DOCUMENT.test(lower.slice(f.subject.length).trimStart().slice(0, 40)))) {
    return 'ett beslut, en rapport eller ett yttrande i den förtroendevaldas eget brev';
  }
  // "English bulk" to a few people of the organisation that names it: a business letter to the organisation.
  if (subtype === 'spam' && outside && f.orgKind === null && !f.bulk && f.recipients.length <= 3 && names()) return 'ett brev till organisationen';
  // Round twenty-three: a decision expedited with its excerpt of minutes (not any "utdrag": round ten's copy of another's decision stays a copy) by the organisation's own office to the owner or a body (not on Cc): the body's case.
  if (f.senderKind === 'org' && !f.ownerCcOnly && message.attachments.some((a) => /(protokolls|besluts)utdrag/i.test(a.name))) return 'ett expedierat beslut till organet';
  // …a private person asks the owner alone about the organisation's matter (a shop in the village, a grandmother's groceries).
  if (f.senderKind === 'freemail' && f.ownerSole && !f.fromRelative && asks() && names()) return 'en fråga från en enskild om organisationens verksamhet';
  // …the owner's own reply to a private person that brings the administration in on Cc: answered in the office.
  if (f.senderKind === 'own' && REPLY.test(f.subjectLower) && (message.ccRecipients ?? []).some((r) => matchesDomain(domainOf(r.address.toLowerCase()), ownDomainsOf(profile))) && (message.toRecipients ?? []).some((r) => CONSUMER_MAIL_DOMAINS.has(domainOf(r.address.toLowerCase())))) return 'den förtroendevaldas svar till en enskild med förvaltningen på kopia';
  // …and the administration's full account to the owner with a document attached (a waiting-list report, an incident) read as meeting routine.
  if (f.senderKind === 'org' && !f.ownerCcOnly && f.attachmentCount > 0 && subtype === 'administrativt' && lower.length > 900) return 'förvaltningens redogörelse med bilaga till den förtroendevalda';
  return null;
}
