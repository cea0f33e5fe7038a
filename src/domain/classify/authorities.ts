// Sender organisations by kind: Sweden's 290 municipalities and 21 regions, state agencies, media and unions — compact data we wrote ourselves.

/**
 * The 290 municipalities by name, folded to the letters their domains use (å/ä→a, ö→o), county by
 * county. A sender domain whose label is one of them (mjolby.se, marks.se, umea.se, goteborg.se,
 * or with kommun/stad around it) is another municipality.
 */
const MUNICIPALITIES =
  'botkyrka danderyd ekero haninge huddinge jarfalla lidingo nacka norrtalje nykvarn nynashamn salem sigtuna sollentuna solna stockholm sundbyberg sodertalje tyreso taby upplands-bro upplands-vasby vallentuna vaxholm varmdo osteraker ' +
  'enkoping heby habo knivsta tierp uppsala alvkarleby osthammar ' +
  'eskilstuna flen gnesta katrineholm nykoping oxelosund strangnas trosa vingaker ' +
  'boxholm finspang kinda linkoping mjolby motala norrkoping soderkoping vadstena valdemarsvik ydre atvidaberg odeshog ' +
  'aneby eksjo gislaved gnosjo habo jonkoping mullsjo nassjo savsjo tranas vaggeryd vetlanda varnamo ' +
  'alvesta lessebo ljungby markaryd tingsryd uppvidinge vaxjo almhult ' +
  'borgholm emmaboda hultsfred hogsby kalmar monsteras morbylanga nybro oskarshamn torsas vimmerby vastervik ' +
  'gotland karlshamn karlskrona olofstrom ronneby solvesborg ' +
  'bjuv bromolla burlov bastad eslov helsingborg hassleholm hoganas horby hoor klippan kristianstad kavlinge landskrona lomma lund malmo osby perstorp simrishamn sjobo skurup staffanstorp svalov svedala tomelilla trelleborg vellinge ystad astorp angelholm orkelljunga ostra-goinge ' +
  'falkenberg halmstad hylte kungsbacka laholm varberg ' +
  'ale alingsas bengtsfors bollebygd boras dals-ed essunga falkoping fargelanda grastorp gullspang goteborg gotene herrljunga hjo harryda karlsborg kungalv lerum lidkoping lilla-edet lysekil mariestad mark mellerud munkedal molndal orust partille skara skovde sotenas stenungsund stromstad svenljunga tanum tibro tidaholm tjorn tranemo trollhattan toreboda uddevalla ulricehamn vara vargarda vanersborg amal ockero ' +
  'arvika eda filipstad forshaga grums hagfors hammaro karlstad kil kristinehamn munkfors storfors sunne saffle torsby arjang ' +
  'askersund degerfors hallsberg hallefors karlskoga kumla laxa lekeberg lindesberg ljusnarsberg nora orebro ' +
  'arboga fagersta hallstahammar kungsor koping norberg sala skinnskatteberg surahammar vasteras ' +
  'avesta borlange falun gagnef hedemora leksand ludvika malung-salen mora orsa rattvik smedjebacken sater vansbro alvdalen ' +
  'bollnas gavle hofors hudiksvall ljusdal nordanstig ockelbo ovanaker sandviken soderhamn ' +
  'harnosand kramfors solleftea sundsvall timra ange ornskoldsvik ' +
  'berg bracke harjedalen krokom ragunda stromsund are ostersund ' +
  'bjurholm dorotea lycksele mala nordmaling norsjo robertsfors skelleftea sorsele storuman umea vilhelmina vindeln vannas asele ' +
  'arjeplog arvidsjaur boden gallivare haparanda jokkmokk kalix kiruna lulea pajala pitea alvsbyn overkalix overtornea';

/** Regions whose domain does not begin with "region" (the rest do: regionstockholm.se, regionjh.se …). */
const REGION_DOMAINS = ['vgregion.se', 'rjl.se', 'skane.se', 'sll.se', 'ltdalarna.se', 'lvn.se', 'norrbotten.se', 'regionorebrolan.se'];

const STATE_AGENCIES =
  'skolverket skolinspektionen socialstyrelsen folkhalsomyndigheten ivo trafikverket lansstyrelsen lm boverket naturvardsverket msb forsakringskassan arbetsformedlingen skatteverket polisen migrationsverket kriminalvarden domstol jo regeringskansliet kammarkollegiet scb riksarkivet upphandlingsmyndigheten av livsmedelsverket jordbruksverket skogsstyrelsen tillvaxtverket ehalsomyndigheten tlv sbu spsm do imy havochvatten energimyndigheten skr mfd transportstyrelsen kulturradet mcf dom esv konkurrensverket sametinget val sgu pensionsmyndigheten kronofogden bolagsverket lantmateriet vr';

