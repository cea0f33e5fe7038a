// Flags beside the category: phishing, unknown attachment and mass mailing (personnummer and sekretess have their own files).

import type { MailMessage } from '../types';
import type { Profile } from '../policy/types';
import { excerptAt, wordRe } from '../text/words';
import type { Features } from './features';
import { borrowedDisplayName, borrowedDomain, mismatchedLink } from './imitation';

const DANGEROUS_ATTACHMENT = /\.(html?|exe|js|vbs|scr|iso|img|bat|cmd|jar|lnk|docm|xlsm)$/i;
/** Archives: how bids and drawings often travel too, so risky only from a private address or beside a lure. */
const ARCHIVE = /\.(zip|rar|7z)$/i;
/** The lure that is only a deadline in hours. */
const DEADLINE_ONLY = /^(inom|within) \d+ (timmar|hours)$/i;
/** Phishing lures (scanned with the message's other patterns, see patterns.ts). */
export const LURE = wordRe(
  String.raw`\b(verifiera (ditt|ert) konto|bekräfta (dina|sina|era) (bank|konto|inloggnings)?uppgifter|bekräfta här|logga in (här|med ditt)|sign in|verify your account|password (expires|expiry)|ditt konto (kommer att )?(stängas|spärras)|obetald (tullavgift|avgift)|betala (och välj|här)|slumpmässigt utvald|du har vunnit|inom (12|24|48) timmar|inkasso inom|verify(ing)? (your )?account|verify and (upgrade|continue)|confirm your (identity|details|account|password)|review and sign|(redelivery|release) fee|claim (here|now|before)|within (12|24|48) hours|final notice|storage (is )?\d+ ?% full|` +
    // Credentials, identity and money asked for, in Swedish and English.
    String.raw`bekräfta (ditt|din|dina|era) (konto[\p{L}]*|kontonummer|bank[\p{L}]*|lösenord|inloggning[\p{L}]*|identitet|personnummer|kortuppgifter)|ange ditt (personnummer|lösenord|kortnummer)|ange din (säkerhetskod|kod)|ange dina kortuppgifter|förnya (här|nu|ditt bankid)|ditt bankid (upphör|går ut|har gått ut|spärras)|` +
    String.raw`unusual sign-?in|secure your account|claim your (prize|reward|refund|winnings)|you have (won|been selected)|copy of (your )?passport|bank account (details|number)|your mailbox (will|has been) (expire|suspend|deactivat|lock|clos)[\p{L}]*|your password (will|has been) (expire|suspend|deactivat|lock|clos)[\p{L}]*|your account (will|has been) (expire|suspend|deactivat|lock|clos)[\p{L}]*|` +
    // Payment redirected to a new account (invoice fraud), advance-fee and investment fraud.
    String.raw`nytt bankgiro|nya bankgiro|nytt plusgiro|nya plusgiro|nytt kontonummer|nya kontonumret|nytt bankkonto|nya bankkontot|(ändrat|ändrade|uppdaterat|uppdaterade) (bankgiro|plusgiro|kontonummer|betalningsuppgifter)|new bank account|new account number|new payment details|(updated|changed) (bank|payment) details|kindly (reply|send|provide|forward)|your full name|next of kin|beneficiary of|donate [^.\n]{0,30} to you)\b`,
);

export interface PhishingHit {
  evidence: string;
  /** Found from structure alone (a look-alike or borrowed domain or name, a link that lies, failed authentication), not from a lure's words or an attachment's type. */
  structural?: boolean;
}

/**
 * Fraud signs: an imitated organisation domain, failed sender authentication, a lure with a risky attachment.
 * `text` is the whole message text (f.fullScan's text before lower-casing); `trusted` the registrable
 * domains a link's text may imitate (trustedHosts of the organisation's domains).
 */
