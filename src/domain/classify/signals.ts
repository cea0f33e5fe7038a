// Text signals: phrases that speak for one category, each with a weight, a Swedish rule label and a subtype.

import { PatternSet } from '../text/patternSet';
import { wordRe } from '../text/words';
import type { SenderKind } from './features';
import { CONCEPTS } from './concepts';

export { patternStems } from '../text/stems';

export type Leaning = 'registrera' | 'gallra_ej_allman' | 'gallra_ringa';

export interface Signal {
  leaning: Leaning;
  weight: number;
  /** The rule in Swedish, cited after the guideline reference. */
  label: string;
  subtype: string;
  pattern: RegExp;
  /** Weight factor when the phrase is only in quoted or forwarded text (default 0.6). */
  quotedFactor?: number;
  /** Only counts for these sender kinds. */
  senders?: readonly SenderKind[];
  /** Does not count in bulk mail (List-Unsubscribe, Precedence: bulk): a newsletter's "föreslår" is no proposal. */
  notBulk?: boolean;
}

const s = (leaning: Leaning, weight: number, subtype: string, label: string, source: string, extra: Partial<Signal> = {}): Signal => ({
  leaning,
  weight,
  subtype,
  label,
  pattern: wordRe(source),
  ...extra,
});

const REG = 'registrera';
/** Inside the organisation or a private person: where drafts and underhandskontakt come from. */
const INSIDE: readonly SenderKind[] = ['own', 'politician', 'org', 'freemail', 'party'];
const NOT_OWN: readonly SenderKind[] = ['politician', 'org', 'freemail', 'party', 'external', 'lookalike'];
const EJ = 'gallra_ej_allman';
const RINGA = 'gallra_ringa';
/** Round nineteen: who advertises — not the owner, a colleague or the staff, whose "rabatt" is a counterparty's offer in a matter. */
const SELLERS: readonly SenderKind[] = ['external', 'freemail', 'lookalike', 'party'];

