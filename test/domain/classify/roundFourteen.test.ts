// Tests for round fourteen (postvakt-model/2.13.0): the owner's own notes to herself, and the safety signs for negotiation minutes, proposals for decision, minutes attached and English letters to the organisation.

import { profileForOrganization } from '../../../src/domain/policy';
import { extractFeatures, namesOrganisation } from '../../../src/domain/classify/features';
import { publicRecordSign } from '../../../src/domain/classify/safety';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, OWNER, message, verdictOf } from './support';

const toSelf = (subject: string, text: string) => message({ fromAddress: OWNER.address, subject, text, toRecipients: [{ name: OWNER.name, address: OWNER.address }] });
const signOf = (m: MailMessage, subtype: string, profile = KRONOBERG) => publicRecordSign(m, extractFeatures(m, profile, OWNER), profile, subtype);
const pdf = (name: string) => [{ name, contentType: 'application/pdf', size: 80000 }];

describe("the owner's note to herself alone", () => {
  it('a draft of her own nämndinitiativ is not yet a record', () => {
    const v = verdictOf(toSelf('utkast initiativ gång- och cykelväg', 'Nämndinitiativ till nämnden för folkhälsa och sjukvård\n(ej klart – vänta till våren?)\n\nJag föreslår att nämnden ger förvaltningen i uppdrag att utreda en ny vårdcentral i Kronoberg.'));
    expect(v.category).toBe('gallra_ej_allman');
  });

  it('a to-do list naming a tender in the region is hers too, not held for the tender', () => {
    const v = verdictOf(toSelf('att göra', 'ring Sven om bussdepån\nleverantörens anbud i upphandlingen av sjukresor i Kronoberg – ta upp på AU\nhämta Elsa 16.30'));
    expect(v.category).toBe('gallra_ej_allman');
  });

  it('that carries a supplier\'s letter forwarded from elsewhere is not read as her own note', () => {
    const v = verdictOf(
      toSelf(
        'Fwd: från min privata – leverantör',
        'Till mig själv.\n\n---------- Forwarded message ---------\nFrom: Rikard Tell <rikard.tell@lyftteknik-syd.se>\nDate: tors 15 okt 2026 22:14\nSubject: trevligt att ses\nTo: karin.ek70@gmail.com\n\nHej Karin! Vi är intresserade av er upphandling av sjukresor i Kronoberg och har en lösning som är 15 % billigare. Lunch, helt informellt?',
      ),
    );
    expect(v.category).not.toBe('gallra_ej_allman');
    expect(v.category).not.toBe('gallra_ringa');
  });

  it('sent to herself and a colleague is no longer a note to herself alone', () => {
    const m = message({ fromAddress: OWNER.address, subject: 'utkast', text: 'Jag föreslår att nämnden utreder en ny vårdcentral.', toRecipients: [{ name: OWNER.name, address: OWNER.address }, { name: 'Olle', address: 'olle.berg@kronoberg.se' }] });
    expect(verdictOf(m).reasons[0]?.evidence).not.toBe('skickat till sig själv, inget annat brev i det');
  });
});

describe('minutes of a negotiation passed on for kännedom', () => {
  it('from the administration to a body hold a purge', () => {
    const m = message({ fromAddress: 'hr.chef@kronoberg.se', subject: 'Protokoll för kännedom', text: 'Till nämnden för kännedom.\n\nProtokoll fört vid förhandling mellan regionen och Vårdförbundet. § 1 Parterna gick igenom yrkandena.' });
    expect(signOf(m, 'kopia_for_kannedom')).toBe('ett förhandlingsprotokoll');
  });

  it('but a word about negotiations in a union newsletter is no such sign', () => {
    const m = message({ fromAddress: 'info@vardforbundet.se', subject: 'Medlemsnytt', text: 'Förhandlingarna om nya löner pågår. Vi återkommer med besked till alla medlemmar.' });
    expect(signOf(m, 'nyhetsbrev')).not.toBe('ett förhandlingsprotokoll');
  });
});

describe("the administration's proposal for a body's decision", () => {
  it('with its papers attached holds a purge as a copy', () => {
    const m = message({ fromAddress: 'tobias.lund@kronoberg.se', subject: 'Enkäten 2026 – resultat och förslag till beslut', text: 'Hej rådet, resultaten bifogas. Kopia till nämnden för kännedom.', attachments: pdf('Enkat_2026.pdf') });
    expect(signOf(m, 'kopia_for_kannedom')).toBe('förslag till beslut med handlingar');
  });

  it('without papers is not that sign', () => {
    const m = message({ fromAddress: 'tobias.lund@kronoberg.se', subject: 'Enkäten 2026 – resultat och förslag till beslut', text: 'Hej rådet, för kännedom.' });
    expect(signOf(m, 'kopia_for_kannedom')).toBeNull();
  });
});

describe('a body’s minutes attached', () => {
  it('hold a purge from outside the organisation', () => {
    const m = message({ fromAddress: 'styrelsen@vattenbolaget-syd.se', subject: 'Justerat protokoll', text: 'Justerat protokoll bifogas.', attachments: pdf('Protokoll_styrelsen_2026-10-20.pdf') });
    expect(signOf(m, 'justering')).toContain('bifogar en handling i ett ärende');
  });

  it('but not a draft of them', () => {
    const m = message({ fromAddress: 'styrelsen@vattenbolaget-syd.se', subject: 'Protokoll', text: 'Utkastet bifogas.', attachments: pdf('Protokoll_utkast.pdf') });
    expect(signOf(m, 'justering')).toBeNull();
  });
});

describe("the organisation's name in text", () => {
  const harbour = profileForOrganization({ id: 'stenvik-test', name: 'Stenviks Hamn AB', politicianDomain: 'styrelse.stenvikshamn.se', orgDomains: ['stenvikshamn.se'], registrar: { name: 'Registrator', address: 'registrator@stenvikshamn.se' } });
  const federation = profileForOrganization({ id: 'forbund-test', name: 'Kommunalförbundet Räddning Syd', politicianDomain: 'rsyd.se', orgDomains: ['rsyd.se'], registrar: { name: 'Registrator', address: 'registrator@rsyd.se' } });

  it('is found by the first word of its name where the domain runs the words together', () => {
    expect(namesOrganisation('we ask stenviks hamn ab to consider a discount', harbour)).toBe(true);
  });

  it('is not found by a generic first word such as kommunalförbundet', () => {
    expect(namesOrganisation('kommunalförbundet i grannlänet bjuder in', federation)).toBe(false);
  });

  it('makes an English "bulk" letter to a few of its people a letter to the organisation', () => {
    const m = message({ fromAddress: 'operations@baltic-lines.example', subject: 'Schedule change / port dues', text: 'Dear Mr Berg, we kindly ask Stenviks Hamn AB to consider a discount on the port dues for 2027 and would appreciate a written answer before 15 October. Best regards', toRecipients: [{ name: 'VD', address: 'vd@stenvikshamn.se' }] });
    expect(signOf(m, 'spam', harbour)).toBe('ett brev till organisationen');
  });

  it('but not one sent to thirty addresses', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `R${i}`, address: `r${i}@stenvikshamn.se` }));
    const m = message({ fromAddress: 'operations@baltic-lines.example', subject: 'Offer', text: 'Dear all, Stenviks Hamn AB can save 20 % on fuel with our card. Best regards', toRecipients: many });
    expect(signOf(m, 'spam', harbour)).not.toBe('ett brev till organisationen');
  });
});
