// The guards of "Skicka till registrator" (each refuses before anything is written) and the log row
// of the original that the forward carries for the journal.

import type { Profile } from '../domain/policy/types';
import { isMailAddress } from '../domain/registrar/address';
import type { LoggedRow } from '../domain/registrar/intent';
import { estimateForwardBytes } from '../domain/registrar/size';
import { logPlacement } from '../domain/reports/logRow';
import type { Verdict } from '../domain/types';
import type { FullMessage } from '../ports/mailbox';
import { UseCaseError } from './errors';

/** Before anything is read or written: a forward to an empty or malformed address would fail or go astray. */
export function checkRegistrar(profile: Profile): void {
  if (!isMailAddress(profile.registrar.address.trim())) throw new UseCaseError('registrar_invalid');
}

/** Party and private mail goes to the registrar only with a stated reason. */
export function checkVerdict(verdict: Verdict, override: { reason: string } | undefined): void {
  if (verdict.category === 'gallra_ej_allman' && !override?.reason.trim()) throw new UseCaseError('refused_not_public');
}

/** `bytes` of MIME, attached to the forward (base64), must stay within the profile's limit. */
export function checkSize(bytes: number, profile: Profile): void {
  const forwarded = estimateForwardBytes(bytes);
  if (forwarded > profile.maxMessageBytes) throw new UseCaseError('too_large', { forwardedBytes: forwarded, limitBytes: profile.maxMessageBytes });
}

/** Before downloading the MIME: Exchange's own size, else the attachments as MIME carries them (base64) and the body. */
export function estimatedMimeBytes(original: FullMessage): number {
  return original.size ?? Math.ceil((original.attachments.reduce((sum, a) => sum + a.size, 0) * 4) / 3) + original.body.content.length;
}

export function loggedRow(original: FullMessage, owner: string): LoggedRow {
  return {
    ...logPlacement(original, owner),
    from: original.from,
    to: original.toRecipients,
    cc: original.ccRecipients,
    subject: original.subject,
    sentDateTime: original.sentDateTime,
    ...(original.internetMessageId ? { internetMessageId: original.internetMessageId } : {}),
  };
}
