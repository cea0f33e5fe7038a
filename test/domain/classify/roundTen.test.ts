// Tests for round ten (postvakt-model/2.9.0): the organisation's names with å/ä/ö, word boundaries between groups, a leave-one-out's safety checks on its own weights.

import { readFileSync } from 'fs';
import { join } from 'path';
import { buildClassifyContext, classify, modelInputs } from '../../../src/domain/classify';
import { namesOrganisation } from '../../../src/domain/classify/features';
import { shippedWeights } from '../../../src/domain/classify/model';
import { parseCorpus } from '../../../src/domain/corpus';
import { profileForOrganization } from '../../../src/domain/policy';
import { wordRe } from '../../../src/domain/text/words';
import type { MailMessage, MailboxOwner } from '../../../src/domain/types';
import { message } from './support';
import { extractFeatures } from '../../../src/domain/classify/features';
import { publicRecordSign } from '../../../src/domain/classify/safety';
import { findPersonnummer } from '../../../src/domain/classify/personnummer';

/** An imaginary coastal municipality whose domain spells its name without å, ä and ö. */
const SALTOSUND = profileForOrganization({
  id: 'saltosund-test',
  name: 'Saltösunds kommun',
  politicianDomain: 'politik.saltosund.se',
  orgDomains: ['saltosund.se'],
  registrar: { name: 'Registrator', address: 'diariet@saltosund.se' },
});
const HARNOSAND = profileForOrganization({ id: 'harnosand-test', name: 'Härnösands kommun', politicianDomain: '', orgDomains: ['harnosand.se'], registrar: { name: 'Registrator', address: 'kommun@harnosand.se' } });
const BRANNE = profileForOrganization({ id: 'branne-test', name: 'Brännés kommun', politicianDomain: '', orgDomains: ['brannes.se'], registrar: { name: 'Registrator', address: 'kommun@brannes.se' } });

describe('the organisation named in text', () => {
  it('is found when the text writes å, ä or ö where the domain has a or o', () => {
    expect(namesOrganisation('vi som bor i saltösund undrar över hamnen', SALTOSUND)).toBe(true);
    expect(namesOrganisation('till härnösands kommun', HARNOSAND)).toBe(true);
    expect(namesOrganisation('brännés skolor', BRANNE)).toBe(true);
  });

  it('is still found as the domain spells it', () => {
    expect(namesOrganisation('saltosund.se/kontakt', SALTOSUND)).toBe(true);
    expect(namesOrganisation('harnosand', HARNOSAND)).toBe(true);
  });

  it('is not found for another place that differs in more than those letters', () => {
    expect(namesOrganisation('vi som bor i saltsund undrar', SALTOSUND)).toBe(false);
    expect(namesOrganisation('härnösund', HARNOSAND)).toBe(false);
    expect(namesOrganisation('ingen ort alls', BRANNE)).toBe(false);
  });
});

describe('a word boundary written between two groups', () => {
  it('matches after a group that ends in a word and before one that begins with a non-word', () => {
    const re = wordRe(String.raw`(skola|förskola)\b(,| och)`);
    expect(re.test('förskola, fritids')).toBe(true);
    expect(re.test('skola och omsorg')).toBe(true);
  });

  it('matches before a group that begins with a word after one that ends in a non-word', () => {
    expect(wordRe(String.raw`(nr )\b(\d+)`).test('ärende nr 12')).toBe(true);
  });

  it('does not match inside a word', () => {
    const re = wordRe(String.raw`(skola|förskola)\b(,| och|n)`);
    expect(re.test('skolan')).toBe(false);
    expect(wordRe(String.raw`(skol)\b(a)`).test('skola')).toBe(false);
  });
});

