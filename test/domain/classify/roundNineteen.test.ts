// Tests for round nineteen (postvakt-model/2.18.0): a kinship word as the sender's name, a party branch's address among the owner's recipients, the role's default for an authority's asking letter and for one the registrar receives too, a written answer asked for, and friends' leisure.

import { extractFeatures } from '../../../src/domain/classify/features';
import { ROLE_DEFAULT_EVIDENCE, roleDefault } from '../../../src/domain/classify/positive';
import type { Scored } from '../../../src/domain/classify/score';
import { featureIds, KRONOBERG, message, OWNER, verdictOf } from './support';

/** An authority's letter whose only evidence is its sender, weighed below what decides alone (as a fold of LOO weighs it). */
const authorityOnly = (weight: number): Scored => ({
  totals: { registrera: weight, gallra_ej_allman: 0, gallra_ringa: 0 },
  shippedTotals: { registrera: weight, gallra_ej_allman: 0, gallra_ringa: 0 },
  hits: [{ id: 'roll.myndighet', x: 1, leaning: 'registrera', weight, label: 'roll.myndighet', subtype: 'myndighet', evidence: '', quoted: false }],
  learnedIds: [],
});

describe('a private sender whose display name is a kinship word', () => {
  const boat = { subject: 'Båten', text: 'Catarina, båten måste upp före helgen. Kan Anders hjälpa till på lördag?' };

  it.each(['Pappa', 'Mormor', 'farbror'])('is a relative when the name is "%s"', (name) => {
    const m = message({ ...boat, fromAddress: 'rune.wallin@telia.com' });
    m.from = { name, address: 'rune.wallin@telia.com' };
    expect(featureIds(m)).toContain('struktur.anhorig');
    expect(verdictOf(m).category).toBe('gallra_ej_allman');
  });

  it('is not one by a first name, a kinship word inside a longer name, or from a company address', () => {
    for (const [name, address] of [
      ['Rune Wallin', 'rune.wallin@telia.com'],
      ['Pappa Rune', 'rune.wallin@telia.com'],
      ['Pappa', 'rune@wallinsbygg.se'],
    ]) {
      const m = message({ ...boat, fromAddress: address });
      m.from = { name, address };
      expect(featureIds(m)).not.toContain('struktur.anhorig');
    }
  });
});

describe("the owner's reply to a party branch's address", () => {
  const reply = (to: string) =>
    message({
      subject: 'SV: Ang. avgiften',
      text: 'Ingvar, kort: nämnden beslutar om avgiften i december enligt förslaget, och förvaltningen har räknat på det.',
      fromAddress: OWNER.address,
      toRecipients: [{ name: 'Ingvar', address: to }],
    });

  it('is no letter in the role to someone outside', () => {
    expect(featureIds(reply('ingvar.sjodin@sd-kronoberg.se'))).not.toContain('struktur.svar_i_uppdraget');
    expect(verdictOf(reply('ingvar.sjodin@sd-kronoberg.se')).category).not.toBe('registrera');
  });

  it('still is one to a company outside', () => {
    expect(featureIds(reply('ingvar.sjodin@sjodinsbygg.se'))).toContain('struktur.svar_i_uppdraget');
  });
});