export const SIGNALS: readonly Signal[] = [
  // Concerns the organisation's activities: inkommen handling to be registered.
  s(REG, 3, 'klagomal', 'rör verksamheten – klagomål (inkommen)', String.raw`\b(klagomål\w*|jag vill klaga|vill (framföra|lämna) (ett )?klagomål|har klagat|klagat till|felanmält)\b`),
  s(REG, 4, 'medborgarforslag', 'rör verksamheten – medborgarförslag (inkommen)', String.raw`\bmedborgarförslag\w*\b`),
  s(REG, 4, 'overklagande', 'rör verksamheten – överklagande (inkommen)', String.raw`\b(överklaga(r|nde|ndet)|vi överklagar|jag överklagar)\b`),
  // Round nineteen: not the signature's disclaimer ("…omfattas av offentlighetsprincipen", "…lämnas ut enligt offentlighetsprincipen").
  s(REG, 5, 'begaran_allman_handling', 'begäran om allmän handling (inkommen)', String.raw`\b(begär(an)?( att få)? (ut|ta del av)[^.\n]{0,60}handling\w*|begäran om (allmänn?a? )?handling\w*|(?<!(omfattas av|ut enligt|handling enligt) )offentlighetsprincipen)\b`),
  s(REG, 3, 'remiss', 'rör verksamheten – remiss från myndighet', String.raw`\b((?<!(går|gå|ska|skickas|sänds) ut på )remiss(en|er|var)?|remitterar|remitteras)\b`),
  s(REG, 3, 'samrad', 'rör verksamheten – samråd/underlag från myndighet', String.raw`\b(samrådsunderlag\w*|samrådsförslag\w*|samrådshandling\w*|inbjudan att lämna synpunkter|bjuder vi in kommunen)\b`),
  s(REG, 4, 'yttrande', 'rör verksamheten – begäran om yttrande', String.raw`\b(begäran om yttrande|(?<=för (kännedom och )?)yttrande|yttrande senast|begär att [^.\n]{0,40}yttrar sig|yttra sig över|begäran om komplettering|begär[^.\n]{0,20}komplettering)\b`),
  s(REG, 3, 'foreläggande', 'rör verksamheten – myndighetsbeslut', String.raw`\b(föreläggande\w*|tillsynsvägledning\w*|uppföljning av nämndens)\b`),
  s(REG, 2, 'synpunkter', 'rör verksamheten – synpunkter (inkommen)', String.raw`\b(synpunkter på (samrådsförslaget|detaljplanen|förslaget|bygglov\w*)|mina synpunkter|jag motsätter mig|är mycket kritisk)\b`),
  s(REG, 3, 'offert', 'rör verksamheten – offert till nämnden', String.raw`\b(offert(en)?|anbud(et)?|fast pris)\b`),
  s(REG, 3, 'faktura', 'rör verksamheten – faktura', String.raw`\b(faktura(nummer)?:? (nr\.? ?)?\d{3,}|bifoga[dt]e? (finner ni )?faktura|fakturan avser|förfallodag\w*)\b`),
  s(REG, 3, 'ansokan', 'rör verksamheten – ansökan om anställning', String.raw`\b(spontanansökan|min ansökan|ansökan till tjänsten|legitimerad lärare|söker (tjänsten|jobb))\b`),
  s(REG, 3, 'forfragan', 'rör verksamheten – förfrågan till nämnden', String.raw`\b(förfrågan om|vi skulle vilja (hyra|föreslå)|hyra (gymnastiksal\w*|lokal\w*)|föreslå att våra|begäran om (möte|dialog))\b`),
  s(REG, 2, 'beslut', 'rör verksamheten – fråga om myndighetens beslut', String.raw`(nämndens beslut|\bbeslutet (i|att|om) [\p{L}-]*nämnden|\bert beslut|\bkommunens beslut|\bregionens beslut|\bjag skriver om [^.\n]{0,80}beslut)`),
  s(REG, 2, 'individarende', 'rör verksamheten – enskilds ärende', String.raw`\b(fått avslag|avslag på|nekas|nekades|nekats|fått nej|beslutat att dra in|mitt ärende|vårt ärende|socialtjänsten (får veta|måste|borde)|rädd att något ska hända)\b`),
  s(REG, 2, 'medborgarfraga', 'rör verksamheten – fråga till förtroendevald i uppdraget', String.raw`\b(vem (ansvarar|har bestämt|ska jag vända mig till)|när blir (den|det)|varför ([\p{L}]+ )?(får|måste|har|ska)|vi undrar|jag undrar|vad tänker (nämnden|kommunen|ni göra)|kan kommunen|hur motiverar|behöver vi söka|går det att ändra|vart jag ska (vända mig|skicka))\b`),
  s(REG, 2, 'roll', 'skrivet till politikern i uppdraget', String.raw`\b((du|ni) sitter (ju |väl |ändå |nu )?i [\p{L}-]*(styrelsen|fullmäktige|nämnden|direktionen)|till dig som (är )?(ordförande|ledamot|kontakt)|som står som kontakt|skickar (det )?till dig eftersom|jag skriver till dig eftersom|till dig i stället)\b`),
  s(REG, 2, 'till_namnden', 'ställt till nämnden', String.raw`\b(till [\p{L}-]+(- och [\p{L}-]+)?(nämnden|styrelsen)\b|att: nämndens|nämndens (presidium|ordförande)|till (kommunen|regionen) genom)`),
  s(REG, 1, 'arende', 'rör ett ärende hos myndigheten', String.raw`\b(dnr|diarienummer|er ref(erens)?\.?|ärende \w{2,4} \d{4})\b`),
  s(REG, 3, 'upprattad_svar', 'upprättad – eget svar i ärende som lämnats till registrator', String.raw`\b((skickat|lämnat|vidarebefordrat|skickar) [^.\n]{0,80}(till|hos) (kommunens |regionens |stadens |förbundets )?registrat(or|ur)\w*|bett registrat(or|ur)\w*|så att (den|det|de) (kommer in i|registreras|kommer med)|registreras som)`, { quotedFactor: 0.2 }),
  s(REG, 1, 'verksamhet', 'rör verksamhetens ansvarsområde', String.raw`\b(bygglov\w*|detaljplan\w*|skolskjuts\w*|snöröjning\w*|plogats|gatlykt\w*|lekplats\w*|buller\w*|strandskydd\w*|livsmedelskontroll\w*|äldreboende\w*|skolplacering|skollunch\w*|mobilförbud\w*|förskola\w*|elevrådet|gymnasiesärskola|hemtjänst\w*|kollektivtrafik\w*)\b`),

  // Not an allmän handling: party, union, private, drafts, underhandskontakt.
  s(EJ, 4, 'partipolitiskt', 'ej allmän handling – partipolitiskt', String.raw`\b(gruppmöte\w*|partilokal\w*|valberedning\w*|nomineringskommitté\w*|distriktsstämma\w*|distriktsstyrelse\w*|riksting\w*|partistyrelse\w*|medlemsenkät\w*|förankra i era grupper|vår gruppledare|partigrupp\w*)\b`),
  // Round twenty-two: a party's letter joined to its own group, local or proposal ("S-föreningen", "M-förslaget", "S-lokalen").
  s(EJ, 2, 'partipolitiskt', 'ej allmän handling – partipolitiskt', String.raw`\b((s|m|c|l|v|kd|sd|mp)-(väljare|förening|lokal|ledamöter|förslag|linje|kamrat|styrelse|motion)\w*|partiets (lokala )?(adress|brevlåda|e-post|mejl)|vad tycker ni i (s|m|c|l|v|kd|sd|mp)|valrörelse\w*|valutvärdering\w*|valanalys\w*|valstug\w*|dörrknack\w*|våra väljare|väljarna|mandatperiod\w*|alliansen|oppositionen)\b`),
  s(EJ, 3, 'partipolitiskt', 'ej allmän handling – förhandling mellan partier', String.raw`\b((kan|kunde|vill) gå med på|går med på|(ringer|ringa|pratat med|prata med|snackat med) (s|m|c|l|v|kd|sd|mp)|(?<!-)förhandling(en|ar|arna|sgruppen|släget)?|presidiepost\w*|presidiefördelning\w*|budgetförhandling\w*|överenskommelsen med|styrande majoritet)\b`, { senders: INSIDE }),
  s(EJ, 3, 'partipolitiskt', 'ej allmän handling – partiets linje', String.raw`\b((centerpartiet|kristdemokraterna|socialdemokraterna|moderaterna|liberalerna|vänsterpartiet|miljöpartiet|sverigedemokraterna)s (syn|linje|hållning|besked|prioriteringar)|(KD|SD|MP|S|M|C|L|V):s (linje|syn|prioriteringar|hållning)|vad är (KD|SD|MP|S|M|C|L|V):s)\b`),
  s(EJ, 3, 'internt', 'ej allmän handling – internt partimaterial', String.raw`\b(internt(?=[,.:;)!]| [–-]|\n|$)|internt (material|underlag|pm|dokument)|sprid inte|inte för spridning|får inte komma ut|utanför gruppen)\b`),
  s(EJ, 2, 'partipolitiskt', 'ej allmän handling – politiskt opinionsarbete', String.raw`\b(debattartikel\w*|replik(en)?|insändare\w*|reservera (mig|oss)|reserverar sig|eget yrkande|våra yrkanden|skriva under)\b`),
  s(EJ, 3, 'utkast', 'ej allmän handling – utkast/koncept/arbetsmaterial', String.raw`\b(utkast(et|en|ets)?|koncept(et|en)?)(?<!\n[^]*)\b|\b((mitt|vårt|ett första|första|reviderat?|nytt) utkast|bifogar (ett )?utkast|utkast till (motion|interpellation|debattartikel|tjänsteskrivelse|yttrande|skrivelse|reservation|budget)|arbetsdokument\w*|arbetsmaterial\w*|arbetsversion\w*|reviderad version|första version)\b`, { quotedFactor: 0.3, senders: INSIDE }),
  s(EJ, 1, 'utkast', 'ej allmän handling – underlag för synpunkter', String.raw`\b(synpunkter senast|säg vad ni tycker|läs gärna|för dina synpunkter|några förslag|är för skarp)\b`),
  s(EJ, 1, 'utkast', 'ej allmän handling – eget politiskt initiativ', String.raw`\b(motion(en)?|interpellation(en)?)\b`),
  s(EJ, 3, 'underhandskontakt', 'ej allmän handling – underhandskontakt om slutlig utformning', String.raw`\b(formuleringen (i|av)|formuleras (så|om)|formulera (om|sista)|lydelse(n)?|sista stycket|beslutssats(en)?|hur vi formulerar|två varianter|vilken (variant|formulering|lydelse)|(är|är ännu) inte (färdig|klar|slutlig)|två formuleringar|stämma av formuleringen|ett ord i|ordvalet|ska jag skriva|vill (ni|du) (hellre|fortfarande) ha|(bara|fortfarande) ett utkast)\b`, { senders: [...INSIDE, 'external'] }),
  s(EJ, 3, 'privat', 'ej allmän handling – privat innehåll', String.raw`\b(kram(ar)?|puss|hej mamma|hej pappa|syrran|brorsan|mamma fyller|kalops|tårta|kladdkaka|handlar på vägen hem)\b`),
  s(EJ, 3, 'privat', 'ej allmän handling – privat (förening/fritid)', String.raw`\b(träningstider|träning(en)?|matchen|cupen|lagledar\w*|föräldrar i|fikalista|kiosken|hockeyn|skjutsa)\b`),
  s(EJ, 5, 'privat', 'ej allmän handling – privat ärende', String.raw`\b(tack för din beställning|orderbekräftelse|ordernummer|bolån\w*|räntebindning\w*|mobilt bankid|lånehandlingar|däckbyte|hjulskifte|däckhotell|nytt meddelande från \w+banken)\b`),
  s(EJ, 5, 'fackligt', 'ej allmän handling – fackligt', String.raw`\b(hej medlem|medlemsmöte\w*|lönerevision\w*|lönestatistik\w*|lönesamtal\w*)\b`),

  // Allmän handling of ringa or tillfällig betydelse.
  s(RINGA, 3, 'kallelse', 'inkommen för kännedom – kallelse/handlingar i mötesverktyget', String.raw`\b(kallelse till sammanträde|du kallas till|ny kallelse|öppna kallelsen|(handlingarna|kallelsen)( till [^.\n]{0,50})? (är|har) (nu )?(publicerade|publicerats)|nya handlingar (har )?publicera\w*|protokoll(et)? (klart för justering|är justerat)|protokollet [^.\n]{0,40}är justerat|justerat protokoll|justera protokollet|testomröstning\w*|röstningsapp\w*)\b`, { quotedFactor: 0.3 }),
  s(RINGA, 3, 'nyhetsbrev', 'ringa betydelse – nyhetsbrev', String.raw`\b(nyhetsbrev\w*|avsluta prenumeration\w*|avprenumerera|unsubscribe|visa i webbläsaren|öppna i webbläsaren|morgonbrev\w*|kan du inte läsa mejlet)\b`, { quotedFactor: 0 }),
  s(RINGA, 3, 'reklam', 'ringa betydelse – reklam', String.raw`\b(rabatt\w*|early bird|testa gratis|gratis i \d+ dagar|sista chansen|spara \d[\d ]* kr|\d+ ?% (off|rabatt)|discount|clearance|shop now|kampanjpris|boka demo)\b`, { quotedFactor: 0, senders: SELLERS }),
  // Round twenty-one: a subject that opens with "Utbildning" or "Kurs" offers a course (12 of 13 such in the corpora are ringa, the 13th a party's).
  s(RINGA, 3, 'inbjudan', 'ringa betydelse – inbjudan till konferens/utbildning', String.raw`\b(webbinar\w*|konferens\w*|inbjudan|välkommen till|välkommen på|välkomna|mötesplats\w*|anmäl dig|anmälan senast|länsdag\w*|kostnadsfri\w*|vernissage\w*|mingel|fribiljett\w*|(?<![^])(utbildning|kurs))\b`, { quotedFactor: 0.3, senders: NOT_OWN }),
  s(RINGA, 3, 'it_meddelande', 'ringa betydelse – IT-meddelande', String.raw`\b(planerat underhåll|driftinformation|driftstörning|ditt lösenord|byt lösenord|servicedesk|it-enheten|it-support|e-postsystem\w*)\b`, { quotedFactor: 0.3 }),
  // Round twenty-one: from a private address too (the owner's own forwarding a hotel booking to work).
  s(RINGA, 3, 'administrativt', 'tillfällig betydelse – rutinmeddelande', String.raw`\b(sammanträdestid|förlorad arbetsinkomst|julbord\w*|bokningsbekräftelse|bokningen är bekräftad|din bokning|bokningsnummer|booking confirmation|delade en fil|delad fil|automatisk påminnelse|detta är ett automatiskt|lokalbokning)\b`, { quotedFactor: 0.5, senders: ['org', 'own', 'politician', 'external', 'freemail'] }),
  s(RINGA, 2, 'administrativt', 'tillfällig betydelse – rutinärende', String.raw`\b(boka|bokning|osa|anmäler mig|jag kommer (gärna|på plats)|ingen allergi|lägga till en (informations)?punkt)\b`, { quotedFactor: 0.3, senders: ['org', 'own', 'politician'] }),
  s(RINGA, 4, 'kopia_for_kannedom', 'inkommen för kännedom – kopia av redan registrerad handling', String.raw`\b(protokollsutdrag\w*|expediering|beslutet skickas till|kopia för kännedom|för kännedom|är nu registrerat|registrerat i ärende|skickas till (kommunens|regionens) registratur|för diarieföring)\b`, { quotedFactor: 0.2 }),
  s(RINGA, 2, 'massutskick', 'tillfällig betydelse – utskick till alla', String.raw`\b(till samtliga|hej alla|alla förtroendevalda|samtliga förtroendevalda)\b`, { quotedFactor: 0.3, senders: ['org'] }),
  s(RINGA, 10, 'kopia_for_kannedom', 'inkommen för kännedom – redan registrerad hos förvaltningen', String.raw`\b(är (nu )?registrerat?|har registrerats|registrerat i ärende|har diarieförts)\b`, { quotedFactor: 0, senders: ['org', 'external'] }),
  s(RINGA, 3, 'kvittens', 'tillfällig betydelse – tack/kvittens', String.raw`^[^\n]*\n[^?]{0,80}\btack för (snabbt |ditt )?(svar|hjälpen)\b[^?]{0,120}$`, { quotedFactor: 0 }),
  ...CONCEPTS,
];

/** Signal i at its first match: index and length in the text. */
export type SignalMatches = Map<number, { index: number; length: number }>;

const SIGNAL_SET = new PatternSet({ signals: SIGNALS.map((sig) => sig.pattern) });

/** Signal matches as a map from signal index to where it matched. */
export function toSignalMatches(found: readonly (RegExpExecArray | null)[]): SignalMatches {
  const matches: SignalMatches = new Map();
  found.forEach((m, i) => {
    if (m) matches.set(i, { index: m.index, length: m[0].length });
  });
  return matches;
}

/** The first match of each signal in lower-cased text (one scan for their literal starts; see PatternSet). */
export function matchSignals(lower: string): SignalMatches {
  return lower ? toSignalMatches(SIGNAL_SET.scan(lower).firstMatches('signals')) : new Map();
}
