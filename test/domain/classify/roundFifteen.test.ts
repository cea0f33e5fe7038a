// Tests for round fifteen (postvakt-model/2.14.0): the administration's letter about an application the body decides, and a quotation attached, hold a purge.

import { extractFeatures } from '../../../src/domain/classify/features';
import { publicRecordSign } from '../../../src/domain/classify/safety';
import type { MailMessage } from '../../../src/domain/types';
import { KRONOBERG, OWNER, message } from './support';

const signOf = (m: MailMessage, subtype: string) => publicRecordSign(m, extractFeatures(m, KRONOBERG, OWNER), KRONOBERG, subtype);
const pdf = (name: string) => [{ name, contentType: 'application/pdf', size: 80000 }];

describe("the administration's letter about an application", () => {
  it('holds a purge when the subject names the application, even read as a draft', () => {
    const m = message({ fromAddress: 'tillstand@kronoberg.se', subject: 'Ansökan om serveringstillstånd – hur bereder vi ärendet?', text: 'Hej presidiet, jag vill att ni tar ställning innan jag skriver klart.' });
    expect(signOf(m, 'utkast')).toBe('förvaltningen om en ansökan till organet');
  });

  it('does not hold a copy for kännedom of it', () => {
    const m = message({ fromAddress: 'tillstand@kronoberg.se', subject: 'Ansökan om serveringstillstånd', text: 'För kännedom.' });
    expect(signOf(m, 'kopia_for_kannedom')).toBeNull();
  });

  it('is not that sign when the subject names no application', () => {
    const m = message({ fromAddress: 'tillstand@kronoberg.se', subject: 'Utkast till pressmeddelande', text: 'Hej, kan du läsa utkastet innan det går ut?' });
    expect(signOf(m, 'utkast')).toBeNull();
  });

  it('is not that sign from a private address', () => {
    const m = message({ fromAddress: 'kalle.ek@gmail.com', subject: 'Ansökan till fotbollsklubben', text: 'Hej, här är vår ansökan till cupen.' });
    expect(signOf(m, 'privat')).not.toBe('förvaltningen om en ansökan till organet');
  });
});

describe('a quotation attached', () => {
  it('holds a purge read as phishing from an unknown supplier', () => {
    const m = message({ fromAddress: 'order@modulhyra-syd.se', subject: 'Förlängning av hyran', text: 'Hej, offerten bifogas. Svara senast fredag.', attachments: pdf('Offert_forlangning_2027.pdf') });
    expect(signOf(m, 'natfiske')).toContain('bifogar en handling i ett ärende');
  });

  it('but not a draft of it', () => {
    const m = message({ fromAddress: 'order@modulhyra-syd.se', subject: 'Förlängning av hyran', text: 'Utkast bifogas.', attachments: pdf('Offert_utkast.pdf') });
    expect(signOf(m, 'natfiske')).toBeNull();
  });

  it('nor an attachment named otherwise', () => {
    const m = message({ fromAddress: 'order@modulhyra-syd.se', subject: 'Förlängning av hyran', text: 'Se bilaga.', attachments: pdf('Bilder_moduler.pdf') });
    expect(signOf(m, 'natfiske')).toBeNull();
  });
});
