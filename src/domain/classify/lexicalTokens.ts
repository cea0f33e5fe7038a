// lexicalTokens: the stems of a message's subject and newest part as the lexical evidence model reads them, without the organisation's, the owner's and the correspondents' own names.

import type { MailboxOwner, MailMessage } from '../types';
import type { Profile } from '../policy/types';
import { swedishStem } from './stem';

/** Characters of the newest part read (as the stem families read): a long letter's first pages carry its kind. */
export const LEXICAL_TEXT_CHARS = 4000;
const WORD = /[a-zà-öø-ÿ]{3,}/g;

/** Stems of the words in names and domains: the organisation's, the owner's (an org's own names never carry to another). */
export function excludedStems(profile: Pick<Profile, 'name' | 'politicianDomain' | 'orgDomains'>, owner: Pick<MailboxOwner, 'name'>, organisationName = ''): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(WORD) ?? []) out.add(swedishStem(w));
  };
  add(profile.name);
  add(organisationName);
  add(owner.name);
  for (const d of [profile.politicianDomain, ...profile.orgDomains]) add(d.replace(/\.(se|nu|com|org)$/, '').replace(/[.-]/g, ' '));
  return out;
}

/** The distinct stems of `newestLower` (subject and newest part, lower case), minus `excluded` and the names of the message's sender and recipients. */
export function lexicalTokens(newestLower: string, excluded: ReadonlySet<string>, message: Pick<MailMessage, 'from' | 'toRecipients' | 'ccRecipients'>): Set<string> {
  const names = new Set<string>();
  for (const p of [message.from, ...(message.toRecipients ?? []), ...(message.ccRecipients ?? [])]) {
    for (const w of (p?.name ?? '').toLowerCase().match(WORD) ?? []) names.add(swedishStem(w));
  }
  const out = new Set<string>();
  for (const w of newestLower.slice(0, LEXICAL_TEXT_CHARS).match(WORD) ?? []) {
    const s = swedishStem(w);
    if (!excluded.has(s) && !names.has(s)) out.add(s);
  }
  return out;
}
