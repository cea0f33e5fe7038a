// Each rule pinned with small hand-written messages for an organisation the rules were not written for (Region Kronoberg).

import { message, verdictOf, KRONOBERG } from './support';

describe('classify', () => {
  describe('when a citizen writes from gmail about the region\'s services', () => {
    it('answers registrera, flags svar_kravs and cites the rule with evidence', () => {
      const v = verdictOf(
        message({
          subject: 'Klagomål på vårdcentralen i Alvesta',
          text: 'Hej Karin! Jag skriver till dig eftersom du sitter i regionstyrelsen. Jag vill framföra ett klagomål på telefontiderna. Varför får man aldrig svar? Vem ansvarar för detta?\nMvh Anna',
        }),
      );
      expect(v.category).toBe('registrera');
      expect(v.flags).toContain('svar_kravs');
      expect(v.reasons[0].rule).toMatch(/^TF 2 kap\.: rör verksamheten/);
      expect(v.reasons[0].evidence).toMatch(/klagomål/i);
    });
  });

  describe('when a party newsletter mentions a remiss', () => {
    it('answers gallra_ej_allman because the sender is a party', () => {
      const v = verdictOf(
        message({
          fromAddress: 'nyhetsbrev@socialdemokraterna.se',
          subject: 'Veckobrev: vår syn på regeringens remiss om vården',
          text: 'Hej medlem! Regeringen har skickat ut en remiss om vårdens finansiering. Så här tycker partistyrelsen.',
          internetMessageHeaders: [{ name: 'List-Unsubscribe', value: '<mailto:u@socialdemokraterna.se>' }],
        }),
      );
      expect(v.category).toBe('gallra_ej_allman');
      expect(v.subtype).toBe('partipolitiskt');
    });
  });

  describe('when an authority sends a remiss to the nämnd', () => {
    it('answers registrera', () => {
      const v = verdictOf(
        message({
          fromAddress: 'registrator@socialstyrelsen.se',
          subject: 'Remiss: Nationella riktlinjer för strokevård (dnr 4.1-1234/2026)',
          text: 'Till nämnden för folkhälsa och sjukvård, Region Kronoberg\nSocialstyrelsen remitterar härmed förslag till nationella riktlinjer. Svar senast den 1 mars 2027.',
        }),
      );
      expect(v.category).toBe('registrera');
      expect(v.subtype).toBe('remiss');
    });
  });

  describe('when a meeting tool sends a kallelse from the region\'s own domain', () => {
    it('answers gallra_ringa by the wording, not only the sender', () => {
      const v = verdictOf(
        message({
          fromAddress: 'noreply@kronoberg.se',
          subject: 'Kallelse: Regionstyrelsen 2026-12-08',
          html: '<p>Kallelse till sammanträde</p><p>Du kallas till sammanträde med regionstyrelsen.</p>',
          internetMessageHeaders: [{ name: 'Auto-Submitted', value: 'auto-generated' }],
        }),
      );
      expect(v.category).toBe('gallra_ringa');
      expect(v.subtype).toBe('kallelse');
      expect(v.reasons[0].rule).toMatch(/kallelse/);
    });
  });

  describe('when a party colleague shares a draft motion', () => {
    it('answers gallra_ej_allman (utkast)', () => {
      const v = verdictOf(
        message({
          fromAddress: 'per.holm@kronoberg.se',
          subject: 'Utkast motion om ambulansen i Tingsryd – synpunkter?',
          text: 'Hej! Här är mitt utkast till motion. Säg vad ni tycker, synpunkter senast fredag.',
        }),
      );
      expect(v.category).toBe('gallra_ej_allman');
      expect(v.subtype).toBe('utkast');
    });
  });

  describe('when a relative writes privately', () => {
    it('answers gallra_ej_allman (privat)', () => {
      const v = verdictOf(message({ subject: 'Middag', text: 'Hej mamma! Kommer ni på söndag? Kram Elsa' }));
      expect(v.category).toBe('gallra_ej_allman');
      expect(v.subtype).toBe('privat');
    });
  });

  describe('when a party colleague forwards a citizen\'s complaint', () => {
    it('does not propose a purge: the quoted complaint carries a public record', () => {
      const v = verdictOf(
        message({
          fromAddress: 'per.holm@kronoberg.se',
          subject: 'VB: Väntetider på akuten i Växjö',
          text: 'Karin – tar du den här? /Per\n\nFrån: Olle Berg <olle.berg@hotmail.com>\nSkickat: den 9 november 2026 20:11\nTill: Per Holm\nÄmne: Väntetider på akuten\n\nHej, jag vill lämna ett klagomål. Min pappa väntade i nio timmar. Vem ansvarar?',
        }),
      );
      expect(['registrera', 'osaker']).toContain(v.category);
    });
  });

  describe('when evidence is absent', () => {
    it('answers osaker and says why', () => {
      const v = verdictOf(message({ subject: 'Hej', text: 'Hej, hörs snart.' }));
      expect(v.category).toBe('osaker');
      expect(v.reasons[0].evidence).toMatch(/svaga belägg/);
    });
  });

  describe('when an automatic reply arrives', () => {
    it('answers gallra_ringa', () => {
      const v = verdictOf(message({ fromAddress: 'lisa.ny@kronoberg.se', subject: 'Automatiskt svar: Frågor', text: 'Jag är ledig till 1 december.' }));
      expect(v.category).toBe('gallra_ringa');
      expect(v.subtype).toBe('autosvar');
    });
  });

  describe('when a look-alike domain asks for credentials', () => {
    it('answers gallra_ringa and flags phishing', () => {
      const v = verdictOf(
        message({
          fromAddress: 'it@kronoberg-mail.com',
          subject: 'Din brevlåda är full',
          text: 'Verifiera ditt konto inom 24 timmar: https://kronoberg-mail.com/login',
        }),
      );
      expect(v.category).toBe('gallra_ringa');
      expect(v.flags).toContain('phishing');
    });

    it('does not treat a local business named after the town as phishing', () => {
      const v = verdictOf(message({ fromAddress: 'info@kronobergbil.se', subject: 'Bokningsbekräftelse däckbyte', text: 'Tack för din bokning. Tid: tisdag. Däckhotell ingår.' }));
      expect(v.flags).not.toContain('phishing');
    });
  });

  describe('when the organisation writes to a large group address with a big file', () => {
    it('flags massutskick', () => {
      const v = verdictOf(
        message({
          fromAddress: 'kommunikation@kronoberg.se',
          toRecipients: [{ name: 'Alla förtroendevalda', address: 'alla-fortroendevalda@kronoberg.se' }],
          subject: 'Presentationer från politikerdagen',
          text: 'Hej alla! Här kommer presentationerna.',
          attachments: [{ name: 'presentationer.pptx', contentType: 'application/vnd.ms-powerpoint', size: 40 * 1024 * 1024 }],
        }),
      );
      expect(v.flags).toContain('massutskick');
      expect(v.category).toBe('gallra_ringa');
    });
  });

  describe('when an unknown private sender attaches a file', () => {
    it('flags okand_bilaga, unless the owner has written to the sender', () => {
      const m = message({ subject: 'Synpunkter på detaljplanen', text: 'Bifogar mina synpunkter på detaljplanen.', attachments: [{ name: 'synpunkter.pdf', contentType: 'application/pdf', size: 1000 }] });
      expect(verdictOf(m).flags).toContain('okand_bilaga');
      const sent = message({ fromAddress: 'karin.ek@kronoberg.se', toRecipients: [{ name: 'Anna', address: 'anna.svensson@gmail.com' }] });
      expect(verdictOf(m, [sent]).flags).not.toContain('okand_bilaga');
    });
  });

  describe('when a body is longer than the analysis cap', () => {
    it('names the cap in the reasons', () => {
      const v = verdictOf(message({ subject: 'Lång text', text: `Klagomål på vården. ${'bla '.repeat(80_000)}` }));
      expect(v.reasons.some((r) => /begränsad till de första \d+ tecknen/.test(r.rule))).toBe(true);
    });
  });

  describe('when the HTML has a hidden preheader', () => {
    it('reads it as text', () => {
      const v = verdictOf(
        message({ subject: 'Information', html: '<span style="display:none">Kallelse till sammanträde regionstyrelsen</span><p>Se nedan.</p>', fromAddress: 'noreply@kronoberg.se' }),
      );
      expect(v.subtype).toBe('kallelse');
    });
  });

  it('uses the profile\'s guideline reference when it has one', () => {
    const v = verdictOf(message({ fromAddress: 'nyhetsbrev@moderaterna.se', subject: 'Nyheter', text: 'Hej' }));
    expect(v.reasons[0].rule.startsWith(KRONOBERG.guidelineRef ?? 'TF 2 kap.')).toBe(true);
  });
});
