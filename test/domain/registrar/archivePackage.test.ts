// buildArchivePackage: a reproducible zip whose names are safe to unpack anywhere.

import { unzipSync, strFromU8, strToU8 } from 'fflate';
import { archiveEmlPath, buildArchivePackage, safeArchiveName } from '../../../src/domain/registrar/archivePackage';
import { buildErmsXml } from '../../../src/domain/registrar/erms';
import { registrationsToCsv } from '../../../src/domain/registrar/registerCsv';
import { CREATED_AT, ORGANISATION, registration } from './ermsSupport';

const eml = (name: string, text = 'From: a@example.se\r\n\r\nHej'): { name: string; bytes: Uint8Array } => ({ name, bytes: strToU8(text) });

describe('safeArchiveName', () => {
  it.each([
    ['handling-ABC.eml', 'handling-ABC.eml'],
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\windows\\system.ini', 'windows_system.ini'],
    ['/abs/path.eml', 'abs_path.eml'],
    ['.hidden.eml', 'hidden.eml'],
    ['a..b.eml', 'ab.eml'],
    ['CON.eml', '_CON.eml'],
    ['nul', '_nul'],
    ['fråga: "bygglov"?.eml', 'fråga_ _bygglov__.eml'],
    ['tab\tand\u0000nul.eml', 'tabandnul.eml'],
    ['', 'handling'],
    ['...', 'handling'],
    ['trailing dot.', 'trailing dot'],
  ])('makes %j safe as %j', (name, safe) => {
    expect(safeArchiveName(name)).toBe(safe);
  });

  it('shortens a long name and keeps its extension', () => {
    const safe = safeArchiveName(`${'å'.repeat(300)}.eml`);
    expect(safe.length).toBeLessThanOrEqual(100);
    expect(safe.endsWith('.eml')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const safe = safeArchiveName(`${'x'.repeat(95)}😀😀😀.eml`);
    expect(safe).toBe(`${'x'.repeat(95)}.eml`);
  });
});

describe('buildArchivePackage', () => {
  const regs = [registration(), registration({ diarienummer: 'KS 2026/124' })];
  const xml = buildErmsXml({ organisation: ORGANISATION, createdAt: CREATED_AT, registrations: regs });
  const csv = registrationsToCsv(regs);
  const emls = regs.map((r) => eml(r.emlName));

  it('holds the XML, the CSV and each original in the folder eml/, in the order given', () => {
    const files = unzipSync(buildArchivePackage({ xml, csv, emls }));
    expect(Object.keys(files)).toEqual(['erms.xml', 'register.csv', 'eml/', ...regs.map((r) => `eml/${r.emlName}`)]);
    expect(strFromU8(files['erms.xml'])).toBe(xml);
    // Compared as bytes: a text decoder would drop the BOM that Excel needs.
    expect(Buffer.from(files['register.csv']).equals(Buffer.from(strToU8(csv)))).toBe(true);
    expect([...files['register.csv'].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(files[`eml/${regs[0].emlName}`])).toBe('From: a@example.se\r\n\r\nHej');
  });

  it('puts each original where the XML appendix says it is', () => {
    const files = unzipSync(buildArchivePackage({ xml, csv, emls }));
    for (const r of regs) {
      expect(xml).toContain(`path="${archiveEmlPath(r.emlName)}"`);
      expect(files[archiveEmlPath(r.emlName)]).toBeDefined();
    }
  });

  it('writes the same bytes every time, whatever the clock says', () => {
    const a = buildArchivePackage({ xml, csv, emls });
    jest.useFakeTimers({ now: new Date('2031-05-05T12:00:00Z') });
    try {
      expect(Buffer.from(buildArchivePackage({ xml, csv, emls })).equals(Buffer.from(a))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('makes hostile names safe and equal names unique, ignoring letter case', () => {
    const files = unzipSync(
      buildArchivePackage({ xml, csv, emls: [eml('../evil.eml', '1'), eml('evil.eml', '2'), eml('EVIL.eml', '3'), eml('/etc/passwd', '4')] }),
    );
    expect(Object.keys(files)).toEqual(['erms.xml', 'register.csv', 'eml/', 'eml/evil.eml', 'eml/evil (2).eml', 'eml/EVIL (3).eml', 'eml/etc_passwd']);
    expect(Object.keys(files).map((n) => strFromU8(files[n])).slice(3)).toEqual(['1', '2', '3', '4']);
  });

  it('makes a package without originals when there are none', () => {
    expect(Object.keys(unzipSync(buildArchivePackage({ xml, csv, emls: [] })))).toEqual(['erms.xml', 'register.csv']);
  });
});
