// Hand-made mailboxes for the report tests: a profile, summaries and verdicts built in a line each.

import type { Profile } from '../../../src/domain/policy/types';
import type { Category, EmailAddress, MailboxOwner, Verdict, WellKnownFolder } from '../../../src/domain/types';
import { asMessageId, type MessageSummary } from '../../../src/ports/mailbox';

export const OWNER: MailboxOwner = { name: 'Helena Norberg', address: 'helena.norberg@pol.kramfors.se', roles: ['ledamot, kommunstyrelsen'] };

export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'kramfors',
    name: 'Kramfors kommun',
    politicianDomain: 'pol.kramfors.se',
    orgDomains: ['kramfors.se'],
    registrar: { name: 'Registrator Kramfors kommun', address: 'registrator@kramfors.se' },
    admins: [],
    meetingTools: [],
    partyDomains: ['centerpartiet.se', 'socialdemokraterna.se'],
    readCadence: { kind: 'weekdays', source: 'Kramfors 5.2: E-posten ska öppnas varje dag, måndag till fredag' },
    logWindowDays: 30,
    maxMessageBytes: 35 * 1024 * 1024,
    massMailingRecipients: 50,
    largeAttachmentBytes: 10 * 1024 * 1024,
    language: 'sv',
    ...overrides,
  };
}

export const addr = (address: string, name = ''): EmailAddress => ({ name, address });

let counter = 0;

export function msg(partial: Partial<Omit<MessageSummary, 'id'>> & { id?: string; at?: string; folder?: WellKnownFolder }): MessageSummary {
  const at = partial.at ?? '2026-11-20T08:00:00Z';
  return {
    id: asMessageId(partial.id ?? `m-${++counter}`),
    folder: partial.folder ?? 'inbox',
    receivedDateTime: partial.receivedDateTime ?? at,
    sentDateTime: partial.sentDateTime ?? at,
    isRead: partial.isRead ?? true,
    isDraft: partial.isDraft ?? false,
    from: partial.from === undefined ? addr('someone@kramfors.se') : partial.from,
    toRecipients: partial.toRecipients ?? [addr(OWNER.address)],
    ccRecipients: partial.ccRecipients ?? [],
    subject: partial.subject ?? 'Ärende',
    hasAttachments: partial.hasAttachments ?? false,
    properties: partial.properties ?? {},
  };
}

export function verdict(category: Category): Verdict {
  return { category, subtype: 'test', confidence: 0.9, reasons: [{ rule: 'Kramfors 5.2: test', evidence: 'test' }], flags: [] };
}
