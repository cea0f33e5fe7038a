// scoreSignals: sums the weighted text and header signals per category, keeping each hit as quotable evidence.

import type { Profile } from '../policy/types';
import { excerptAt } from '../text/words';
import { carriesOthersLetter, isPartyDomain, requestsIn, type Features, type SenderKind } from './features';
import { SIGNALS, type Leaning } from './signals';
import { outsiderToBody, paymentClaim } from './formalRole';
import { SIGNAL_IDS, SIGNAL_WEIGHTS, STEM_WEIGHTS, STRUCTURE_WEIGHTS, type StructureFeature } from './model';
import { matchStemFamilies, STEM_FAMILIES } from './stemConcepts';
import { SEKRETESS_NAMED } from './sekretess';
import { rankDescending } from './rank';

/** Per-feature weight changes learnt from a person's decisions (capped by learnAdjustments). */
export type WeightDeltas = Readonly<Record<string, number>>;

export interface Hit {
  /** The feature's id in the model (model.ts). */
  id: string;
  /** The feature's value: 1, or the quoted-text factor. */
  x: number;
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
  /** Totals under the shipped weights: the safety checks read these too, so learning cannot remove them. */
  shippedTotals: Record<Leaning, number>;
  hits: Hit[];
  /** Features whose weight was changed by learning. */
  learnedIds: string[];
}

