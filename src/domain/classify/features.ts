// Message features the rules read: text split into newest part and quoted thread, sender kind, headers, recipients.

import type { MailboxOwner, MailMessage, MessageHeader } from '../types';
import type { Profile } from '../policy/types';
import { DEFAULT_MAX_TEXT_CHARS, readHtmlText } from '../text/htmlTextPort';
import { CONSUMER_MAIL_DOMAINS } from '../text/consumerMail';
import { asciiLetters } from '../text/words';
import { MESSAGE_PATTERNS, type MessageScan } from './patterns';
import { senderOrgKind, type OrgKind } from './authorities';

/** Characters of a body the classifier reads; the cap is named in the reasons when it bites. */
export const ANALYSIS_CAP_CHARS = DEFAULT_MAX_TEXT_CHARS;

export type SenderKind =
  | 'own' // the mailbox owner (sent items)
  | 'politician' // a colleague on the politicians' own subdomain (e.g. pol.kramfors.se) or on the profile's roster
  | 'org' // the organisation's staff or systems
  | 'party' // a party's domain
  | 'freemail' // a private address (gmail, hotmail, telia ...): a citizen, a relative or a local association
  | 'lookalike' // imitates the organisation's name on another domain
  | 'external'; // another organisation, authority or company

export interface Features {
  subject: string;
  /** Subject + the newest part of the body (lower case is not applied: regexes are case-insensitive). */
  newest: string;
  /** Quoted or forwarded earlier messages. */
  quoted: string;
  newestLower: string;
  quotedLower: string;
  /** Where the classifier's patterns can match: in the newest part, the quoted part, and both joined by a line break. */
  newestScan: MessageScan;
  quotedScan: MessageScan;
  fullScan: MessageScan;
  subjectLower: string;
  capped: boolean;
  fromAddress: string;
  fromDomain: string;
  fromLocal: string;
  senderKind: SenderKind;
  /** For an outside sender: another authority, a newsroom or a union, from the built-in lists. */
  orgKind: OrgKind | null;
  /**
   * The sender is on one of the organisation's other domains (a municipal company, a public-transport
   * or dental-care brand): the organisation, but one whose letters to the politicians read like an
   * outside party's (a skrivelse, a proposal, an invoice to a private customer).
   */
  ownCompany: boolean;
  recipients: string[];
  /** The kind of sender of the first quoted or forwarded message, when its header names an address. */
  forwardedFrom: SenderKind | null;
  autoSubmitted: boolean;
  autoReplied: boolean;
  bulk: boolean;
  authFail: boolean;
  /** Structure: the owner is the one and only recipient; the owner is on Cc only. */
  ownerSole: boolean;
  ownerCcOnly: boolean;
  /** Sender and every recipient are on the organisation's own domains. */
  allInternal: boolean;
  /** The owner's own mail, and every recipient is outside the organisation and its parties (a citizen, a newsroom, another body): a letter out. */
  recipientsOutside: boolean;
  /** The organisation's registrar is among the recipients. */
  registrarAmong: boolean;
  /** The owner on Cc only of a letter addressed to a third party: someone outside the organisation's administration (a resident, a company, its own company). */
  toThirdParty: boolean;
  /** The owner's own mail with one of the organisation's staff or functional mailboxes among the recipients (not a fellow politician). */
  toStaff: boolean;
  /** A private address under the owner's own name writing to the owner's official address: the owner moving mail to work. */
  fromOwnerPrivately: boolean;
  /** The owner's own mail to a private address under the owner's own name only: a note to self, taken home. */
  toOwnerPrivately: boolean;
  /** A private address whose display name carries the owner's surname (not the owner's own): a relative. */
  fromRelative: boolean;
  attachmentCount: number;
  /** The newest part (subject included) holds a question mark. */
  question: boolean;
  /** The request patterns' first matches in the newest part, found once when first asked for (requestsIn). */
  newestRequests: readonly (RegExpExecArray | null)[] | undefined;
  /** Found once when first asked for: the personnummer in the whole text, work in progress put to the owner, mail from the administration. */
  personnummer?: string[];
  underWork?: boolean;
  administration?: boolean;
}

