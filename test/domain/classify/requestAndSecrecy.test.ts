// svar_kravs beyond the citizen's question (deadlines, confirmations, the party group's questions, never private or mass mail) and sekretess for an identifiable person's matter.

import { detectSekretess } from '../../../src/domain/classify/sekretess';
import { OWNER, message, verdictOf } from './support';

describe('svar_kravs', () => {
  it.each([
    ['a staff member asks the chair to justera by a day', 'lars.holm@kronoberg.se', 'Protokoll folkhälsonämnden', 'Protokollet är klart. Justera gärna digitalt senast onsdag i Netpublicator.'],
    ['an authority wants a report by a date, without a question mark', 'registrator@lansstyrelsen.se', 'Tillsyn av alkoholserveringen', 'Nämnden ska redovisa vilka åtgärder som vidtagits senast 15 mars 2027.'],
    ['a group colleague asks what the owner thinks before the nämnd', 'olle.berg@kronoberg.se', 'Inför nämnden', 'Karin, vi yrkar återremiss på ärende 6 om vårdcentralerna. Står du bakom det?'],
  ])('is flagged when %s', (_, fromAddress, subject, text) => {
    expect(verdictOf(message({ fromAddress, subject, text })).flags).toContain('svar_kravs');
  });

  it('is not flagged on private mail with a question', () => {
    const v = verdictOf(message({ fromAddress: 'pia.ek@telia.com', subject: 'ikväll', text: 'Tar du hämtningen på fritids? Jag jobbar sent.' }));
    expect(v.flags).not.toContain('svar_kravs');
  });

  it('is flagged on an open letter to every member of the fullmäktige that demands something (round thirteen)', () => {
    const v = verdictOf(
      message({
        toRecipients: [{ name: 'RF ledamöter', address: 'rf-ledamoter@kronoberg.se' }],
        subject: 'Öppet brev om nattöppna akuten',
        text: 'Till samtliga ledamöter i regionfullmäktige. Vi kräver att akuten i Ljungby hålls öppen på nätterna.',
      }),
    );
    expect(v.flags).toContain('massutskick');
    expect(v.flags).toContain('svar_kravs');
  });

  it('is not flagged on an open letter to every member that only informs', () => {
    const v = verdictOf(
      message({
        toRecipients: [{ name: 'RF ledamöter', address: 'rf-ledamoter@kronoberg.se' }],
        subject: 'Öppet brev om nattöppna akuten',
        text: 'Till samtliga ledamöter i regionfullmäktige. Vi har samlat 2 300 namn för akuten i Ljungby och lämnade dem till regionen i fredags.',
      }),
    );
    expect(v.flags).not.toContain('svar_kravs');
  });
});

describe('sekretess', () => {
  it.each([
    ['hälsa', 'Min svärmor har diabetes och fick fel insulin två gånger på korttidsboendet.'],
    ['hälsa', 'Jag är sjukskriven för depression sedan i våras och får inga svar från mottagningen.'],
    ['socialtjänst', 'Vår granne, en man på 80 år, klarar sig inte längre och har ingen hemtjänst.'],
    ['elevärende', 'Min dotter har fått löfte om en specialpedagog men ingen stöd i skolan har kommit.'],
  ])('answers %s for an identifiable person\'s matter', (kind, text) => {
    expect(detectSekretess(text)?.kind).toBe(kind);
  });

  it('answers sekretess for a procurement bid sent by e-mail', () => {
    expect(detectSekretess('Härmed lämnar Nordvård AB anbud i upphandling av hemtjänst, se bifogad fil.')?.kind).toBe('sekretess');
  });

  it.each([
    'Antalet personer med diabetes i länet har ökat med 4 procent enligt rapporten.',
    'Kallelse: handlingarna finns i mötesverktyget, sekretessmarkerade ärenden visas med hänglås.',
    'Nämnden diskuterade hur hemtjänsten ska planeras under 2027.',
  ])('finds nothing in statistics, policy or a meeting notice: %s', (text) => {
    expect(detectSekretess(text)).toBeNull();
  });

  it('does not flag the owner\'s own note without sensitive content', () => {
    expect(verdictOf(message({ fromAddress: OWNER.address, subject: 'Att göra', text: 'Ring Olle om budgeten.' })).flags).not.toContain('sekretess');
  });
});