/** A phrase hit; its evidence excerpt is cut only when the hit is shown (most hits never are). */
class PhraseHit implements Hit {
  private excerpt: string | undefined;
  constructor(
    public id: string,
    public x: number,
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

/** Weight of a feature: shipped, plus what was learnt (deltas are absent for most people). */
const weightOf = (id: string, shipped: number, learned: WeightDeltas | undefined) => (learned ? Math.max(0, shipped + (learned[id] ?? 0)) : shipped);

/** Which signals count for a sender kind, in bulk mail or not, from an own company or not: 1 = counts (computed once per combination). */
const masks = new Map<SenderKind, Uint8Array[]>();
function appliesMask(kind: SenderKind, bulk: boolean, ownCompany: boolean): Uint8Array {
  // By kind, then bulk and own company as two bits (no key string per message).
  let byFlags = masks.get(kind);
  if (!byFlags) masks.set(kind, (byFlags = []));
  const at = (bulk ? 2 : 0) + (ownCompany ? 1 : 0);
  let mask = byFlags[at];
  if (!mask) {
    mask = Uint8Array.from(SIGNALS, (sig) => ((!sig.senders || sig.senders.includes(kind) || (ownCompany && sig.senders.includes('external'))) && !(bulk && sig.notBulk) ? 1 : 0));
    byFlags[at] = mask;
  }
  return mask;
}

/** Words of the role in the owner's own letter out: a body, a decision, an inquiry, a fee (as a word or a compound's part). */
const ROLE_WORDS = /(nämnd|direktion|förbund|fullmäktige|styrelse|förvaltning|beslut|utredning|utreder|taxa|avgift|budget)/;

/** The organisation named as the one that acts or decides, in any organisation's words: the addressee of a request from outside. */
const ORG_ACTOR = /(kommun(en|ens|s|er|erna|styrelse[\p{L}]*)?|region(en|ens|styrelse[\p{L}]*)|förbundet|förbundets|nämnd(en|ens|er|erna)|styrelsen|direktionen|fullmäktige|politikerna|ni politiker|förvaltningen|municipality|council|mayor)(?![\p{L}])/u;

/** The employer's side named in a union's letter: a body, the administration, its personnel function. */
const EMPLOYER = /(nämnd|förvaltning|arbetsgivar|personalavdelning|personalchef|kommunstyrelse|direktion)/;

/** A party group's address: "s-gruppen", "kd_gruppen", "regiongruppen", "c-gruppen-hultaryd". */
const PARTY_GROUP = /^(s|m|c|l|v|kd|sd|mp)[-_.]?grupp|grupp(en)?$/;

/** An office of an authority in a signature: a body's chair, a kommunalråd or regionråd. */
const OFFICIAL_TITLE = /(styrelsens|direktionens|nämndens|valberedningens|fullmäktiges|presidiets|beredningens|utskottets) ordförande|(kommunalråd|regionråd|ordförande),? [\p{L}-]+ (kommun|region)\b|ordförande,? [\p{L}-]*(nämnden|direktionen) i [\p{L}-]+/u;

/** The local part of a party group's address among the sender and the recipients, or null (no array is made per message). */
function partyGroupOf(f: Features, profile: Profile): string | null {
  if (f.fromLocal.includes('grupp') && PARTY_GROUP.test(f.fromLocal)) return `gruppadress ${f.fromLocal}@`;
  for (const r of f.recipients) {
    const at = r.lastIndexOf('@');
    if (at > 0 && r.lastIndexOf('grupp', at) >= 0) {
      const local = r.slice(0, at);
      if (PARTY_GROUP.test(local)) return `gruppadress ${local}@`;
    }
    // Round twenty-one: a party's own address among the recipients ("styrelsen@centerpartiet-asbyholm.se").
    if (at > 0 && isPartyDomain(r.slice(at + 1), profile)) return `partiadress ${r}`;
  }
  return null;
}

/** A party's letters after a name: "Maria Falk (M)". */
const PARTY_MARK = /\((s|m|c|l|v|kd|sd|mp)\)/;

/** A deadline to answer or report back, in mail sent to many (a survey, an open letter with questions). */
const ANSWER_BY = /(besvara[\p{L}]*|svara på|redovisa)[^.\n]{0,60}senast|senast[^.\n]{0,40}(besvara|svara på|redovisa)/u;

/** Literal roots of ORG_ACTOR: the regex runs only on text that holds one. */
const ORG_ROOTS = ['kommun', 'region', 'förbund', 'nämnd', 'styrelse', 'direktion', 'fullmäktige', 'politiker', 'förvaltning', 'municipality', 'council', 'mayor'];

/** A title that hands in an initiative: a motion, an interpellation, a question to a chair (the subject or the body's first words). */
const INITIATIVE_TITLE = /^(sv: |re: |vb: |fwd?: )?(motion|interpellation|enkel fråga|fråga till|medborgarförslag|initiativärende|initiativ till)\b/;
/** A forwarded letter's header names more than its sender: a recipient, a subject, a date (a pasted fragment does not). */
const FORWARDED_HEADER = /^[ \t>]*(till|to|ämne|subject|datum|date|skickat|sent|kopia|cc) ?:/im;

/** Words of the organisation's business in a request from its administration: a body, a decision, a case, money, an audit. */
const BUSINESS_WORDS = /(nämnd|styrelse|direktion|fullmäktige|presidi|utskott|beslut|ärende|budget|yttrande|granskning|revision|ansökan|underlag|redovisning|åtgärdsplan|remiss)/;
/** Hits that make a request from the administration routine or not the organisation's: notices, meeting administration, drafts, party and private mail. */
const NOT_BUSINESS = new Set(['kallelse', 'justering', 'it_meddelande', 'administrativt', 'inbjudan', 'nyhetsbrev', 'massutskick', 'reklam', 'utkast', 'underhandskontakt', 'partipolitiskt', 'privat', 'fackligt', 'resa', 'lokalbokning', 'kopia_for_kannedom']);

/** Work in progress put to the owner (underhandskontakt): a draft, its wording, before it goes out; or a writer signing with a party's letter. */
const UNDER_WORK_WORDS = ['utkast', 'formulering', 'ordval', 'arbetsmaterial', 'texten'];
const UNDER_WORK_BEFORE = /(förrän|innan) du (har )?(sagt|säger|tittat|läst|godkänt)|innan [^.\n]{0,80}(går (ut|till|vidare)|skickas|skickar|lägger ut)/;
const PARTY_LETTER = /\((s|m|c|l|v|kd|sd|mp)[,)]/;
/** Once per message: plain words first (includes), the regexes only where their first word occurs. */
function underWork(f: Features): boolean {
  if (f.underWork === undefined) {
    const t = f.newestLower;
    f.underWork =
      UNDER_WORK_WORDS.some((w) => t.includes(w)) ||
      ((t.includes('innan') || t.includes('förrän')) && UNDER_WORK_BEFORE.test(t)) ||
      (t.includes('(') && PARTY_LETTER.test(t));
  }
  return f.underWork;
}

/** The organisation's internal services writing to a user: IT, a service desk, pay, HR, bookings (their own or another authority's). */
const INTERNAL_SERVICE = /^(it|it-?support|it-?servicedesk|servicedesk|service-?desk|helpdesk|support|lon|lön|(lon|lön)enhet(en)?|loneservice|löneservice|arvoden?|hr|hr-?service|lokalbokning|bokning|vaxel|växel)([-_.]|$)/;

/** Mail from the administration (a person or a functional mailbox, not a system) addressed to the owner directly, in a few hands. */
function fromAdministration(f: Features, massRecipient: string | null): boolean {
  if (f.senderKind !== 'org' || f.bulk || f.autoSubmitted || massRecipient || f.ownerCcOnly || f.recipients.length > 4) return false;
  return (f.administration ??= !SYSTEM_LOCAL.test(f.fromLocal) && !INTERNAL_SERVICE.test(f.fromLocal));
}
const SYSTEM_LOCAL = /(^|[-_.])(no-?reply|donotreply|do-not-reply)([-_.]|$)/;

/** The organisation's business in the newest part, with no evidence of routine, party or private mail, and no draft. */
function inMatter(f: Features, hits: readonly Hit[]): boolean {
  if (!BUSINESS_WORDS.test(f.newestLower) || underWork(f)) return false;
  return !hits.some((h) => !h.quoted && (h.leaning !== 'registrera' || NOT_BUSINESS.has(h.subtype)));
}

function staffAsks(f: Features, massRecipient: string | null, hits: readonly Hit[], request: () => boolean): boolean {
  return fromAdministration(f, massRecipient) && request() && inMatter(f, hits);
}

/** A diarienummer in the newest part ("dnr KFN 2026/77", "Dnr 2026/188"; round nineteen: a series before the year alone, "GSN 2026/77"). */
const DNR = /\bdnr\.? ?[\p{L}]{0,6} ?\d{2,4}[/-]\d+|\b[\p{L}]{1,6} 20\d\d\/\d{1,5}\b/u;

/** The union-negotiation signal (MBL): see counterpart in scoreSignals. */
const MBL = SIGNALS.findIndex((s) => s.subtype === 'forhandling_mbl');
/** The service areas' own nouns (stam.verksamhet): what the organisation does. */
const SERVICE_AREA = STEM_FAMILIES.findIndex((fam) => fam.id === 'stam.verksamhet');
/** The letter itself is sent for a statement ("för kännedom och yttrande", "yttrande senast 1 mars"), not one it reports asking for elsewhere. */
const FOR_STATEMENT = /\bför (kännedom och )?yttrande\b|\byttrande senast\b/u;
/**
 * A staff member's signature: an official's title in the newest part's last lines ("översiktsplanerare",
 * "controller", "nämndsekreterare"). Officials serve every party: their word for a group meeting is
 * their errand there, not the group's politics (0 of the corpora's party mail from staff signs so).
 */
const STAFF_TITLE = /\b([\p{L}]*(planerare|handläggare|strateg|samordnare|utredare|ingenjör|inspektör)|controller|(enhets|avdelnings|verksamhets|förvaltnings)chef|kommundirektör|regiondirektör|(nämnd|kommun)sekreterare|registrator|jurist|arkivarie)\b/u;
/** Characters at the end of the newest part in which a signature is looked for. */
const SIGNATURE_CHARS = 400;

/** Characters of the newest part the stem families read: the subject and the opening, where a letter says what it is about. */
const STEM_SCAN_CHARS = 4000;

/** The verdict of an earlier message in the same conversation (see ClassifyContext.thread). */
export type ThreadCategory = Leaning;

/**
 * `secret`: the message shows secrecy-covered content (an identifiable person's health, social-services or
 * pupil matter, secrecy named; sekretess.ts) — in the corpora almost always a case to register.
 */
export function scoreSignals(f: Features, _profile: Profile, massRecipient: string | null, learned?: WeightDeltas, thread?: ThreadCategory, secret = false): Scored {
  const totals: Record<Leaning, number> = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  const shippedTotals: Record<Leaning, number> = { registrera: 0, gallra_ej_allman: 0, gallra_ringa: 0 };
  const hits: Hit[] = [];
  const learnedIds: string[] = [];
  const add = (hit: Hit, shipped = hit.weight) => {
    totals[hit.leaning] += hit.weight;
    shippedTotals[hit.leaning] += shipped;
    if (shipped !== hit.weight) learnedIds.push(hit.id);
    hits.push(hit);
  };
  const structure = (id: StructureFeature, leaning: Leaning, label: string, subtype: string, evidence: string, quoted = false) => {
    const weight = weightOf(id, STRUCTURE_WEIGHTS[id], learned);
    add({ id, x: 1, leaning, weight, label, subtype, evidence, quoted }, STRUCTURE_WEIGHTS[id]);
  };
  // Only signals that can count are looked for: those for this sender kind, and in quoted text those
  // with a weight there that did not already match in the newest part.
  const kindOk = (senders: readonly SenderKind[] | undefined) => !senders || senders.includes(f.senderKind) || (f.ownCompany && senders.includes('external'));
  const mask = appliesMask(f.senderKind, f.bulk, f.ownCompany);
  const applies = (i: number) => mask[i] === 1;
  const newest = f.newestScan.firstMatches('signals', applies);
  const quoted = f.quotedLower ? f.quotedScan.firstMatches('signals', (i) => applies(i) && !newest[i] && (SIGNALS[i].quotedFactor ?? 0.6) !== 0) : [];
  // A request to the organisation in the newest part (the flags' request patterns; a question mark counts too).
  // Looked for only when the cheaper conditions hold; the matches stay on the features for the svar_kravs flag.
  let asked: boolean | undefined;
  const request = () => (asked ??= f.question || requestsIn(f).some((m) => m !== null));
  // A union's negotiation request to the employer (MBL) is the counterpart's letter, not member mail; so is a
  // union's request that a body or the administration act on its members' conditions.
  const counterpart = (MBL >= 0 && newest[MBL] !== null && newest[MBL] !== undefined) || (f.orgKind === 'union' && !f.bulk && request() && EMPLOYER.test(f.newestLower));
  // A kallelse from the organisation names the members as its addressees: no open letter to them.
  const convening = () => f.senderKind === 'org' && SIGNALS.some((sig, i) => sig.subtype === 'kallelse' && newest[i]);
  // Secrecy under the law (OSL) is an authority's, never a party group's "internt, sprid inte".
  const lawSecrecy = () => f.newestScan.firstMatches('sekretess')[SEKRETESS_NAMED] !== null;
  // Someone outside (not another authority, a newsroom or a union) asks the organisation — the municipality, a body,
  // the politicians — to act or answer: a letter to register, whose everyday or association words (a cabin, our
  // members) are the writer's circumstances, not private or union mail. Not an offer, nor a party colleague.
  const matchedIn = (subtype: string, leaning: Leaning) => SIGNALS.some((sig, i) => sig.subtype === subtype && sig.leaning === leaning && newest[i] && applies(i));
  const systemSender = f.autoSubmitted || /(^|[-_.])(no-?reply|donotreply|do-not-reply)([-_.]|$)/.test(f.fromLocal);
  const outsider = (f.senderKind === 'external' || f.senderKind === 'freemail') && !systemSender;
  // A writer from outside who signs with a party's letters, "(C) Riksdagsledamot": a politician writing as one.
  // …unless the signature holds an office of an authority ("Kommunstyrelsens ordförande, Ramsjöbo kommun"): then the letter is that body's.
  const partyMark = outsider && f.newestLower.includes('(') && PARTY_MARK.test(f.newestLower) && !((f.newestLower.includes('ordförande') || f.newestLower.includes('kommunalråd') || f.newestLower.includes('regionråd')) && OFFICIAL_TITLE.test(f.newestLower));
  const asksOrganisation =
    outsider &&
    f.orgKind === null &&
    !f.ownerCcOnly &&
    !f.fromOwnerPrivately &&
    !f.fromRelative &&
    !partyMark &&
    (!f.bulk || ANSWER_BY.test(f.newestLower)) &&
    request() &&
    ORG_ROOTS.some((r) => f.newestLower.includes(r)) &&
    ORG_ACTOR.test(f.newestLower) &&
    !matchedIn('reklam', 'gallra_ringa') &&
    !matchedIn('partipolitiskt', 'gallra_ej_allman');
  // Another authority writing to the owner sends its own decision (a protokollsutdrag), not a copy for kännedom.
  const authorityToOwner = f.orgKind === 'authority' && !f.ownerCcOnly;
  // Someone outside writing to a body's own mailbox (a valberedning, fullmäktige) or opening with its name: the body's word is no party's.
  const bodyAddressed = outsiderToBody(f, _profile);
  // …and so is the owner's own letter to the registrar, or one signed with an office of a body ("Valberedningens ordförande").
  const ownAsBody = () => f.senderKind === 'own' && (f.registrarAmong || (f.newestLower.includes('ordförande') && OFFICIAL_TITLE.test(f.newestLower)));
  let staff: boolean | undefined;
  const staffSigned = () => (staff ??= f.senderKind === 'org' && STAFF_TITLE.test(f.newestLower.slice(-SIGNATURE_CHARS)));
  for (let i = 0; i < SIGNALS.length; i++) {
    // Most signals match neither part: looked at first.
    if (!newest[i] && !quoted[i]) continue;
    const sig = SIGNALS[i];
    if ((counterpart || asksOrganisation) && sig.subtype === 'fackligt') continue;
    if (authorityToOwner && sig.subtype === 'kopia_for_kannedom') continue;
    // The owner's own mail to the registrar hands a record over for registration: no copy for kännedom.
    if (f.senderKind === 'own' && f.registrarAmong && sig.subtype === 'kopia_for_kannedom') continue;
    if (sig.subtype === 'skrivelse' && convening()) continue;
    if ((bodyAddressed || ownAsBody() || staffSigned()) && sig.subtype === 'partipolitiskt') continue;
    // A letter asking for a statement ("för kännedom och yttrande") is a request in a matter, not a copy for kännedom.
    if (sig.subtype === 'kopia_for_kannedom' && FOR_STATEMENT.test(f.newestLower)) continue;
    if (sig.subtype === 'internt' && lawSecrecy()) continue;
    // Another authority's letter is never party, union or private mail; a bulk mailing speaks of members as a union only from a union.
    if (sig.leaning === 'gallra_ej_allman' && f.orgKind === 'authority') continue;
    if (f.bulk && sig.subtype === 'fackligt' && f.orgKind !== 'union') continue;
    const inNewest = newest[i];
    const w = weightOf(SIGNAL_IDS[i], SIGNAL_WEIGHTS[i], learned);
    if (inNewest) {
      add(new PhraseHit(SIGNAL_IDS[i], 1, sig.leaning, w, sig.label, sig.subtype, f.newest, inNewest, false), SIGNAL_WEIGHTS[i]);
      continue;
    }
    const inQuoted = quoted[i];
    if (inQuoted) {
      const x = sig.quotedFactor ?? 0.6;
      add(new PhraseHit(SIGNAL_IDS[i], x, sig.leaning, w * x, `${sig.label} (i citerad/vidarebefordrad text)`, sig.subtype, f.quoted, inQuoted, true), SIGNAL_WEIGHTS[i] * x);
    }
  }
  // Stem families: inflected and compound forms of the concept words, in the opening of the newest part.
  // Mail the owner moves from a private address to work carries the owner's own note: its private words are not the letter's.
  // A relative's or the owner's own note's service words (a bus card, a report to read) are their everyday life, not a matter.
  const noPrivate = f.fromOwnerPrivately || asksOrganisation;
  const noMatter = f.fromRelative || (f.senderKind === 'own' && (f.ownerSole || f.toOwnerPrivately)) || (f.fromOwnerPrivately && !f.quoted);
  const stemApplies = (k: number) => {
    const fam = STEM_FAMILIES[k];
    if (!kindOk(fam.senders) || (f.bulk && fam.notBulk)) return false;
    return fam.leaning === 'gallra_ej_allman' ? !noPrivate : fam.leaning === 'registrera' ? !noMatter : true;
  };
  for (const h of matchStemFamilies(f.newestLower, stemApplies, STEM_SCAN_CHARS)) {
    const fam = STEM_FAMILIES[h.family];
    const at = Object.assign([h.word], { index: h.index }) as unknown as RegExpExecArray;
    add(new PhraseHit(fam.id, 1, fam.leaning, weightOf(fam.id, STEM_WEIGHTS[h.family], learned), fam.label, fam.subtype, f.newest, at, false), STEM_WEIGHTS[h.family]);
  }
  if (f.bulk) structure('struktur.nyhetsbrev', 'gallra_ringa', 'ringa betydelse – massutskick/nyhetsbrev', 'nyhetsbrev', 'huvudet List-Unsubscribe/Precedence: bulk');
  if (f.senderKind === 'org' && (f.autoSubmitted || systemSender)) {
    structure('struktur.organisationens_system', 'gallra_ringa', 'tillfällig betydelse – automatiskt meddelande från organisationens system', 'administrativt', `avsändare ${f.fromAddress}; Auto-Submitted`);
  }
  if (f.senderKind === 'org' && massRecipient) {
    structure('struktur.stor_grupp', 'gallra_ringa', 'tillfällig betydelse – information från organisationen till en stor grupp', 'massutskick', `avsändare ${f.fromAddress}; ${massRecipient}`);
  }
  // Sender roles: who writes says something, never enough alone.
  // Another authority's letter, not its invitation or newsletter.
  const announcement = hits.some((h) => h.leaning === 'gallra_ringa' && ['inbjudan', 'nyhetsbrev', 'massutskick', 'reklam'].includes(h.subtype));
  const proposal = hits.some((h) => h.leaning === 'registrera' && h.weight >= 3 && !h.quoted);
  if (f.orgKind === 'authority' && !f.bulk && !systemSender && !INTERNAL_SERVICE.test(f.fromLocal) && (!announcement || proposal)) {
    structure('roll.myndighet', 'registrera', 'rör verksamheten – skrivelse från annan myndighet', 'myndighet', `avsändare ${f.fromAddress} (myndighet)`);
  }
  // A newsroom's question, not its advertising department's offer.
  if (f.orgKind === 'media' && !announcement) structure('roll.media', 'registrera', 'rör verksamheten – fråga från media', 'journalist_beslut', `avsändare ${f.fromAddress} (redaktion)`);
  if (f.orgKind === 'union' && !counterpart) structure('roll.fackforbund', 'gallra_ej_allman', 'ej allmän handling – fackligt', 'fackligt', `avsändare ${f.fromAddress} (fackförbund)`);
  if (f.forwardedFrom === 'freemail' && f.senderKind !== 'freemail') {
    structure('struktur.vidarebefordrat_fran_enskild', 'registrera', 'rör verksamheten – vidarebefordrat brev från en enskild', 'vidarebefordrat', 'citerat meddelande från privat adress', true);
  }
  // Another authority writes its decisions from no-reply addresses too: its letter is no system notice.
  if (systemSender && (f.senderKind === 'external' || f.senderKind === 'politician') && f.orgKind !== 'authority') {
    structure('roll.systemavsandare', 'gallra_ringa', 'tillfällig betydelse – automatiskt systemmeddelande', 'administrativt', `avsändare ${f.fromAddress}`);
  }
  if (partyMark) structure('roll.partimarkering', 'gallra_ej_allman', 'ej allmän handling – avsändaren skriver som partiföreträdare', 'partipolitiskt', 'partibeteckning efter namnet');
  // Structure: who it was sent to, from where, with what.
  const outside = (f.senderKind === 'external' || f.senderKind === 'freemail') && !f.bulk && !systemSender;
  if (f.senderKind === 'own' && f.registrarAmong) {
    structure('struktur.skickat_till_registrator', 'registrera', 'upprättad – skickad till registrator', 'upprattad_svar', 'registrator bland mottagarna');
  } else if (f.registrarAmong && !f.bulk) {
    structure('struktur.registrator_mottagare', 'registrera', 'rör verksamheten – skickad även till registrator', 'arende', 'registrator bland mottagarna');
  }
  if (bodyAddressed) structure('struktur.till_organ', 'registrera', 'rör verksamheten – skrivet till ett organ', 'arende', 'organets adress eller namn');
  if (paymentClaim(f)) structure('struktur.ersattningsansprak', 'registrera', 'rör verksamheten – anspråk på ersättning', 'arende', 'med bilaga');
  if (f.ownerCcOnly && f.senderKind === 'org') {
    structure('struktur.kopia_fran_forvaltningen', 'gallra_ringa', 'inkommen för kännedom – kopia', 'kopia_for_kannedom', 'mottagaren står bara på kopia');
  }
  if (outside && f.attachmentCount > 0) structure('struktur.bilaga_utifran', 'registrera', 'rör verksamheten – handling bifogad utifrån', 'arende', `${f.attachmentCount} bilaga/bilagor`);
  if (f.senderKind === 'own' && f.recipientsOutside && !f.toOwnerPrivately && !hits.some((h) => h.subtype === 'privat') && ROLE_WORDS.test(f.newestLower)) {
    structure('struktur.svar_i_uppdraget', 'registrera', 'upprättad – eget brev i uppdraget till en utomstående', 'upprattad_svar', 'skickat till mottagare utanför organisationen, om nämnd, beslut eller avgift');
  }
  // The owner on Cc of the administration's letter to a resident, a company or another body: the administration registers it.
  if (f.toThirdParty && f.senderKind === 'org') {
    structure('struktur.kopia_till_utomstaende', 'gallra_ringa', 'inkommen för kännedom – kopia av förvaltningens brev till annan', 'kopia_for_kannedom', 'förvaltningens brev till en utomstående, mottagaren står bara på kopia');
  }
  // The owner hands a motion, an interpellation or a question to the administration (a kansli, a nämnd's secretary).
  if (f.senderKind === 'own' && f.toStaff && (INITIATIVE_TITLE.test(f.subjectLower) || INITIATIVE_TITLE.test(f.newestLower.slice(f.subjectLower.length + 1).trimStart()))) {
    structure('struktur.initiativ_inlamnat', 'registrera', 'upprättad – initiativ som lämnas in till förvaltningen', 'upprattad_initiativ', 'eget initiativ skickat till organisationens kansli eller förvaltning');
  }
  // The owner forwards a letter from a private address to the official one, so that it is handled in the role:
  // a whole letter (its header names a recipient, a subject or a date), not a pasted fragment, and not one whose
  // own words are party or private (then it is the owner's, or a friend's, mail moved to work).
  const ownerForwardsLetter =
    f.fromOwnerPrivately && !!f.quoted && FORWARDED_HEADER.test(f.quoted.slice(0, 400)) && !hits.some((h) => h.quoted && h.leaning === 'gallra_ej_allman');
  if (ownerForwardsLetter) {
    structure('struktur.vidarebefordrat_av_agaren', 'registrera', 'rör verksamheten – vidarebefordrat till tjänsteadressen', 'vidarebefordrat', 'den förtroendevalda skickar vidare från sin privata adress', true);
  }
  // Someone outside writes to the owner and asks the organisation (the municipality, a body, the politicians) to act or answer.
  if (asksOrganisation) {
    structure('struktur.begaran_till_organisationen', 'registrera', 'rör verksamheten – begäran till organisationen från en utomstående', 'medborgarfraga', 'fråga eller begäran som nämner kommunen, nämnden eller förbundet');
  }
  // The owner's own note: to the official address alone, or from a private address under the owner's name with no letter forwarded.
  // Not when the owner sends herself someone else's letter (round fourteen): that letter was received in the role.
  if ((f.senderKind === 'own' && (f.toOwnerPrivately || (f.ownerSole && !carriesOthersLetter(f)))) || (f.fromOwnerPrivately && !f.quoted)) structure('struktur.egen_anteckning', 'gallra_ej_allman', 'ej allmän handling – egen anteckning', 'utkast', 'skickat till sig själv');
  // A party group's address as sender or recipient ("s-gruppen@", "c-gruppen-…@"): the group's own business (14 of 14 in the corpora).
  const group = partyGroupOf(f, _profile);
  if (group) structure('roll.partigrupp', 'gallra_ej_allman', 'ej allmän handling – partigruppens egen post', 'partipolitiskt', group);
  // A relative writes from a private address (the owner's surname in the display name): family life.
  if (f.fromRelative) structure('struktur.anhorig', 'gallra_ej_allman', 'ej allmän handling – privat, från en anhörig', 'privat', 'privat adress med den förtroendevaldas efternamn eller ett släktord som namn');
  // The administration (a person or a body's functional mailbox) asks the owner, addressed directly, to decide, answer
  // or act on the organisation's business: not a routine notice, a draft's wording or a party matter.
  const adminAsks = staffAsks(f, massRecipient, hits, request);
  if (adminAsks) {
    structure('struktur.begaran_fran_forvaltningen', 'registrera', 'rör verksamheten – förvaltningen begär besked i ett ärende', 'arende', 'förvaltningens fråga eller begäran direkt till den förtroendevalda');
  }
  // The administration sends the owner a document in a matter (an attachment, or a letter under its diarienummer), unasked.
  if (!adminAsks && fromAdministration(f, massRecipient) && (f.attachmentCount > 0 || (f.newestLower.includes('/') && DNR.test(f.newestLower))) && inMatter(f, hits)) {
    structure('struktur.handling_fran_forvaltningen', 'registrera', 'rör verksamheten – handling från förvaltningen i ett ärende', 'arende', f.attachmentCount > 0 ? `${f.attachmentCount} bilaga/bilagor från förvaltningen` : 'diarienummer');
  }
  // The administration, or a consultant working for it, puts a draft's wording to the owner before it goes out: underhandskontakt, not yet a record.
  const consultant = f.senderKind === 'external' && f.orgKind === null && !f.bulk && !systemSender && !f.ownerCcOnly && f.recipients.length <= 4;
  if ((consultant || fromAdministration(f, massRecipient)) && underWork(f) && request()) {
    structure('struktur.underhandskontakt', 'gallra_ej_allman', 'ej allmän handling – underhandskontakt om ett utkast', 'utkast', 'förvaltningen frågar om ett utkast innan det går ut');
  }
  // The owner instructs the administration in a matter: asks a staff member or a body's mailbox for a report, an item, an action.
  // Round twenty: or asks a question about a service area (a school, a vaccination) with nothing else to go on.
  if (
    f.senderKind === 'own' &&
    f.toStaff &&
    !f.registrarAmong &&
    !f.toOwnerPrivately &&
    ((inMatter(f, hits) && requestsIn(f).some((m) => m !== null)) || (hits.length === 0 && request() && matchStemFamilies(f.newestLower, (k) => k === SERVICE_AREA, STEM_SCAN_CHARS).length > 0))
  ) {
    structure('struktur.uppdrag_till_forvaltningen', 'registrera', 'upprättad – uppdrag till förvaltningen i ett ärende', 'upprattad_svar', 'den förtroendevalda ber förvaltningen om en åtgärd i ett ärende');
  }
  // A private person (not the owner, not a relative) writes to the owner alone and asks for something, with nothing private or party in it.
  // A booster for a matter already seen (a service area, a case), not a friend's question about the weekend.
  if (
    f.senderKind === 'freemail' &&
    f.ownerSole &&
    !f.fromOwnerPrivately &&
    !f.fromRelative &&
    !f.bulk &&
    !asksOrganisation &&
    hits.some((h) => !h.quoted && h.leaning === 'registrera') &&
    !hits.some((h) => !h.quoted && h.leaning !== 'registrera') &&
    request()
  ) {
    structure('struktur.fraga_fran_enskild', 'registrera', 'rör verksamheten – en enskild ber den förtroendevalda om något', 'medborgarfraga', 'privat adress, till den förtroendevalda ensam, med en fråga eller begäran');
  }
  // An internal service (IT, a service desk, pay, HR, bookings) writes to the owner as a user: temporary.
  if ((f.senderKind === 'org' || f.orgKind === 'authority') && INTERNAL_SERVICE.test(f.fromLocal)) {
    structure('roll.intern_service', 'gallra_ringa', 'tillfällig betydelse – meddelande från en intern tjänst', 'administrativt', `avsändare ${f.fromAddress}`);
  }
  // An identifiable person's sensitive matter, or secrecy named, sent to the politician: a case for the organisation.
  if (secret && f.senderKind !== 'own' && !announcement) structure('struktur.sekretess', 'registrera', 'rör verksamheten – enskilds uppgifter som kan omfattas av sekretess', 'individarende', 'känsliga uppgifter om en enskild');
  if (thread) {
    const label = { registrera: 'rör verksamheten – samma konversation som en allmän handling', gallra_ej_allman: 'ej allmän handling – samma konversation som ej allmän post', gallra_ringa: 'tillfällig betydelse – samma konversation som post av ringa betydelse' }[thread];
    structure('struktur.trad', thread, label, 'konversation', 'tidigare meddelande i konversationen');
  }
  rankDescending(hits, (h) => h.weight);
  return { totals, shippedTotals, hits, learnedIds };
}
