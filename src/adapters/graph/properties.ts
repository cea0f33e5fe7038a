// Postvakt's single-value extended properties (MAPI named properties in its own property set).

import type { PostvaktProperty } from '../../ports/mailbox';

/** Postvakt's property set GUID: fixed forever, or cached verdicts and intents are lost. */
export const POSTVAKT_PROPERTY_SET = '{6f1b2c3d-8a94-4e57-9b0c-2d5e7f31a4c8}';

export const PROPERTY_IDS: Readonly<Record<PostvaktProperty, string>> = {
  state: `String ${POSTVAKT_PROPERTY_SET} Name PostvaktState`,
  intent: `String ${POSTVAKT_PROPERTY_SET} Name PostvaktIntent`,
  registration: `String ${POSTVAKT_PROPERTY_SET} Name PostvaktRegistration`,
};

/** PidTagMessageSize, for FullMessage.size. */
export const MESSAGE_SIZE_PROPERTY_ID = 'Integer 0x0E08';
/** PidTagMessageClass (IPM.Note.SMIME, REPORT.IPM.Note.NDR, ...), for FullMessage.itemClass. */
export const MESSAGE_CLASS_PROPERTY_ID = 'String 0x001A';

const normalise = (id: string): string => id.replace(/\s+/g, ' ').trim().toLowerCase();
const SIZE_RE = /^integer 0x0*e08$/i;
const CLASS_RE = /^string 0x0*1a$/i;

/** `$expand` value that returns only Postvakt's properties (and optionally the size and message class). */
export function extendedPropertiesExpand(withSize = false): string {
  const ids = [...Object.values(PROPERTY_IDS), ...(withSize ? [MESSAGE_SIZE_PROPERTY_ID, MESSAGE_CLASS_PROPERTY_ID] : [])];
  return `singleValueExtendedProperties($filter=${ids.map((id) => `id eq '${id}'`).join(' or ')})`;
}

export interface RawExtendedProperty {
  id?: unknown;
  value?: unknown;
}

export function readProperties(raw: unknown): { properties: Partial<Record<PostvaktProperty, string>>; size?: number; messageClass?: string } {
  const properties: Partial<Record<PostvaktProperty, string>> = {};
  let size: number | undefined;
  let messageClass: string | undefined;
  if (!Array.isArray(raw)) return { properties };
  for (const item of raw as RawExtendedProperty[]) {
    if (typeof item?.id !== 'string' || typeof item.value !== 'string') continue;
    const id = normalise(item.id);
    for (const [name, known] of Object.entries(PROPERTY_IDS) as [PostvaktProperty, string][]) {
      if (normalise(known) === id) properties[name] = item.value;
    }
    if (SIZE_RE.test(item.id.trim())) {
      const n = Number(item.value);
      if (Number.isFinite(n)) size = n;
    }
    if (CLASS_RE.test(item.id.trim())) messageClass = item.value;
  }
  return { properties, ...(size === undefined ? {} : { size }), ...(messageClass ? { messageClass } : {}) };
}

export function propertyPayload(values: Partial<Record<PostvaktProperty, string>>): { id: string; value: string }[] {
  return (Object.entries(values) as [PostvaktProperty, string | undefined][])
    .filter((entry): entry is [PostvaktProperty, string] => typeof entry[1] === 'string')
    .map(([name, value]) => ({ id: PROPERTY_IDS[name], value }));
}

/** OData string literal: single quotes doubled. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