describe('a leave-one-out refit', () => {
  const { corpus } = parseCorpus(readFileSync(join(__dirname, '../../fixtures/corpus/dev.json'), 'utf8'));
  const shipped = shippedWeights();
  /** Per message: its verdict when a refit has taken every registrera feature it has to zero, read as a person's learning and as a refit. */
  const runs = corpus!.mailboxes.flatMap((box) => {
    const profile = profileForOrganization(corpus!.organizations.find((o) => o.id === box.organization)!);
    const base = buildClassifyContext({ ...box.owner, roles: box.roles, party: box.party }, box.messages);
    return box.messages.flatMap((m) => {
      const hits = modelInputs(m, profile, base) ?? [];
      const learned = Object.fromEntries(hits.filter((h) => h.leaning === 'registrera').map((h) => [h.id, -(shipped[h.id] ?? 0) - 1]));
      if (!Object.keys(learned).length) return [];
      return [{ id: m.id, learning: classify(m, profile, { ...base, learned }).category, refit: classify(m, profile, { ...base, learned, refit: true }).category }];
    });
  });

  it('holds a purge on the refit\'s weights, not on the shipped weights that saw the organisation', () => {
    // Learning cannot remove a safety doubt; a refit is the model itself, so its doubts are its own.
    const differ = runs.filter((r) => r.learning !== r.refit);
    expect(differ.length).toBeGreaterThan(0);
    expect(differ.every((r) => r.learning === 'osaker' && r.refit.startsWith('gallra'))).toBe(true);
  });

  it('changes nothing when the refit equals the shipped weights', () => {
    const box = corpus!.mailboxes[0];
    const profile = profileForOrganization(corpus!.organizations.find((o) => o.id === box.organization)!);
    const base = buildClassifyContext({ ...box.owner, roles: box.roles, party: box.party }, box.messages);
    for (const m of box.messages) expect(classify(m, profile, { ...base, learned: {}, refit: true })).toEqual(classify(m, profile, base));
  });
});

/** The chair of Saltösund's samhällsbyggnadsnämnd, on the politicians' subdomain. */
const ELSA: MailboxOwner = { name: 'Elsa Strand', address: 'elsa.strand@politik.saltosund.se', roles: ['ordförande, samhällsbyggnadsnämnden', 'ledamot, kommunfullmäktige'], party: 'Centerpartiet' };
const toElsa = [{ name: ELSA.name, address: ELSA.address }];
const inSaltosund = (m: MailMessage) => classify(m, SALTOSUND, buildClassifyContext(ELSA, []));
const featureIdsIn = (m: MailMessage) => (modelInputs(m, SALTOSUND, buildClassifyContext(ELSA, [])) ?? []).map((h) => h.id);
const pdf = (name: string) => ({ name, contentType: 'application/pdf', size: 90_000 });
/** The safety rule's sign for `m` had the model proposed purging it as `subtype` (the owner's office is "ordförande"). */
const signFor = (m: MailMessage, subtype: string) =>
  publicRecordSign(m, extractFeatures(m, SALTOSUND, ELSA), SALTOSUND, subtype, () => findPersonnummer(m.body.content).length > 0, (l) => l.includes('som ordförande'));

