// Builders for hand-written test messages (an imaginary Region Kronoberg politician by default).

import { profileForOrganization } from '../../../src/domain/policy';
import { buildClassifyContext, classify, modelInputs } from '../../../src/domain/classify';
import { findRequest, REQUEST_PATTERNS } from '../../../src/domain/classify/flags';
import type { Profile } from '../../../src/domain/policy/types';
import type { MailMessage, MailboxOwner, Verdict } from '../../../src/domain/types';

export const KRONOBERG = profileForOrganization({
  id: 'region-kronoberg-test',
  name: 'Region Kronoberg',
  politicianDomain: 'kronoberg.se',
  orgDomains: ['kronoberg.se'],
  registrar: { name: 'Registrator', address: 'region@kronoberg.se' },
});

export const OWNER: MailboxOwner = {
  name: 'Karin Ek',
  address: 'karin.ek@kronoberg.se',
  roles: ['ledamot, regionstyrelsen', 'ordförande, nämnden för folkhälsa och sjukvård'],
  party: 'Socialdemokraterna',
};

export function message(partial: Partial<MailMessage> & { text?: string; html?: string; fromAddress?: string }): MailMessage {
  const { text, html, fromAddress, ...rest } = partial;
  return {
    id: 'test-1',
    receivedDateTime: '2026-11-10T08:00:00Z',
    sentDateTime: '2026-11-10T07:59:00Z',
    isRead: false,
    importance: 'normal',
    from: { name: 'Avsändare', address: fromAddress ?? 'anna.svensson@gmail.com' },
    toRecipients: [{ name: OWNER.name, address: OWNER.address }],
    ccRecipients: [],
    subject: 'Hej',
    body: html !== undefined ? { contentType: 'html', content: html } : { contentType: 'text', content: text ?? '' },
    internetMessageHeaders: [],
    attachments: [],
    ...rest,
  };
}

export function verdictOf(m: MailMessage, known: MailMessage[] = []): Verdict {
  return classify(m, KRONOBERG, buildClassifyContext(OWNER, known));
}

/** The ids of the model features a message shows (none when a decisive rule answers alone). */
export function featureIds(m: MailMessage, profile: Profile = KRONOBERG, owner: MailboxOwner = OWNER, known: MailMessage[] = []): string[] {
  return (modelInputs(m, profile, buildClassifyContext(owner, known)) ?? []).map((h) => h.id);
}

/** The request svar_kravs would quote in a newest part made of `subject` and `text`, or null. */
export function requestIn(text: string, subject = 'Ärende'): string | null {
  const newest = `${subject}\n${text}`;
  const lower = newest.toLowerCase();
  return findRequest(newest, lower, REQUEST_PATTERNS.map((p) => new RegExp(p.source, 'g').exec(lower)));
}