/** Whether the message carries a letter another sender wrote (forwarded or quoted), not only the owner's own text. */
export const carriesOthersLetter = (f: Features): boolean => f.forwardedFrom !== null && f.forwardedFrom !== 'own';

/** The request patterns' first matches in the newest part: the model and the flag both ask, the scan runs once. */
export function requestsIn(f: Features): readonly (RegExpExecArray | null)[] {
  return (f.newestRequests ??= f.newestScan.firstMatches('request'));
}

const LURE_PARTS = new Set(['mail', 'webmail', 'kommun', 'region', 'portal', 'login', 'secure', 'support', 'it', 'konto', 'office', 'o365', 'm365', 'lon', 'verify', 'intranet', 'helpdesk', 'service']);

const QUOTE_START =
  /(?:^|\n)[ >]*(?:-{2,}\s*(?:ursprungligt meddelande|original message|vidarebefordrat meddelande|forwarded message)|(?:från|from)\s*:[^\n]{0,200}\n?[^\n]{0,200}?(?:skickat|sent|datum|date)\s*:|(?:den|on)\s[^\n]{4,120}(?:skrev|wrote)\s*:)/i;

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).trim().toLowerCase();
}

/** The domain is one of the list or a subdomain of one (e.g. pol.kramfors.se of kramfors.se). */
export function matchesDomain(domain: string, list: readonly string[]): boolean {
  // A loop, not some(): no closure per call (it is asked for the sender and every recipient).
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (d && (domain === d || (domain.endsWith(d) && domain.charCodeAt(domain.length - d.length - 1) === 46 /* . */))) return true;
  }
  return false;
}

const tokenCache = new WeakMap<Profile, string[]>();
/** Distinctive name tokens of the organisation's domains, e.g. "kramfors" from kramfors.se (once per profile object). */
function orgTokens(profile: Profile): string[] {
  let tokens = tokenCache.get(profile);
  if (!tokens) {
    const found = new Set<string>();
    for (const d of [profile.politicianDomain, ...profile.orgDomains]) {
      for (const part of d.split('.')) if (part.length >= 5 && !['kommun', 'region', 'regionen'].includes(part)) found.add(part);
    }
    // Round fourteen: the name's first word too, where the domain runs the words together (holmvarvshamn.se, "Holmvarvs Hamn AB").
    const first = profile.name.toLowerCase().split(/[\s,]+/)[0] ?? '';
    if (first.length >= 5 && !/^(kommun|region|stad|förbund|landsting)/.test(first)) found.add(first);
    tokens = [...found];
    tokenCache.set(profile, tokens);
  }
  return tokens;
}

const nameCache = new WeakMap<Profile, RegExp | null>();
/**
 * The organisation's names as written in text, read once per profile from its ASCII domain parts: each
 * a, o and e also matches å/ä, ö and é ("harnosand" in harnosand.se finds "härnösand").
 */
function orgNames(profile: Profile): RegExp | null {
  let re = nameCache.get(profile);
  if (re === undefined) {
    const fold = (t: string) => t.replace(/[^a-z0-9]/g, '\\$&').replace(/a/g, '[aåä]').replace(/o/g, '[oö]').replace(/e/g, '[eé]');
    const tokens = orgTokens(profile);
    re = tokens.length ? new RegExp(tokens.map(fold).join('|')) : null;
    nameCache.set(profile, re);
  }
  return re;
}

/** The text names the organisation's place, read from its domains ("tallberga" in tallberga.se, "härnösand" in harnosand.se). */
export function namesOrganisation(lower: string, profile: Profile): boolean {
  return orgNames(profile)?.test(lower) ?? false;
}

/**
 * Per profile object: the party domains' first labels, the sender domains already answered (every message's sender asks;
 * the answer rests on the profile alone), and the recipient domains already answered by isPartyDomain.
 */
interface PartyKnown {
  names: ReadonlySet<string>;
  answers: Map<string, boolean>;
  party: Map<string, boolean>;
}
const partyNamedCache = new WeakMap<Profile, PartyKnown>();
const PARTY_NAMED_MAX = 4096;