const MEDIA =
  'svt.se sr.se tv4.se dn.se svd.se gp.se expressen.se aftonbladet.se sydsvenskan.se hd.se op.se folkbladet.nu vk.se nt.se corren.se unt.se na.se nwt.se bt.se smp.se barometern.se st.nu allehanda.se dt.se hn.se hallandsposten.se jp.se kristianstadsbladet.se ystadsallehanda.se norran.se ljusnan.se gd.se lt.se tt.se mitti.se nsd.se kuriren.nu ttela.se ekuriren.se helagotland.se ltz.se helahalsingland.se ostran.se';

const UNIONS =
  'kommunal.se vision.se sverigeslarare.se lararforbundet.se lr.se akademssr.se saco.se tco.se lo.se vardforbundet.se slf.se unionen.se ledarna.se sverigesingenjorer.se ifmetall.se byggnads.se seko.se handels.se hrf.se transport.se naturvetarna.se akavia.se dik.se fysioterapeuterna.se fackforbundetst.se';

/** The words a Swedish newsroom's name is made of, as a domain label's head or start. */
const NEWSROOM = /(nytt|nyheter(na)?|tidning(en)?|posten|kuriren|bladet|allehanda|dagblad(et)?|journalen|radio)$|^(nyheter|radio|tidning)/;

const municipalitySet = new Set(MUNICIPALITIES.split(' '));
const agencySet = new Set(STATE_AGENCIES.split(' '));
const mediaSet = new Set(MEDIA.split(' '));
const unionSet = new Set(UNIONS.split(' '));

// Not riksdagen.se: members of parliament write from it as party politicians, not as an authority.

/** A sender domain's kind of organisation, from the lists above; null when unknown (a company, an association …). */
export type OrgKind = 'authority' | 'media' | 'union';

function registrable(domain: string): string {
  const parts = domain.split('.');
  return parts.slice(-2).join('.');
}

/**
 * An authority's functional mailbox, whatever its domain: a member municipality or a partner in a
 * gemensam nämnd we do not list still writes from kommunstyrelsen@, registrator@ or a nämnd's address.
 */
const AUTHORITY_MAILBOX = /^(kommunstyrelsen|kommunen|kommun|registrator|registraturen?|diariet?|kommunkansliet|kansliet|stadsledningskontoret|kommunledningskontoret|regionstyrelsen|overformyndar\w*|[a-z]+namnden|[a-z]+forvaltningen)$/;

/** The kind of an outside sender: by its domain, else an authority's functional mailbox. */
export function senderOrgKind(local: string, domain: string): OrgKind | null {
  return orgKindOf(domain) ?? (AUTHORITY_MAILBOX.test(local) ? 'authority' : null);
}

/** orgKindOf's answers by domain (a mailbox's senders repeat); emptied when full, so it stays small. */
const kindByDomain = new Map<string, OrgKind | null>();
const KIND_CACHE_MAX = 4096;

export function orgKindOf(domain: string): OrgKind | null {
  let kind = kindByDomain.get(domain);
  if (kind === undefined) {
    kind = lookUpOrgKind(domain);
    if (kindByDomain.size >= KIND_CACHE_MAX) kindByDomain.clear();
    kindByDomain.set(domain, kind);
  }
  return kind;
}

function lookUpOrgKind(domain: string): OrgKind | null {
  if (!domain) return null;
  const base = registrable(domain);
  if (mediaSet.has(base)) return 'media';
  if (unionSet.has(base)) return 'union';
  if (!base.endsWith('.se')) return null;
  // A local newsroom we do not list names itself by the press's own words (bergslagsnytt.se, kustbladet.se).
  if (NEWSROOM.test(base.slice(0, -3))) return 'media';
  const label = base.slice(0, -3);
  if (agencySet.has(label) || REGION_DOMAINS.includes(base) || label.startsWith('region')) return 'authority';
  const name = label.replace(/(kommun|stad)$/, '').replace(/^(kommun|stad)/, '');
  if (municipalitySet.has(name) || (name.endsWith('s') && municipalitySet.has(name.slice(0, -1)))) return 'authority';
  return null;
}

/** How many municipalities the list names (Håbo and Habo fold to the same "habo"). */
export const MUNICIPALITY_COUNT = MUNICIPALITIES.split(' ').length;