export function detectPhishing(message: MailMessage, f: Features, text: string, trusted: ReadonlySet<string> = new Set()): PhishingHit | null {
  if (f.senderKind === 'own' || f.senderKind === 'org' || f.senderKind === 'politician') return null;
  if (f.senderKind === 'lookalike') return { evidence: `avsändardomänen ${f.fromDomain} liknar organisationens men är en annan`, structural: true };
  // A borrowed name counts only with a way in: a link (also one only in the HTML) or an attachment.
  const wayIn = () => message.attachments.length > 0 || /https?:\/\//i.test(text) || (message.body?.contentType === 'html' && /href\s*=/i.test(message.body.content));
  const borrowed = f.senderKind === 'party' ? null : borrowedDomain(f.fromDomain);
  if (borrowed && wayIn()) return { evidence: `avsändardomänen ${f.fromDomain} lånar namnet ${borrowed} men hör inte till det`, structural: true };
  const named = f.senderKind !== 'party' ? borrowedDisplayName(message.from?.name ?? '', f.fromDomain) : null;
  if (named && wayIn()) return { evidence: `avsändarnamnet säger ${named} men adressen är ${f.fromAddress}`, structural: true };
  const link = f.bulk || f.senderKind === 'party' ? null : mismatchedLink(message, trusted);
  if (link) return { evidence: `länktexten visar en annan adress än länken leder till (${link})`, structural: true };
  const lure = f.fullScan.firstMatches('lure')[0];
  if (f.authFail && (lure || message.attachments.length > 0 || /https?:\/\//i.test(text))) {
    return { evidence: `avsändarkontrollen misslyckades (Authentication-Results)${lure ? `; "${excerptAt(text, lure.index, lure[0].length, 20)}"` : ''}`, structural: true };
  }
  const archiveRisky = lure !== null || f.senderKind === 'freemail';
  const risky = message.attachments.find((a) => DANGEROUS_ATTACHMENT.test(a.name) || (archiveRisky && ARCHIVE.test(a.name)));
  if (risky && f.senderKind !== 'party') return { evidence: `bilaga av riskabel typ: ${risky.name}` };
  // Round twenty: a deadline in hours alone is as often a promise of service ("felavhjälpning inom 24 timmar") as a
  // threat; it makes fraud only with a way in (a link or an attachment).
  if (lure && f.senderKind !== 'party' && (!DEADLINE_ONLY.test(lure[0]) || wayIn())) return { evidence: `"${excerptAt(text, lure.index, lure[0].length, 20)}"` };
  return null;
}

const GROUP_LOCAL = /^undisclosed[-_.]?recipients$|[a-z](namnder|nämnder|kommuner|regioner)$|^(kf|rf|kommunfullmaktige|regionfullmaktige|fullmaktige|fortroendevalda|förtroendevalda|allaledamoter)$|^(alla|samtliga|all|everyone)([-._]|$)|[-._](alla|samtliga|fortroendevalda|förtroendevalda|anvandare|användare|medarbetare)$|^(kf|rf|kommunfullmaktige|regionfullmaktige|fullmaktige)[-._](ledamoter|ledamöter|alla)$/i;

/** A large group address, many recipients or a very large attachment (Mjölby: var selektiv med massutskick). */
export function detectMassMailing(message: MailMessage, f: Features, profile: Profile): string | null {
  const group = f.recipients.find((r) => GROUP_LOCAL.test(r.slice(0, r.lastIndexOf('@'))));
  if (group) return `gruppadress: ${group}`;
  if (f.recipients.length >= profile.massMailingRecipients) return `${f.recipients.length} mottagare`;
  const big = message.attachments.find((a) => a.size >= profile.largeAttachmentBytes);
  if (big) return `stor bilaga: ${big.name} (${Math.round(big.size / 1024 / 1024)} MB)`;
  return null;
}

/** Request phrases; a question mark counts too (findRequest looks for it separately). */
export const REQUEST_PHRASES = wordRe(
  String.raw`\b(vill ha (ett )?(svar|möte|besked)|ber (dig|er|om)|begär|önskar|återkom\w*|hör av (dig|er|sig)|svar senast|(lämna|inkomma med) synpunkter|synpunkter (ska|senast)|yttrandet ska|vill att (kommunen|nämnden|regionen|någon)|vill gärna ha|se till att|tar du det|kan du|kan ni|behöver (besked|svar)|ber (att|nämnden|kommunen|kommunstyrelsen|regionen)|kräver att|svar (före|senast|innan)|ställningstagande|synpunkter lämnas|senast den \d+|(vi|jag|och) undrar (om|vad|vilka|vilken|vilket|hur|när|varför|vem)|bekräfta gärna|förväntar mig (ett )?svar|vore tacksam för (besked|svar)|besked senast|(yttranden?|synpunkter|svar\w*) ska ha kommit in|vill (gärna |också )?(veta|få (veta|svar|besked|komma)|ta del av)|(svara|justera|signera|meddela|bekräfta|återkoppla)[\p{L} ]{0,20} senast|senast (den )?\d+|inom (en|två|tre|fyra|\d+) veckor|(meddela|svara|hör av dig) (snarast|så snart|om du inte)|bekräfta (att|om|gärna|din)|önskas (senast|före|snarast)|(ska|skall) (ha kommit in|lämnas|redovisas|inkomma|ha inkommit)|(jag|vi) vill att (ni|du|direktionen|förbundet|fullmäktige|staden|[\p{L}-]*nämnden|[\p{L}-]*styrelsen)|vi ber (er|fullmäktige|direktionen|att)|vi begär att|(vill|att) begära( ut)?|begära ut|vill (göra )?en intervju|vad ska (jag|vi) göra|måste ni|senast (på )?(måndag|tisdag|onsdag|torsdag|fredag|i morgon|imorgon))\b`,
);

/**
 * Requests in plain words, kept apart from REQUEST_PHRASES so that each pattern is tried only where its
 * own literal starts occur (src/domain/text/patternSet.ts): wanting and pleading, an imperative to the
 * reader, a plea for whom to turn to.
 */
export const REQUEST_PLAIN = wordRe(
  String.raw`\b((jag|vi) vill ha|(jag|vi) vill att|vill att [\p{L}-]*(nämnden|direktionen|styrelsen|fullmäktige|förbundet|kommunen|regionen)|ser fram emot (ert|ditt|era) (svar|besked)|förutsätter att|vill träffa|är (du|ni) snälla?|vill gärna träffa|vill att (ni|du)|behöver (veta|få veta|svara)|snälla|gör något|hjälp (mig|oss)|någon måste|(ni|du) måste|förklara (varför|hur|vad)|glöm inte|` +
    String.raw`skulle (kommunen|regionen|förbundet|nämnden|ni|du) kunna|vet inte (riktigt )?(vem|vart) jag (annars )?ska|säg gärna|svara gärna|meddela gärna|återkoppla gärna|skicka mig|skicka oss|svara mig|svara oss|meddela mig|meddela oss|återkoppla till (mig|oss)|meddela om|säg vilket|säg vilka|säg när|meddela (vilket|vilka|när)|svara om|svara på frågan|svara på frågorna|titta på|läs igenom|` +
    String.raw`innan (ni|du|nämnden|direktionen|styrelsen|fullmäktige) (fattar|tar) beslut|` +
    // The verb first, as a sentence that opens with "nu" or "därför" runs ("nu vill jag att", "därför måste kommunen"),
    // a need put to the reader ("vi behöver ert besked", "jag behöver att nämnden"), a call asked for.
    String.raw`vill (jag|vi) (gärna )?(att|ha)|måste (kommunen|nämnden|förbundet|regionen|direktionen|styrelsen)|ser till att|` +
    String.raw`behöver att|behöver (ditt|ert|era|kommunens|nämndens|förbundets|regionens|styrelsens|direktionens) (ok|svar|besked|beslut|medgivande|godkännande|ställningstagande)|` +
    // Round twelve: an imperative to the reader with its object ("Säg till vilken dag", "Anmäl dig till Lisa senast" — an ad's "anmäl dig" has no deadline, "skicka det till lön").
    String.raw`säg till (vilken|vilket|vilka|när|hur)|säg vilken|(anmäl|registrera) (dig|er)[^.!?\n]{0,40} (senast|före|innan) |skicka (det|den|dem|tillbaka)|(vi|jag) måste (veta|få veta)|har (du|ni) tid|` +
    // Round thirteen: spoken forms ("nån måste", "vill att nån"), a remiss's last day, a need of the reader's figure, and a partner's request in English or German.
    String.raw`nån måste|vill att nån|ge (mig|oss) besked|bekräfta snarast|sista dag för|vi behöver (din|ditt|dina|er|ert|era)|please (confirm|let us|send|reply)|could you|would like|we ask|wir bitten|` +
    String.raw`få (dom|dem|de|kommunen|bolaget|nämnden|förvaltningen|någon) att|ring (mig|oss)|säg vad|ber ([\p{L}-]+ och )?[\p{L}-]*(nämnden|styrelsen|direktionen|fullmäktige|förbundet|kommunen|regionen) (om|att)|` +
    // Round seventeen: the reader asked for a word, a signature or a draft ("säg till om du tar det", not round five's offer
    // "säg till om du vill ha med …"; "bekräfta med ett mejl",
    // "signera med BankID", "skicka ett utkast till mig", "OSA senast"), a view put to the reader ("jag tycker du ska", "ni borde"),
    // a wish put politely ("vi skulle uppskatta ett möte"), an application made in the first person.
    String.raw`säg (till )?om(?! (du|ni) (vill|behöver) )|säg (hur|ok|bara|till oss|till mig)|bekräfta (i|här|med)|meddela (direkt|omgående)|signera (med|digitalt|senast|i)|väntar på din (signatur|underskrift)|osa (till|senast|före)|skicka gärna|skicka [^.!?\n]{0,30} till mig|` +
    String.raw`tycker (att )?(du|ni) (ska|borde)|(du|ni) borde|(vi|jag) skulle uppskatta|är tacksamma om|ge (mig|oss) (en signal|förslag|svar)|förklara för (mig|oss)|(jag|vi) ansöker om|hoppas (på )?(ett )?(svar|besked))\b`,
);

/** A deadline by date ("före 30 november", "till den 12 dec"; "senast 5 november" is a request phrase). */
export const REQUEST_DEADLINE = wordRe(
  String.raw`\b(före|innan|senast) (kl\.? ?)?\d{1,2}\b(?<=(i dag|idag|i morgon|imorgon|ikväll|i kväll) (före|innan|senast) (kl\.? ?)?\d{1,2})|\b(före|innan|senast) (på )?(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)|\b(före|innan|till den) (den )?\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b`,
);

/**
 * Requests by grammatical form rather than by phrase (round eight): a demand ("vi kräver", "förväntar oss att"),
 * the official passive ("kommunen ombeds", "uppmanas"), a wish to know or obtain ("vill bara veta", "vill få ut"),
 * and an imperative that opens a sentence ("Bekräfta vem…", "Förklara för mig…", "Ange…"). Round twenty-two: an
 * imperative to act that opens a sentence with no object word after it ("Ge besked så vi kan planera", "Ladda upp
 * kvittot", "Lägg in den före den 5:e", "Ordna så att", "Flytta turen").
 */
export const REQUEST_FORM = wordRe(
  // The imperative's sentence start is a lookbehind after it, so the verbs are the scan's literal starts (a leading
  // "(^|[.!:\n])" would give the scan no literal and try the pattern at every space).
  String.raw`\b((vi|jag) kräver\b|förväntar (oss|mig) att|ombeds|uppmanas|anmodas|vill (bara |gärna |också )?(veta|få ut|få del av))\b|\b(bekräfta|förklara|ange|uppge|rapportera|redovisa|skicka|svara|meddela) (vem|vad|hur|när|var|varför|om|för|till|er|ert|era|din|ditt|dina|kommunens|nämndens|senast)\b(?<=(^|[.!:\n] ?)[\p{L}]+ [\p{L}]+)|\b(ge besked|ladda upp|lägg in|kontrollera|ordna|flytta)\b(?<=(^|[.!:\n] ?)(ge besked|ladda upp|lägg in|kontrollera|ordna|flytta))`,
);

/** The request patterns findRequest reads, in the order of the scan's 'request' group. */
export const REQUEST_PATTERNS: readonly RegExp[] = [REQUEST_PHRASES, REQUEST_PLAIN, REQUEST_DEADLINE, REQUEST_FORM];

/**
 * A question asked without a question mark: a sentence that opens with a question word or with a verb
 * before its subject ("Ska jag anmäla er", "Skickar ni utredningen"), as people write from a phone.
 */
const QUESTION_SHAPE =
  /(?:^|[.!:\n]\s*)(?:vem|vad|varför|hur|när|vart|vilken|vilket|vilka|(?:ska|kan|skickar|får|kommer|tänker|tar|vill|hinner|blir|gäller|stämmer) (?:jag|vi|ni|du|det|man|kommunen|regionen|förbundet|nämnden)|var (?:ska|kan|finns)|är (?:det|du|ni)|kommer (?:någon|nån))(?![a-zà-ÿ0-9:])(?:[^.!\n]{3,}|(?=[.\n]|$))/;

/** Standing instructions, not a request to the reader: how to appeal, to cancel a booking, to report that one cannot come. */
const INSTRUCTION = /kan överklagas|vill överklaga|överklagandet (ska|skall)|avboka|avbokning|förhinder|inte att svara|inte svara på|inte att besvara/;

/** Whether the sentence around `at` is such an instruction ("Domen kan överklagas inom tre veckor", "Meddela förhinder senast onsdag"). */
function instruction(lower: string, at: number): boolean {
  let start = at;
  while (start > 0 && !'.!?\n'.includes(lower[start - 1])) start--;
  let end = at;
  while (end < lower.length && !'.!?\n'.includes(lower[end])) end++;
  return INSTRUCTION.test(lower.slice(start, end));
}

/**
 * A question or request to the politician in the newest part of the message: the first question
 * mark or request phrase. `found` are the first matches of REQUEST_PATTERNS in `newestLower`.
 */
export function findRequest(newest: string, newestLower: string, found: readonly (RegExpExecArray | null)[]): string | null {
  let phrase: RegExpExecArray | null = null;
  for (const m of found) if (m && !instruction(newestLower, m.index) && (!phrase || m.index < phrase.index)) phrase = m;
  const question = newestLower.indexOf('?');
  if (phrase && (question < 0 || phrase.index < question)) return excerptAt(newest, phrase.index, phrase[0].length, 40);
  if (question >= 0) return excerptAt(newest, question, 1, 40);
  // The subject line is a title, not a sentence: look for the question's shape in the body.
  const bodyAt = newestLower.indexOf('\n') + 1;
  const shaped = bodyAt > 0 ? QUESTION_SHAPE.exec(newestLower.slice(bodyAt, bodyAt + 4000)) : null;
  return shaped ? excerptAt(newest, bodyAt + shaped.index, shaped[0].length, 10) : null;
}