function partyKnown(profile: Profile): PartyKnown {
  let known = partyNamedCache.get(profile);
  if (!known) {
    known = { names: new Set(profile.partyDomains.map((d) => d.split('.')[0]).filter((n) => /^[a-z]{2,}$/.test(n))), answers: new Map(), party: new Map() };
    partyNamedCache.set(profile, known);
  }
  return known;
}

/** A party's domain, from the profile's list or a local branch's own ("centerpartiet-ekerlunda.se"); once per domain (every recipient asks). */
export function isPartyDomain(domain: string, profile: Profile): boolean {
  const known = partyKnown(profile);
  let party = known.party.get(domain);
  if (party === undefined) {
    if (known.party.size >= PARTY_NAMED_MAX) known.party.clear();
    party = matchesDomain(domain, profile.partyDomains) || partyNamed(domain, profile);
    known.party.set(domain, party);
  }
  return party;
}

/**
 * A local branch's own domain that carries a party's name as a part of its own ("centerpartiet-ekerlunda.se",
 * "ekerlunda-moderaterna.org", "sd-klovskar.se"): the names are the party domains' first labels.
 */
function partyNamed(domain: string, profile: Profile): boolean {
  const known = partyKnown(profile);
  let named = known.answers.get(domain);
  if (named === undefined) {
    // A mailbox has few sender domains; the cap only bounds a stream of new ones.
    if (known.answers.size >= PARTY_NAMED_MAX) known.answers.clear();
    named = partyNamedUncached(domain, profile, known.names);
    known.answers.set(domain, named);
  }
  return named;
}

function partyNamedUncached(domain: string, profile: Profile, names: ReadonlySet<string>): boolean {
  const labels = domain.split('.');
  const label = labels[Math.max(0, labels.length - 2)];
  // Round sixteen: a long name run together with the place ("ljusterbomoderaterna.se").
  if (!domain.includes('-')) return [...names].some((n) => n.length >= 8 && label !== n && (label.startsWith(n) || label.endsWith(n)));
  const parts = label.split('-');
  // Round seventeen: the place also after a region's or municipality's prefix run together ("regionsylvasen" → "s-sylvasen").
  const place = (p: string) => p.length >= 5 && orgTokens(profile).some((t) => t.startsWith(p.slice(0, 5)) || t.replace(/^(region|kommun)/, '').startsWith(p.slice(0, 5)));
  // A long name alone ("centerpartiet-…"); a short one ("sd", "mp", since round sixteen also a party's letter: "s-frostby")
  // beside the organisation's place ("sd-klovskar").
  return parts.some((part) => (names.has(part) || (PARTY_LETTERS.has(part) && parts.length === 2)) && (part.length >= 8 || parts.some((p) => p !== part && place(p))));
}
const PARTY_LETTERS = new Set(['s', 'm', 'c', 'l', 'v', 'kd', 'sd', 'mp']);

const ownDomainCache = new WeakMap<Profile, string[]>();
/** The politicians' and the organisation's domains, once per profile object (read for the sender and every recipient). */
export function ownDomainsOf(profile: Profile): string[] {
  let own = ownDomainCache.get(profile);
  if (!own) ownDomainCache.set(profile, (own = [profile.politicianDomain, ...profile.orgDomains].filter(Boolean)));
  return own;
}

/** Digits fraud writes for the letters they resemble (1 is tried as l and as i). */
const GLYPH: Readonly<Record<string, string>> = { 0: 'o', 3: 'e', 4: 'a', 5: 's' };
const unDigit = (domain: string, one: string) => domain.replace(/[01345]/g, (d) => (d === '1' ? one : GLYPH[d]));

