// The draft being sent, read through Office.js (Mailbox 1.1–1.3 calls only, in parallel) on the one
// promisify helper; runs in classic Outlook's JavaScript-only runtime too (launchevent.js, ES2016).

import type { OutgoingRecipient } from '../../domain/sendCheck';
import type { DraftReader } from '../../ports/draft';
import { officeAsync } from './officeAsync';

function toRecipients(list: Office.EmailAddressDetails[] | undefined): OutgoingRecipient[] {
  return (list ?? []).map((r) => ({
    address: r.emailAddress ?? '',
    isGroup: String(r.recipientType) === 'distributionList' || String(r.recipientType) === 'group',
  }));
}

export function officeDraftReader(item: Office.MessageCompose): DraftReader {
  return {
    async read() {
      const [subject, body, to, cc, bcc] = await Promise.all([
        officeAsync<string>((cb) => item.subject.getAsync(cb)),
        officeAsync<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
        officeAsync<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb)),
        officeAsync<Office.EmailAddressDetails[]>((cb) => item.cc.getAsync(cb)),
        item.bcc ? officeAsync<Office.EmailAddressDetails[]>((cb) => item.bcc.getAsync(cb)) : Promise.resolve([]),
      ]);
      return { subject: subject ?? '', body: body ?? '', to: toRecipients(to), cc: toRecipients(cc), bcc: toRecipients(bcc) };
    },
  };
}
