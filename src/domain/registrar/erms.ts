// The registrar's archive export as CITS ERMS v3 XML (the schema FGS Ärendehantering 2.0 profiles):
// one aggregation per case (objectId = the case's diarienummer), one record per registered document.
// Pure and deterministic: the export time comes in, ids derive from the data, order is fixed.

import type { EmailAddress } from '../types';
import { archiveEmlPath } from './archivePackage';
import { groupByCase, type ErmsCase } from './ermsCase';
import { ErmsExportError } from './ermsExportError';
import { serializeXml, type XmlElement } from './ermsXml';
import type { Registration } from './registration.types';
import { sha256Hex } from './sha256';

export const ERMS_NAMESPACE = 'https://DILCIS.eu/XML/ERMS';

export interface ErmsExportInput {
  /** The authority that delivers the archive (maintenanceAgency); id e.g. its organisationsnummer. */
  organisation: { name: string; id?: string };
  /** When the export was made (ISO instant). */
  createdAt: string;
  registrations: readonly Registration[];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function invalid(sv: string, en: string): ErmsExportError {
  return new ErmsExportError('erms_invalid_registration', sv, en);
}

/** An ISO instant as xs:dateTime in UTC, or undefined when it is not one. */
function toDateTime(iso: string | undefined): string | undefined {
  if (typeof iso !== 'string' || !ISO_INSTANT.test(iso)) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** A name-based UUID (RFC 9562 version 8, from SHA-256): the same data gives the same id on every export. */
export function ermsUuid(seed: string): string {
  const h = sha256Hex(seed).slice(0, 32).split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

const el = (name: string, text?: string, attrs?: XmlElement['attrs']): XmlElement => ({ name, text, attrs });

function agent(agentType: string, who: EmailAddress, otherAgentType?: string): XmlElement {
  const name = who.name.trim() || who.address.trim() || 'okänd';
  return {
    name: 'agent',
    attrs: [
      ['agentType', agentType],
      ['otherAgentType', otherAgentType],
    ],
    children: [
      el('name', name),
      who.address.trim() && {
        name: 'addressContactInformation',
        children: [el('contactLine', who.address.trim(), [['contactType', 'email']])],
      },
    ],
  };
}

interface CheckedDates {
  inkommen: string;
  registered: string;
}

function checkRegistration(reg: Registration, position: number): CheckedDates {
  const which = `Registrering ${position}${reg.reference ? ` (referens ${reg.reference})` : ''}`;
  const whichEn = `Registration ${position}${reg.reference ? ` (reference ${reg.reference})` : ''}`;
  if (typeof reg.diarienummer !== 'string' || !reg.diarienummer.trim()) {
    throw invalid(`${which} saknar diarienummer.`, `${whichEn} has no diarienummer.`);
  }
  if (typeof reg.key !== 'string' || !reg.key.trim()) {
    throw invalid(`${which} saknar leveransens nyckel.`, `${whichEn} has no delivery key.`);
  }
  const inkommen = toDateTime(reg.datumInkommen);
  const registered = toDateTime(reg.registeredAt);
  if (!inkommen) throw invalid(`${which} har inget giltigt datum inkommen.`, `${whichEn} has no valid datumInkommen.`);
  if (!registered) throw invalid(`${which} har ingen giltig registreringstid.`, `${whichEn} has no valid registeredAt.`);
  if (reg.sekretess && (!reg.sekretess.provision.trim() || !ISO_DATE.test(reg.sekretess.date) || Number.isNaN(Date.parse(reg.sekretess.date)))) {
    throw invalid(
      `${which} har en ofullständig sekretessmarkering: den ska ange bestämmelse och datum (ÅÅÅÅ-MM-DD).`,
      `${whichEn} has an incomplete sekretess marking: it needs a provision and a date (YYYY-MM-DD).`,
    );
  }
  return { inkommen, registered };
}

function restriction(reg: Registration): XmlElement | null {
  const s = reg.sekretess;
  if (!s) return null;
  return {
    name: 'restriction',
    attrs: [['restrictionType', 'confidential']],
    children: [
      el('explanatoryText', `Sekretessmarkering enligt OSL 5 kap. 5 §: ${s.provision.trim()}, ${s.date}${s.authority.trim() ? `, ${s.authority.trim()}` : ''}.`),
      el('regulation', s.provision.trim()),
      s.authority.trim() && agent('other', { name: s.authority.trim(), address: '' }, 'marking_authority'),
      // A marking date is a Swedish calendar date: written without a zone, as the day it was made.
      { name: 'dates', children: [el('date', `${s.date}T00:00:00`, [['dateType', 'confidentiality_assessed']])] },
    ],
  };
}

function record(reg: Registration, dates: CheckedDates): XmlElement {
  const title = reg.arende.trim() || reg.originalSubject.trim() || '(utan ärendemening)';
  const publicTitle = reg.publicTitle?.trim();
  const makulerad = reg.status === 'makulerad';
  const notes: XmlElement[] = [
    ...(makulerad && reg.makuleradReason?.trim() ? [el('note', reg.makuleradReason.trim(), [['noteType', 'makulerad']])] : []),
    ...reg.attachments.map((a) => el('note', `${a.name} (${a.contentType}, ${a.size} byte)`, [['noteType', 'attachment']])),
    ...(reg.emlSha256 ? [el('note', reg.emlSha256, [['noteType', 'eml_sha256']])] : []),
  ];
  return {
    name: 'record',
    attrs: [
      ['systemIdentifier', ermsUuid(`erms-record\n${reg.key}`)],
      ['recordType', 'email'],
      ['recordPhysicalOrDigital', 'digital'],
    ],
    children: [
      el('objectId', reg.diarienummer.replace(/\s+/g, ' ').trim()),
      el('extraId', reg.reference, [['extraIdType', 'postvakt_reference']]),
      reg.originalInternetMessageId?.trim() && el('extraId', reg.originalInternetMessageId.trim(), [['extraIdType', 'internet_message_id']]),
      el('title', title),
      publicTitle && el('otherTitle', publicTitle, [['titleType', 'public_title']]),
      makulerad && el('status', undefined, [['value', 'obliterated']]),
      makulerad && reg.duplicateOf?.trim() && el('relation', reg.duplicateOf.trim(), [['relationType', 'is_version_of']]),
      restriction(reg),
      el('direction', undefined, [['directionDefinition', reg.direction === 'out' ? 'outgoing' : 'incoming']]),
      {
        name: 'agents',
        children: [
          reg.avsandare && agent('sender', reg.avsandare),
          ...reg.mottagare.map((m) => agent('recipient', m)),
          agent('deliverer', reg.forwardedBy),
          reg.registeredBy.trim() && agent('administrator', { name: '', address: reg.registeredBy.trim() }),
        ],
      },
      {
        name: 'dates',
        children: [
          el('date', dates.registered, [['dateType', 'created']]),
          // Inkommen: the day it reached the politician; upprättad: the day the politician sent it.
          el('date', dates.inkommen, [['dateType', reg.direction === 'out' ? 'sent' : 'received']]),
        ],
      },
      notes.length > 0 && { name: 'notes', children: notes },
      {
        name: 'additionalInformation',
        children: [el('appendix', undefined, [['name', reg.emlName], ['path', archiveEmlPath(reg.emlName)], ['fileFormat', 'message/rfc822']])],
      },
    ],
  };
}

function aggregation(organisation: ErmsExportInput['organisation'], c: ErmsCase, regs: Registration[], checked: Map<Registration, CheckedDates>): XmlElement {
  // The case title is its first live document's public title when it has one (an ärendemening is public).
  const first = regs.find((r) => r.status !== 'makulerad') ?? regs[0];
  const title = first.publicTitle?.trim() || first.arende.trim() || c.id;
  const created = regs.map((r) => checked.get(r)!.registered).sort()[0];
  return {
    name: 'aggregation',
    attrs: [
      ['systemIdentifier', ermsUuid(`erms-case\n${organisation.id ?? organisation.name}\n${c.id}`)],
      ['aggregationType', 'caseFile'],
    ],
    children: [
      el('objectId', c.id),
      el('title', title),
      { name: 'dates', children: [el('date', created, [['dateType', 'created']])] },
      ...regs.map((r) => record(r, checked.get(r)!)),
    ],
  };
}

/**
 * The ERMS XML of registered deliveries. Makulerade registrations stay in, as records with status
 * "obliterated" (and the reason as a note), so a diarienummer series shows no unexplained gap.
 * Throws ErmsExportError: 'erms_empty' for no registrations, 'erms_invalid_registration' for bad data.
 */
export function buildErmsXml(input: ErmsExportInput): string {
  const createdAt = toDateTime(input.createdAt);
  if (!createdAt) throw invalid('Exporttiden är ingen giltig tidpunkt.', 'The export time is not a valid ISO instant.');
  if (!input.organisation.name.trim()) throw invalid('Ange organisationens namn för arkivleveransen.', "Give the organisation's name for the archive delivery.");
  if (input.registrations.length === 0) {
    throw new ErmsExportError(
      'erms_empty',
      'Det finns inga registreringar att exportera. Välj en annan dag, period eller ett annat ärende.',
      'There are no registrations to export. Choose another day, range or case.',
    );
  }
  const checked = new Map<Registration, CheckedDates>();
  const seen = new Set<string>();
  input.registrations.forEach((reg, i) => {
    checked.set(reg, checkRegistration(reg, i + 1));
    // One delivery is one record: the same key twice is a duplicate in the list, not a second document.
    if (seen.has(reg.key)) {
      throw invalid(`Registrering ${i + 1} (referens ${reg.reference}) finns två gånger i listan.`, `Registration ${i + 1} (reference ${reg.reference}) appears twice in the list.`);
    }
    seen.add(reg.key);
  });
  const groups = groupByCase(input.registrations);
  const keys = groups.flatMap((g) => g.registrations.map((r) => r.key));
  const org = input.organisation;
  return serializeXml({
    name: 'erms',
    attrs: [['xmlns', ERMS_NAMESPACE]],
    children: [
      {
        name: 'control',
        children: [
          el('identification', ermsUuid(`erms-export\n${createdAt}\n${keys.join('\n')}`), [['identificationType', 'postvakt_export']]),
          { name: 'dates', children: [el('date', createdAt, [['dateType', 'created']])] },
          {
            name: 'maintenanceInformation',
            children: [
              el('maintenanceStatus', undefined, [['value', 'new']]),
              {
                name: 'maintenanceAgency',
                children: [org.id?.trim() && el('agencyCode', org.id.trim(), [['type', 'organisation_id']]), el('agencyName', org.name.trim())],
              },
              {
                name: 'maintenanceHistory',
                children: [
                  {
                    name: 'maintenanceEvent',
                    children: [
                      el('eventType', undefined, [['value', 'created']]),
                      el('eventDateTime', createdAt),
                      agent('creator', { name: 'Postvakt', address: '' }),
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      { name: 'aggregations', children: groups.map((g) => aggregation(org, g.case, g.registrations, checked)) },
    ],
  });
}