function senderKind(address: string, domain: string, owner: MailboxOwner, profile: Profile): SenderKind {
  if (address && address === owner.address.toLowerCase()) return 'own';
  if (!domain) return 'external';
  if (profile.members?.includes(address)) return 'politician';
  const own = ownDomainsOf(profile);
  if (profile.politicianDomain && domain === profile.politicianDomain && !profile.orgDomains.includes(domain)) return 'politician';
  if (own.includes(domain)) return 'org';
  if (isPartyDomain(domain, profile)) return 'party';
  if (CONSUMER_MAIL_DOMAINS.has(domain)) return 'freemail';
  // A subdomain of the organisation (e.g. elev.kramfors.se for pupils) is a person outside the administration.
  if (matchesDomain(domain, own)) return 'external';
  // Round twenty: the organisation's own domain with digits for the letters they resemble (vargse1e.se for vargsele.se).
  if (/\d/.test(domain) && (own.includes(unDigit(domain, 'l')) || own.includes(unDigit(domain, 'i')))) return 'lookalike';
  // An imitation: the organisation's name as its own label part next to a service word (kramfors-mail.com).
  const tokens = orgTokens(profile);
  // Split only a domain that holds one of the names (a split on a regex runs it at every character).
  if (!tokens.some((t) => domain.includes(t))) return 'external';
  const parts = domain.split(/[-.]/);
  if (tokens.some((t) => parts.includes(t)) && parts.some((p) => LURE_PARTS.has(p))) return 'lookalike';
  return 'external';
}

const QUOTED_FROM = /^[ >\n-]*(?:[^\n]*\n)?[ >]*(?:från|from)\s*:[^\n<]{0,120}<?([^\s<>@]+@[^\s<>]+?)>?\s*(?:\n|$)/i;

/** Who wrote the first quoted message, when its "Från:" line carries an address (a forwarded citizen's letter). */
function quotedSender(quoted: string, owner: MailboxOwner, profile: Profile): SenderKind | null {
  if (!quoted) return null;
  const m = QUOTED_FROM.exec(quoted.slice(0, 400));
  if (!m) return null;
  const address = m[1].toLowerCase();
  return senderKind(address, domainOf(address), owner, profile);
}

/** A fellow politician: on the politicians' own domain (when it is not also the staff's) or on the roster. */
function colleague(address: string, profile: Profile): boolean {
  if (profile.members?.includes(address)) return true;
  return !!profile.politicianDomain && !profile.orgDomains.includes(profile.politicianDomain) && matchesDomain(domainOf(address), [profile.politicianDomain]);
}

const AUTH_FAIL = /\b(spf=(soft)?fail|dmarc=fail|dkim=fail)/;

/** What the headers say about automation, bulk sending and sender authentication (one pass). */
function headerFlags(headers: readonly MessageHeader[]): Pick<Features, 'autoSubmitted' | 'autoReplied' | 'bulk' | 'authFail'> {
  const flags = { autoSubmitted: false, autoReplied: false, bulk: false, authFail: false };
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (name === 'auto-submitted') {
      const value = h.value.toLowerCase();
      flags.autoSubmitted ||= value !== 'no';
      flags.autoReplied ||= value.includes('auto-replied');
    } else if (name === 'x-auto-response-suppress') flags.autoSubmitted = true;
    else if (name === 'list-unsubscribe') flags.bulk = true;
    else if (name === 'precedence') flags.bulk ||= ['bulk', 'list'].includes(h.value.toLowerCase());
    else if (name === 'authentication-results') flags.authFail ||= AUTH_FAIL.test(h.value.toLowerCase());
  }
  return flags;
}

/** A display name that is an authority's own: "Bredareds kommun", "Norrby stad", "Region Vättmark", "Länsstyrelsen i Skåne". */
const AUTHORITY_NAME = /^(?:[\p{L}-]+ (?:kommun|stad|kommunförbund)|region [\p{L}-]+|länsstyrelsen(?: i)? [\p{L} -]+)$/iu;
function authorityByName(name: string | undefined): 'authority' | null {
  return name && AUTHORITY_NAME.test(name.trim()) ? 'authority' : null;
}

/** The last word of a display name ("Ebba Malmqvist" → "malmqvist"), or '' for a one-word name. */
function surnameOf(name: string | undefined): string {
  const t = (name ?? '').trim().toLowerCase();
  const at = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
  return at > 0 && t.length - at - 1 >= 3 ? t.slice(at + 1) : '';
}

/**
 * Round nineteen: a display name that is a kinship word alone ("Pappa", "Mormor") — how a parent's or grandparent's
 * private address sits in the owner's contacts; 11 of 11 such senders in the corpora write private mail.
 */
const KINSHIP_NAME = /^(mamma|pappa|mamsen|morsan|farsan|mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|syrran|brorsan|lillebror|storebror|lillasyster|storasyster)$/;

