// One share of a parallel `postvakt classify`: parses, checks and classifies the mailboxes it is given; runs in a worker thread or the main thread.

import { parseCorpusMailbox, type CorpusError, type CorpusMailbox, type CorpusOrganization } from '../domain/corpus';
import { classifyMailbox, verdictLine } from './commands/classify';

/** Main thread → share. */
export type ShardRequest =
  | { type: 'parse'; bytes: SharedArrayBuffer; organizations: CorpusOrganization[]; mailboxes: { index: number; start: number; end: number }[] }
  | { type: 'classify'; rosters: [organization: string, roster: string[]][] };

/** Share → main thread. `notJson`: a mailbox's text did not parse, so the file is parsed whole to report it. */
export type ShardReply =
  | { type: 'parsed'; mailboxes: { index: number; errors: CorpusError[]; head: { organization: string; address: string } | null }[] }
  | { type: 'notJson' }
  | { type: 'output'; index: number; text: string }
  | { type: 'done' };

/** A share's request handler: 'parse' keeps the checked mailboxes, 'classify' answers each one's JSON lines, then 'done'. */
export function shardHandler(post: (reply: ShardReply) => void): (request: ShardRequest) => void {
  let organizations: CorpusOrganization[] = [];
  let boxes: { index: number; box: CorpusMailbox }[] = [];
  return (request) => {
    if (request.type === 'parse') {
      organizations = request.organizations;
      const orgIds = new Set(organizations.map((o) => o.id));
      const parsed: Extract<ShardReply, { type: 'parsed' }>['mailboxes'] = [];
      for (const { index, start, end } of request.mailboxes) {
        let raw: unknown;
        try {
          raw = JSON.parse(Buffer.from(request.bytes, start, end - start).toString('utf8'));
        } catch {
          post({ type: 'notJson' });
          return;
        }
        const { mailbox, errors } = parseCorpusMailbox(raw, index, orgIds);
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
      if (org) classifyMailbox(box, org, rosters.get(org.id) ?? [], (item) => (text += verdictLine(item)));
      post({ type: 'output', index, text });
    }
    boxes = [];
    post({ type: 'done' });
  };
}