describe('a purge proposal held by a sign of a public record in general form', () => {
  it('holds an English offer written to the owner by name with a document attached', () => {
    const m = message({
      from: { name: 'Anna Keller', address: 'a.keller@harbourliving-gmbh.de' },
      toRecipients: toElsa,
      subject: 'Proposal: floating homes at the old ferry quay',
      text: 'Dear Ms Strand,\n\nAs discussed at the fair, we would like to propose a joint study of floating homes at the old ferry quay. Our outline agreement is attached for your review and we look forward to your thoughts on the next step.\n\nKind regards,\nAnna Keller\nBusiness Development',
      attachments: [pdf('Outline_agreement_floating_homes.pdf')],
    });
    expect(inSaltosund(m).category).not.toMatch(/^gallra/);
  });

  it('still purges English bulk to many recipients without a document', () => {
    const m = message({
      from: { name: 'Growth Team', address: 'news@rankfaster-online.net' },
      toRecipients: [...toElsa, { name: 'x', address: 'info@politik.saltosund.se' }],
      subject: 'Boost your ranking this week',
      text: 'Dear friend, our new package will boost your website ranking. Get the best results with our team today, click here to order now and save 50 percent on all plans this month only.',
    });
    expect(inSaltosund(m).category).toBe('gallra_ringa');
  });

  it('holds another municipality\'s excerpt of a decision sent to the owner', () => {
    const m = message({
      from: { name: 'Nils Ek', address: 'nils.ek@grannby.se' },
      toRecipients: toElsa,
      subject: 'Grannbys beslut om gemensam VA-plan',
      text: 'Hej,\nGrannbys tekniska nämnd har i dag ställt sig bakom den gemensamma planen. Utdraget bifogas.\nNils',
      attachments: [pdf('Utdrag_TN_2026-11-20.pdf')],
    });
    expect(inSaltosund(m).category).not.toMatch(/^gallra/);
    expect(signFor(m, 'kopia_for_kannedom')).toContain('Utdrag_TN');
    // The organisation's own copy of what it registered stays a copy.
    expect(signFor({ ...m, from: { name: 'Kansliet', address: 'kansliet@saltosund.se' } }, 'kopia_for_kannedom')).toBeNull();
  });

  it('holds a request for public records passed on by the organisation\'s own lawyer', () => {
    const m = message({
      from: { name: 'Jonas Lund', address: 'jonas.lund@saltosund.se' },
      toRecipients: toElsa,
      subject: 'Begäran om utlämnande av allmän handling – dina sms och mejl om kajen',
      text: 'Hej Elsa,\nen journalist har begärt ut din korrespondens om kajen. Skicka allt du har till mig senast torsdag, även utkast.\nJonas Lund, kommunjurist',
    });
    expect(inSaltosund(m).category).not.toMatch(/^gallra/);
  });

  it('holds a union\'s request to the owner in her office, but not the union\'s member mail', () => {
    const ask = message({
      from: { name: 'Kim Berg', address: 'kim.berg@vision.se' },
      toRecipients: toElsa,
      subject: 'Oro på bygglovsenheten',
      text: 'Hej Elsa,\nmånga handläggare är slitna. Kan du som ordförande lyfta i nämnden att enheten behöver förstärkas?\nKim, Vision',
    });
    expect(inSaltosund(ask).category).not.toMatch(/^gallra/);
    expect(signFor(ask, 'fackligt')).toContain('fackförbund');
    const members = message({
      from: { name: 'Vision Saltösund', address: 'saltosund@vision.se' },
      toRecipients: toElsa,
      subject: 'Medlemsträff i december',
      text: 'Hej medlem!\nVälkommen på medlemsträff med glögg den 10 december. Anmäl dig till Kim senast fredag.\nStyrelsen, Vision Saltösund',
    });
    expect(inSaltosund(members).category).toBe('gallra_ej_allman');
    expect(signFor(members, 'fackligt')).toBeNull();
  });

  it('holds a letter that carries a person\'s personnummer', () => {
    const m = message({
      from: { name: 'Ola Sten', address: 'ola.sten@saltosund.se' },
      toRecipients: toElsa,
      subject: 'Min situation',
      text: 'Hej Elsa,\njag jobbar på hemtjänsten och min son får stöd enligt LSS. Om vi flyttas kan jag inte hämta honom i tid. Säg inget till min chef. Hans personnummer är 150306-2646 om det behövs.\nOla',
    });
    expect(inSaltosund(m).category).not.toMatch(/^gallra/);
    expect(signFor(m, 'privat')).toBe('uppgifter om en enskild person');
    // A kallelse that happens to carry one is an announcement, not a person's matter.
    expect(signFor(m, 'kallelse')).toBeNull();
  });

  it('holds the owner\'s own reply to a company, not only the administration\'s', () => {
    const m = message({
      from: { name: ELSA.name, address: ELSA.address },
      toRecipients: [{ name: 'Pia Holm', address: 'pia.holm@kajbyggarna.se' }],
      subject: 'Sv: Tack för mötet + middag',
      text: 'Hej Pia,\ntack, men jag avböjer middagen så länge vi förhandlar om markanvisningen. Vi ses gärna på ett vanligt möte.\nElsa',
    });
    expect(inSaltosund(m).category).not.toMatch(/^gallra/);
  });
});