/** A display name with the owner's surname that is not the owner's own name, or a kinship word alone: a relative. */
function relative(name: string | undefined, owner: MailboxOwner): boolean {
  const lower = (name ?? '').trim().toLowerCase();
  if (KINSHIP_NAME.test(lower)) return true;
  const surname = surnameOf(name);
  return surname !== '' && surname === surnameOf(owner.name) && lower !== owner.name.trim().toLowerCase();
}

/** A display name with a word that is none of the owner's names ("Kurt Ek" on the owner's old address): someone else writes. */
function namesAnother(name: string | undefined, owner: MailboxOwner): boolean {
  const own = new Set(owner.name.toLowerCase().split(/[\s-]+/));
  return (name ?? '').toLowerCase().split(/[\s-]+/).some((w) => w.length >= 2 && !own.has(w));
}

/** What ownersPrivate reads of the owner, kept per owner object while its name and address stay the same. */
interface OwnerParts {
  name: string;
  address: string;
  /** The name trimmed, lower case. */
  lower: string;
  /** The letters of the official address's local part. */
  local: string;
  /** Each word of the name, letters only, and the same in plain ASCII letters. */
  names: string[];
  asciiNames: string[];
}

const ownerPartsCache = new WeakMap<MailboxOwner, OwnerParts>();

const localOf = (a: string) => a.slice(0, Math.max(0, a.lastIndexOf('@'))).replace(/[^a-zà-ÿ]/g, '');

/** The owner's parts, computed once per owner (not once per recipient of every message). */
function ownerParts(owner: MailboxOwner): OwnerParts {
  const cached = ownerPartsCache.get(owner);
  if (cached && cached.name === owner.name && cached.address === owner.address) return cached;
  const lower = owner.name.trim().toLowerCase();
  const names = lower.split(/\s+/).map((n) => n.replace(/[^a-zà-ÿ]/g, ''));
  const parts = { name: owner.name, address: owner.address, lower, local: localOf(owner.address.toLowerCase()), names, asciiNames: names.map(asciiLetters) };
  ownerPartsCache.set(owner, parts);
  return parts;
}

/** An address that is the owner's own at a private provider: the display name is the owner's, or the local part holds each of the owner's names. */
function ownersPrivate(r: { name?: string; address?: string }, owner: MailboxOwner): boolean {
  const address = (r.address ?? '').toLowerCase();
  if (!CONSUMER_MAIL_DOMAINS.has(domainOf(address))) return false;
  const o = ownerParts(owner);
  if ((r.name ?? '').trim().toLowerCase() === o.lower) return true;
  const local = localOf(address);
  // The same local part as the owner's official address ("kent.lovgren@hotmail.com" beside "kent.lovgren@ks.hagnas.se").
  if (local.length >= 6 && local === o.local) return true;
  // Addresses spell å, ä, ö and é as a, o and e.
  const { names, asciiNames } = o;
  return names.length > 1 && names.every((n, i) => n.length >= 2 && (local.includes(n) || local.includes(asciiNames[i])));
}

/**
 * The lists' addresses, lower-cased, in order. The array is one of strings to V8 even when empty (an
 * empty `map` result is one of small integers, another shape): the code reading recipients is then not
 * thrown out and recompiled the first time a message without recipients comes.
 */
function lowerAddresses(first: readonly { address?: string }[] | undefined, second?: readonly { address?: string }[]): string[] {
  const out = [''];
  out.length = 0;
  for (const r of first ?? []) out.push((r.address ?? '').toLowerCase());
  for (const r of second ?? []) out.push((r.address ?? '').toLowerCase());
  return out;
}

function bodyText(message: MailMessage): { text: string; capped: boolean } {
  const content = message.body?.content ?? '';
  if (message.body?.contentType === 'html') {
    const text = readHtmlText(content, ANALYSIS_CAP_CHARS);
    return { text, capped: text.length >= ANALYSIS_CAP_CHARS || content.length > ANALYSIS_CAP_CHARS * 20 };
  }
  return content.length > ANALYSIS_CAP_CHARS
    ? { text: content.slice(0, ANALYSIS_CAP_CHARS), capped: true }
    : { text: content, capped: false };
}

