// Whether the task pane runs in a registrar mailbox, and whether a message there is a Postvakt
// delivery: decided before the classifier, so a delivery never reaches a gallra proposal.

import type { Profile } from '../policy/types';

/** The reference in a metadata attachment's name (postvakt-metadata-<ref>.json), or null. */
export function refFromMetadataName(name: string): string | null {
  return /^postvakt-metadata-([0-9A-F]{10})\.json$/.exec(name)?.[1] ?? null;
}

const norm = (a: string): string => a.trim().toLowerCase();

/** The mailbox is the profile's registrar address, or the signed-in person is listed as a registrar. */
export function isRegistrarMailbox(profile: Pick<Profile, 'registrar' | 'registrars'>, mailboxAddress: string): boolean {
  const address = norm(mailboxAddress);
  if (!address) return false;
  if (norm(profile.registrar.address) === address) return true;
  return (profile.registrars ?? []).some((r) => norm(r.address) === address);
}

/** A delivery carries exactly one postvakt-metadata-<ref>.json attachment: its reference. */
export function deliveryRef(attachmentNames: readonly string[]): string | null {
  const refs = attachmentNames.map(refFromMetadataName).filter((r): r is string => r !== null);
  return refs.length === 1 ? refs[0]! : null;
}
