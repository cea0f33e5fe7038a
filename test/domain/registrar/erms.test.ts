// buildErmsXml: the archive export validates against the CITS ERMS v3 schema, for hostile text too.

import { DOMParser } from '@xmldom/xmldom';
import { buildErmsXml, ERMS_NAMESPACE, ermsUuid } from '../../../src/domain/registrar/erms';
import { ErmsExportError } from '../../../src/domain/registrar/ermsExportError';
import type { Registration } from '../../../src/domain/registrar/registration.types';
import { CREATED_AT, ORGANISATION, registration, schemaErrors } from './ermsSupport';

function build(registrations: Registration[]): string {
  return buildErmsXml({ organisation: ORGANISATION, createdAt: CREATED_AT, registrations });
}

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(`${level}: ${msg}`)) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

const all = (node: Document | Element, name: string): Element[] => Array.from(node.getElementsByTagNameNS(ERMS_NAMESPACE, name));
const text = (node: Document | Element, name: string): string[] => all(node, name).map((e) => e.textContent ?? '');
/** Elements that are direct children of a parent, by local name. */
const children = (parent: Element, name: string): Element[] => Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);

describe('buildErmsXml', () => {
  describe('with one inkommen document', () => {
    const reg = registration();
    const xml = build([reg]);

    it('writes a document the ERMS v3 schema accepts', async () => {
      expect(await schemaErrors(xml)).toEqual([]);
    });

    it('makes the case an aggregation of type caseFile whose objectId is the diarienummer', () => {
      const [agg] = all(parse(xml), 'aggregation');
      expect(agg.getAttribute('aggregationType')).toBe('caseFile');
      expect(children(agg, 'objectId')[0].textContent).toBe('KS 2026/123');
    });

    it('writes the record with direction incoming, sender and recipient agents, and received and created dates', () => {
      const [rec] = all(parse(xml), 'record');
      expect(all(rec, 'direction')[0].getAttribute('directionDefinition')).toBe('incoming');
      const agents = all(rec, 'agent').map((a) => `${a.getAttribute('agentType')}:${text(a, 'name')[0]}`);
      expect(agents).toEqual(['sender:Anna Andersson', 'recipient:Helena Norberg', 'deliverer:Helena Norberg', 'administrator:registrator@kramfors.se']);
      const dates = all(rec, 'date').map((d) => `${d.getAttribute('dateType')}=${d.textContent}`);
      expect(dates).toEqual(['created=2026-03-02T09:30:00.000Z', 'received=2026-03-02T07:15:00.000Z']);
      expect(text(rec, 'title')).toEqual(['Fråga om bygglov, Nyland 2:14']);
    });

    it('points the record at its original in the package', () => {
      const [appendix] = all(parse(xml), 'appendix');
      expect(appendix.getAttribute('path')).toBe(`eml/${reg.emlName}`);
      expect(appendix.getAttribute('fileFormat')).toBe('message/rfc822');
    });

    it('writes the same bytes every time, with name-based UUIDs', () => {
      expect(build([reg])).toBe(xml);
      const [rec] = all(parse(xml), 'record');
      expect(rec.getAttribute('systemIdentifier')).toBe(ermsUuid(`erms-record\n${reg.key}`));
      expect(rec.getAttribute('systemIdentifier')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  describe('with sekretess and a public title', () => {
    const xml = build([
      registration({
        arende: 'Orosanmälan rörande barn på Nyland 2:14',
        publicTitle: 'Skrivelse till socialnämnden',
        sekretess: { provision: 'OSL 26 kap. 1 §', date: '2026-03-02', authority: 'Socialnämnden' },
      }),
    ]);

    it('validates against the schema', async () => {
      expect(await schemaErrors(xml)).toEqual([]);
    });

    it('writes the real subject as title, the public one as otherTitle, and a confidential restriction citing the provision', () => {
      const [rec] = all(parse(xml), 'record');
      expect(children(rec, 'title')[0].textContent).toBe('Orosanmälan rörande barn på Nyland 2:14');
      const [other] = children(rec, 'otherTitle');
      expect(other.getAttribute('titleType')).toBe('public_title');
      expect(other.textContent).toBe('Skrivelse till socialnämnden');
      const [restriction] = children(rec, 'restriction');
      expect(restriction.getAttribute('restrictionType')).toBe('confidential');
      expect(text(restriction, 'regulation')).toEqual(['OSL 26 kap. 1 §']);
      expect(all(restriction, 'date')[0].getAttribute('dateType')).toBe('confidentiality_assessed');
    });

    it('titles the case with the public title, not the secret subject', () => {
      const [agg] = all(parse(xml), 'aggregation');
      expect(children(agg, 'title')[0].textContent).toBe('Skrivelse till socialnämnden');
    });
  });

  describe('with two documents in one case, an upprättad document and another case', () => {
    const xml = build([
      registration({ diarienummer: 'KS 2026/10', registeredAt: '2026-03-03T10:00:00Z' }),
      registration({ diarienummer: 'KS 2026/9-2', registeredAt: '2026-03-04T10:00:00Z', direction: 'out', avsandare: { name: 'Helena Norberg', address: 'helena.norberg@pol.kramfors.se' } }),
      registration({ diarienummer: 'KS 2026/9-1', registeredAt: '2026-03-02T10:00:00Z' }),
    ]);

    it('validates against the schema', async () => {
      expect(await schemaErrors(xml)).toEqual([]);
    });

    it('groups documents by case, cases in number order and documents in document order', () => {
      const aggs = all(parse(xml), 'aggregation');
      expect(aggs.map((a) => children(a, 'objectId')[0].textContent)).toEqual(['KS 2026/9', 'KS 2026/10']);
      expect(children(aggs[0], 'record').map((r) => children(r, 'objectId')[0].textContent)).toEqual(['KS 2026/9-1', 'KS 2026/9-2']);
    });

    it('writes the upprättad document as outgoing with its sent date', () => {
      const rec = all(parse(xml), 'record')[1];
      expect(all(rec, 'direction')[0].getAttribute('directionDefinition')).toBe('outgoing');
      expect(all(rec, 'date').map((d) => d.getAttribute('dateType'))).toEqual(['created', 'sent']);
    });

    it('dates each case from its first registration', () => {
      const agg = all(parse(xml), 'aggregation')[0];
      expect(children(children(agg, 'dates')[0], 'date')[0].textContent).toBe('2026-03-02T10:00:00.000Z');
    });

    it('gives the same document whatever order the registrations come in', () => {
      const regs = [
        registration({ key: 'k-a', diarienummer: 'BN 2026/5' }),
        registration({ key: 'k-b', diarienummer: 'KS 2026/1' }),
        registration({ key: 'k-c', diarienummer: 'BN 2026/5' }),
      ];
      expect(build([...regs].reverse())).toBe(build(regs));
    });
  });

  describe('with a makulerad duplicate', () => {
    const xml = build([registration({ status: 'makulerad', duplicateOf: 'KS 2026/122', makuleradReason: 'Samma handling registrerades två gånger.' })]);

    it('keeps it as an obliterated record that refers to the one it duplicates, and validates', async () => {
      const [rec] = all(parse(xml), 'record');
      expect(children(rec, 'status')[0].getAttribute('value')).toBe('obliterated');
      expect(children(rec, 'relation')[0].getAttribute('relationType')).toBe('is_version_of');
      expect(children(rec, 'relation')[0].textContent).toBe('KS 2026/122');
      expect(text(rec, 'note')).toContain('Samma handling registrerades två gånger.');
      expect(await schemaErrors(xml)).toEqual([]);
    });
  });

  describe('with hostile text', () => {
    const hostile = 'Re: ]]> <script>alert("x")</script> & \'q\' \u0000\u0007\u001B\u000B tab\there\r\nrad 2 😀 \uD800 slut\uFFFF';
    const long = `Lång ${'ärende '.repeat(20000)}slut`;
    const reg = registration({
      arende: hostile,
      publicTitle: long,
      avsandare: { name: '<Eve & "Mallory">', address: 'eve@example.se' },
      emlName: '../../etc/passwd<script>.eml',
      originalInternetMessageId: '<a]]>b@x>',
      attachments: [{ name: '=cmd|"/c calc"!A1.xls', contentType: 'application/vnd.ms-excel', size: 1 }],
    });
    const xml = build([reg]);

    it('stays well-formed and valid', async () => {
      expect(await schemaErrors(xml)).toEqual([]);
    });

    it('keeps the text, less the characters XML cannot carry', () => {
      const [title] = text(parse(xml), 'title').filter((t) => t.startsWith('Re:'));
      expect(title).toBe('Re: ]]> <script>alert("x")</script> & \'q\'  tab\there\r\nrad 2 😀 \uFFFD slut\uFFFD');
      expect(text(parse(xml), 'otherTitle')[0] === long).toBe(true);
      expect(text(parse(xml), 'name')).toContain('<Eve & "Mallory">');
    });

    it('never writes raw markup from the input', () => {
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain(']]>');
    });

    it('points the appendix at a safe file name', () => {
      const [appendix] = all(parse(xml), 'appendix');
      expect(appendix.getAttribute('path')).toBe('eml/etc_passwd_script_.eml');
    });
  });

  describe('with bad input', () => {
    it('refuses an empty list with erms_empty, since the schema needs at least one aggregation', () => {
      expect(() => build([])).toThrow(expect.objectContaining({ code: 'erms_empty' }));
    });

    it.each<[string, Partial<Registration>]>([
      ['an empty diarienummer', { diarienummer: '  ' }],
      ['a datumInkommen that is no instant', { datumInkommen: '2 mars' }],
      ['a registeredAt without a zone', { registeredAt: '2026-03-02T09:30:00' }],
      ['a sekretess marking without a provision', { sekretess: { provision: ' ', date: '2026-03-02', authority: 'KS' } }],
      ['a sekretess marking with a bad date', { sekretess: { provision: 'OSL 26 kap. 1 §', date: '2/3 2026', authority: 'KS' } }],
    ])('refuses %s with erms_invalid_registration, naming the reference and not the subject', (_name, overrides) => {
      const reg = registration({ arende: 'Hemlig ärendemening', ...overrides });
      let error: unknown;
      try {
        build([registration(), reg]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ErmsExportError);
      expect(error).toMatchObject({ code: 'erms_invalid_registration' });
      const { messageSv, messageEn } = error as ErmsExportError;
      expect(messageSv).toContain(`Registrering 2 (referens ${reg.reference})`);
      expect(`${messageSv} ${messageEn}`).not.toContain('Hemlig');
    });

    it('refuses the same delivery twice', () => {
      const reg = registration();
      expect(() => build([reg, { ...reg }])).toThrow(expect.objectContaining({ code: 'erms_invalid_registration' }));
    });

    it('refuses an export time that is no instant, and an organisation without a name', () => {
      expect(() => buildErmsXml({ organisation: ORGANISATION, createdAt: 'nu', registrations: [registration()] })).toThrow(ErmsExportError);
      expect(() => buildErmsXml({ organisation: { name: ' ' }, createdAt: CREATED_AT, registrations: [registration()] })).toThrow(ErmsExportError);
    });
  });
});

describe('the ERMS v3 schema check', () => {
  const valid = build([registration()]);

  it.each<[string, string]>([
    ['an aggregation without its objectId', valid.replace(/<objectId>KS 2026\/123<\/objectId>\n/, '')],
    ['a record with an unknown direction', valid.replace('directionDefinition="incoming"', 'directionDefinition="inkommen"')],
    ['a document without aggregations', valid.replace(/<aggregations>[\s\S]*<\/aggregations>/, '<aggregations/>')],
    ['a date that is no xs:dateTime', valid.replace('2026-03-02T07:15:00.000Z', '2 mars 2026')],
  ])('rejects %s', async (_name, broken) => {
    expect(broken).not.toBe(valid);
    expect((await schemaErrors(broken)).length).toBeGreaterThan(0);
  });
});