export function extractFeatures(message: MailMessage, profile: Profile, owner: MailboxOwner): Features {
  const subject = message.subject ?? '';
  const { text, capped } = bodyText(message);
  const q = QUOTE_START.exec(text);
  const newestBody = q ? text.slice(0, q.index) : text;
  const quoted = q ? text.slice(q.index) : '';
  const fromAddress = (message.from?.address ?? '').trim().toLowerCase();
  const fromDomain = domainOf(fromAddress);
  const recipients = lowerAddresses(message.toRecipients, message.ccRecipients);
  const newest = `${subject}\n${newestBody}`;
  const newestLower = newest.toLowerCase();
  const quotedLower = quoted.toLowerCase();
  const newestScan = MESSAGE_PATTERNS.scan(newestLower);
  const quotedScan = MESSAGE_PATTERNS.scan(quotedLower);
  const kind = senderKind(fromAddress, fromDomain, owner, profile);
  const self = owner.address.toLowerCase();
  const to = lowerAddresses(message.toRecipients);
  const ownDomains = ownDomainsOf(profile);
  const internal = (a: string) => matchesDomain(domainOf(a), ownDomains);
  const registrar = profile.registrar.address.toLowerCase();
  const ownerCcOnly = !to.includes(self) && recipients.includes(self);
  // Named one by one, not spread: the literal keeps one fast shape.
  const headers = headerFlags(message.internetMessageHeaders ?? []);
  return {
    subject,
    newest,
    quoted,
    newestLower,
    quotedLower,
    newestScan,
    quotedScan,
    fullScan: newestScan.join(quotedScan),
    subjectLower: subject.toLowerCase(),
    capped,
    fromAddress,
    fromDomain,
    fromLocal: fromAddress.slice(0, Math.max(0, fromAddress.lastIndexOf('@'))),
    senderKind: kind,
    orgKind: kind === 'external' ? (senderOrgKind(fromAddress.slice(0, Math.max(0, fromAddress.lastIndexOf('@'))), fromDomain) ?? authorityByName(message.from?.name)) : null,
    ownCompany: kind === 'org' && profile.orgDomains.length > 1 && fromDomain !== profile.orgDomains[0] && !matchesDomain(profile.politicianDomain, [fromDomain]),
    forwardedFrom: quotedSender(quoted, owner, profile),
    recipients,
    autoSubmitted: headers.autoSubmitted,
    autoReplied: headers.autoReplied,
    bulk: headers.bulk,
    authFail: headers.authFail,
    ownerSole: recipients.length === 1 && recipients[0] === self,
    ownerCcOnly,
    allInternal: internal(fromAddress) && recipients.length > 0 && recipients.every(internal),
    // Read only for the owner's own mail. Round nineteen: a party branch's domain ("sd-rastmora.se") is party mail, not outside.
    recipientsOutside: kind === 'own' && recipients.length > 0 && recipients.every((a) => a !== self && !internal(a) && !isPartyDomain(domainOf(a), profile) && !profile.members?.includes(a)),
    registrarAmong: registrar !== '' && recipients.includes(registrar),
    toThirdParty: ownerCcOnly && to.length > 0 && to.some((a) => !colleague(a, profile) && !matchesDomain(domainOf(a), [profile.politicianDomain, profile.orgDomains[0] ?? ''].filter(Boolean))),
    toStaff: kind === 'own' && recipients.some((a) => a !== self && internal(a) && !colleague(a, profile)),
    fromOwnerPrivately: kind === 'freemail' && ownersPrivate(message.from ?? {}, owner) && !namesAnother(message.from?.name, owner) && recipients.includes(self),
    toOwnerPrivately: kind === 'own' && recipients.length > 0 && (message.ccRecipients ?? []).length === 0 && (message.toRecipients ?? []).every((r) => ownersPrivate(r, owner)),
    fromRelative: kind === 'freemail' && relative(message.from?.name, owner),
    attachmentCount: message.attachments?.length ?? 0,
    question: newestLower.includes('?'),
    newestRequests: undefined,
    // Set when first asked for; present from the start so every Features object has the same shape.
    personnummer: undefined,
    underWork: undefined,
    administration: undefined,
  };
}