describe("the role's default for letters from outside", () => {
  it("registers another authority's letter that asks, with nothing else to go on", () => {
    const v = verdictOf(message({ subject: 'Lägesbild', text: 'Regionen ombeds rapportera lägesbild kl 08 och 20 varje dag från och med i kväll.', fromAddress: 'krisberedskap@lansstyrelsen.se' }));
    expect(v.category).toBe('registrera');
    expect(v.reasons.map((r) => r.evidence)).toContain(ROLE_DEFAULT_EVIDENCE);
  });

  it("registers an authority's letter that asks even when its sender alone weighs too little to decide", () => {
    const both = [{ name: OWNER.name, address: OWNER.address }, { name: 'Växjö kommun', address: 'kommun@vaxjo.se' }];
    const asks = message({ subject: 'Lägesbild', text: 'Regionen ombeds rapportera lägesbild kl 08 och 20 varje dag från och med i kväll.', fromAddress: 'krisberedskap@lansstyrelsen.se', toRecipients: both });
    expect(roleDefault(authorityOnly(1.2), extractFeatures(asks, KRONOBERG, OWNER))).toBe(true);
    const tells = message({ subject: 'Väg 1054', text: 'Väg 1054 är avstängd mellan Åkerselet och Tallnäs. Omledning via väg 363.', fromAddress: 'trafikledning@trafikverket.se', toRecipients: both });
    expect(roleDefault(authorityOnly(1.2), extractFeatures(tells, KRONOBERG, OWNER))).toBe(false);
  });

  it("leaves an authority's notice that asks nothing osäker", () => {
    expect(verdictOf(message({ subject: 'Väg 1054', text: 'Väg 1054 är avstängd mellan Åkerselet och Tallnäs. Omledning via väg 363.', fromAddress: 'trafikledning@trafikverket.se' })).category).toBe('osaker');
  });

  it('registers a letter from outside that the registrar receives too, with the owner on copy', () => {
    const letter = (to: string) =>
      message({
        subject: 'Nexora Systems AB ./. Region Kronoberg',
        text: 'Vi företräder Nexora Systems AB i tvisten om leveransen och återkommer med underlag.',
        fromAddress: 'robert.ohlin@bergohlin.se',
        toRecipients: [{ name: 'Mottagare', address: to }],
        ccRecipients: [{ name: OWNER.name, address: OWNER.address }],
      });
    const v = verdictOf(letter('region@kronoberg.se'));
    expect(v.category).toBe('registrera');
    expect(v.reasons.map((r) => r.evidence)).toContain(ROLE_DEFAULT_EVIDENCE);
    expect(verdictOf(letter('nils.berg@bergohlin.se')).category).toBe('osaker');
  });
});

describe('a written answer asked for', () => {
  it('is a matter, from a colleague or from outside', () => {
    for (const fromAddress of ['anders.thorn@kronoberg.se', 'styrelsen@centrumforeningen.se']) {
      const v = verdictOf(message({ subject: 'Inför ägardialogen', text: 'Hej Karin, jag vill ha ett skriftligt svar från styrelsen senast den 1 december.', fromAddress }));
      expect(v.category).toBe('registrera');
      expect(v.reasons.map((r) => r.rule).join(' ')).toContain('skriftligt svar begärs');
    }
  });

  it('is no sign in a newsletter', () => {
    const m = message({ subject: 'Nyheter', text: 'Vi vill ha ett skriftligt svar från alla kommuner, skriver förbundet.', fromAddress: 'nyheter@tidningen.se' });
    m.internetMessageHeaders = [{ name: 'List-Unsubscribe', value: '<mailto:av@tidningen.se>' }];
    expect(featureIds(m).filter((id) => id.startsWith('arende.'))).toEqual([]);
  });
});

describe("friends' leisure from a private address", () => {
  it.each([
    ['tack för igår', 'Jimmy! Tack för pubquizen, vi får ta revansch nästa torsdag. Och du är skyldig mig en öl'],
    ['yoga', 'Ses vi på yogan ikväll? Jag tar med matta till dig'],
    ['Loppis', 'Hej vännen! Jag har fått ett bord på julloppisen i Storvik den 28/11, vill du dela?'],
  ])('is private: "%s"', (subject, text) => {
    expect(verdictOf(message({ subject, text, fromAddress: 'lg.wikstrom@outlook.com' })).category).toBe('gallra_ej_allman');
  });
});

describe("an agency's name borrowed in a sender's domain", () => {
  it.each(['kronofogden-e-tjanst.com', 'csn-studiestod.com', 'jordbruksverket-utbetalning.com'])('is phishing from %s with a link', (domain) => {
    const v = verdictOf(message({ subject: 'Betalningsföreläggande', text: 'Du har en obetald skuld. Läs beslutet: https://' + domain + '/mal/26-4182', fromAddress: `delgivning@${domain}` }));
    expect(v.category).toBe('gallra_ringa');
    expect(v.flags).toContain('phishing');
  });

  it("is not from the agency's own domain", () => {
    expect(verdictOf(message({ subject: 'Betalningsföreläggande', text: 'Du har en obetald skuld. Läs beslutet: https://kronofogden.se/mal/26-4182', fromAddress: 'delgivning@kronofogden.se' })).flags).not.toContain('phishing');
  });
});

