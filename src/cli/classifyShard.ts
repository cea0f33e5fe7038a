// One share of a parallel `postvakt classify`: parses, checks and classifies the mailboxes it is given, from the file's shared bytes; runs in a worker thread or the main thread.

import type { CorpusError, CorpusMailbox, CorpusOrganization } from '../domain/corpus';
import { classifyMailbox, verdictLine } from './commands/classify';
import type { MailboxLayout } from './corpusLayout';
import { parseMailboxAt } from './parseMailbox';

/** Main thread → share. */
export type ShardRequest =
  | { type: 'parse'; bytes: SharedArrayBuffer; organizations: CorpusOrganization[]; mailboxes: { index: number; layout: MailboxLayout }[] }
  | { type: 'classify'; rosters: [organization: string, roster: string[]][] };

/**
 * Share → main thread. `notJson`: a mailbox's text did not parse, so the file is parsed whole to
 * report it. `output`: the next piece of a mailbox's JSON lines (`last` on its final piece).
 */
export type ShardReply =
  | { type: 'parsed'; mailboxes: { index: number; errors: CorpusError[]; head: { organization: string; address: string } | null }[] }
  | { type: 'notJson' }
  | { type: 'output'; index: number; text: string; last: boolean }
  | { type: 'done' };

/** Output is handed over in pieces of about this many characters, so the main thread can write while a share still classifies. */
const PIECE = 1 << 16;

/** A share's request handler: 'parse' keeps the checked mailboxes, 'classify' answers each one's JSON lines, then 'done'. */
export function shardHandler(post: (reply: ShardReply) => void): (request: ShardRequest) => void {
  let organizations: CorpusOrganization[] = [];
  let boxes: { index: number; box: CorpusMailbox }[] = [];
  return (request) => {
    if (request.type === 'parse') {
      organizations = request.organizations;
      const orgIds = new Set(organizations.map((o) => o.id));
      const bytes = new Uint8Array(request.bytes);
      const parsed: Extract<ShardReply, { type: 'parsed' }>['mailboxes'] = [];
      for (const { index, layout } of request.mailboxes) {
        const result = parseMailboxAt(bytes, layout, index, orgIds, { labels: false });
        if (!result) {
          post({ type: 'notJson' });
          return;
        }
        const { mailbox, errors } = result;
        if (mailbox) boxes.push({ index, box: mailbox });
        parsed.push({ index, errors, head: mailbox ? { organization: mailbox.organization, address: mailbox.owner.address } : null });
      }
      post({ type: 'parsed', mailboxes: parsed });
      return;
    }
    const orgs = new Map(organizations.map((o) => [o.id, o]));
    const rosters = new Map(request.rosters);
    for (const { index, box } of boxes) {
      let text = '';
      const org = orgs.get(box.organization);
      if (org) {
        classifyMailbox(box, org, rosters.get(org.id) ?? [], (item) => {
          text += verdictLine(item);
          if (text.length >= PIECE) {
            post({ type: 'output', index, text, last: false });
            text = '';
          }
        });
      }
      post({ type: 'output', index, text, last: true });
    }
    boxes = [];
    post({ type: 'done' });
  };
}