describe('party and private mail by structure', () => {
  it('reads a local branch\'s own domain with the party\'s name in it as a party sender', () => {
    const m = message({ from: { name: 'Moderaterna Saltösund', address: 'info@moderaterna-saltosund.se' }, toRecipients: toElsa, subject: 'Julfika', text: 'Hej! Välkommen på julfika i partilokalen på lördag. Ta med en vän.' });
    expect(extractFeatures(m, SALTOSUND, ELSA).senderKind).toBe('party');
    expect(inSaltosund(m).category).toBe('gallra_ej_allman');
  });

  it('does not read a company or a place with a hyphen as a party', () => {
    for (const address of ['info@saltosund-energi.se', 'info@partiet-tryck.se', 'info@s-bygg.se']) {
      expect(extractFeatures(message({ from: { name: 'X', address }, toRecipients: toElsa, text: 'Hej' }), SALTOSUND, ELSA).senderKind).not.toBe('party');
    }
  });

  it('reads the owner\'s note from a private address with the official local part as her own note', () => {
    const m = message({ from: { name: 'Elsa', address: 'elsa.strand@hotmail.com' }, toRecipients: toElsa, subject: 'att göra', text: 'ring kajbyggarna om arrendet. kolla PBL 5 kap om sakägare. köp mjölk!' });
    const f = extractFeatures(m, SALTOSUND, ELSA);
    expect(f.fromOwnerPrivately).toBe(true);
    expect(inSaltosund(m).category).not.toBe('registrera');
  });

  it('finds the owner\'s names in a private address that spells å, ä, ö as a and o', () => {
    const owner: MailboxOwner = { ...ELSA, name: 'Kjell Lövgren', address: 'kjell.lovgren@politik.saltosund.se' };
    const m = message({ from: { name: 'K', address: 'lovgren.kjell@gmail.com' }, toRecipients: [{ name: owner.name, address: owner.address }], text: 'frågor till mötet' });
    expect(extractFeatures(m, SALTOSUND, owner).fromOwnerPrivately).toBe(true);
  });

  it('does not take a relative with the same surname for the owner', () => {
    const m = message({ from: { name: 'Britt', address: 'britt.strand@gmail.com' }, toRecipients: toElsa, text: 'Middag på söndag?' });
    expect(extractFeatures(m, SALTOSUND, ELSA).fromOwnerPrivately).toBe(false);
  });
});

describe('more party and record structure', () => {
  it('reads a short party name beside the organisation\'s place as a party domain, not beside another word', () => {
    const kind = (address: string) => extractFeatures(message({ from: { name: 'X', address }, toRecipients: toElsa, text: 'Hej' }), SALTOSUND, ELSA).senderKind;
    expect(kind('ordf@sd-saltosund.se')).toBe('party');
    expect(kind('info@mp-bygg.se')).not.toBe('party');
  });

  it('registers the administration passing on a request for the owner\'s records', () => {
    const m = message({
      from: { name: 'Jonas Lund', address: 'jonas.lund@saltosund.se' },
      toRecipients: toElsa,
      subject: 'Din korrespondens med Kajbyggarna',
      text: 'Hej Elsa,\nLokaltidningen har begärt ut dina mejl med Kajbyggarna sedan augusti. Leta i alla mappar och skicka dem till mig senast fredag så gör vi sekretessprövningen.\nJonas Lund, kommunjurist',
    });
    expect(inSaltosund(m).category).toBe('registrera');
  });

  it('does not count the words in a newsletter from outside', () => {
    const m = message({ from: { name: 'Nyhetsbrev', address: 'nyheter@offentligt-forum.se' }, toRecipients: toElsa, subject: 'Veckans nyheter', text: 'Veckans tema: hur många har begärt ut handlingar hos kommunerna i år? Läs mer på vår webb.' });
    expect(featureIdsIn(m)).not.toContain('begaran_allman_handling.1');
  });
});