describe('a close call between an attachment from outside and private words', () => {
  it('stays osäker: an attachment alone does not settle it', () => {
    const m = message({ subject: 'Bilder från bröllopet!', text: 'Hej fina! Här kommer några bilder från i lördags. Tack för att ni kom', fromAddress: 'frida.lund@icloud.com' });
    m.attachments = [{ name: 'IMG_0211.jpg', contentType: 'image/jpeg', size: 2_400_000 }];
    expect(featureIds(m)).toEqual(expect.arrayContaining(['struktur.bilaga_utifran', 'stam.privat']));
    expect(verdictOf(m).category).not.toBe('registrera');
  });
});

describe("another authority's decision to propose", () => {
  it('is a proposal to the body', () => {
    const m = message({
      subject: 'Avgift trygghetslarm',
      text: 'Hej Karin, socialnämnden i Kärrnäs beslutade i går att föreslå förbundsdirektionen att larmavgiften sätts ned från 1 april.',
      fromAddress: 'pirjo.salo@karrnas.se',
    });
    expect(featureIds(m)).toContain('forslag_till_namnden.0');
  });
});

describe("the administration's letter under a bare diarienummer", () => {
  const report = (ref: string) =>
    message({ subject: 'Avvikelse: felaktig löneutbetalning', text: `Hej Karin, som ordförande får du enligt rutinen en sammanfattning; den fullständiga rapporten ligger i ärendet (${ref}).`, fromAddress: 'tobias.rehn@kronoberg.se' });

  it('is a document in a matter, as under "dnr"', () => {
    expect(featureIds(report('GSN 2026/77'))).toContain('struktur.handling_fran_forvaltningen');
    expect(featureIds(report('dnr GSN 2026/77'))).toContain('struktur.handling_fran_forvaltningen');
  });

  it('is not one without a series and year', () => {
    expect(featureIds(report('nummer 77'))).not.toContain('struktur.handling_fran_forvaltningen');
  });
});

describe("a signature's disclaimer about the offentlighetsprincip", () => {
  const kallelse = (signature: string) =>
    message({ subject: 'Förhinder 13/11', text: `Hej, meddela förhinder till styrelsemötet senast fredag.\n\n--\nGråsjö Flygplats AB\n${signature}`, fromAddress: 'jenny.wallin@kronoberg.se' });

  it.each(['Gråsjö Flygplats AB är ett kommunalt bolag och omfattas av offentlighetsprincipen.', 'E-post till kommunen kan bli allmän handling och lämnas ut enligt offentlighetsprincipen.'])('is no request for records: "%s"', (signature) => {
    expect(featureIds(kallelse(signature)).filter((id) => id.startsWith('begaran_allman_handling'))).toEqual([]);
  });

  it('leaves a request that cites the principle one', () => {
    const m = message({ subject: 'Handlingar', text: 'Med stöd av offentlighetsprincipen vill jag se protokollen från oktober.', fromAddress: 'per.holm@bredband.net' });
    expect(featureIds(m)).toContain('begaran_allman_handling.0');
  });
});

describe('advertising words', () => {
  const offer = (fromAddress: string) => message({ subject: 'Landningsavgifter', text: 'NordAir vill ha 35 % rabatt på startavgifterna i 18 månader.', fromAddress });

  it('count from a seller outside', () => {
    expect(featureIds(offer('sales@nordair.se'))).toContain('reklam.0');
  });

  it("do not count in the staff's own mail about a counterparty's offer", () => {
    expect(featureIds(offer('helena.brandt@kronoberg.se'))).not.toContain('reklam.0');
  });
});
