// The live tenant: state, persistence, lookups with Graph's errors, and per-mailbox concurrency slots.

import type { Corpus } from '../domain/corpus';
import { HttpError, malformedId, notFound } from './errors';
import { isWellFormedId } from './ids';
import { findMailbox, type Mailbox, type ServerState, type StoredFolder, type StoredMessage, type WellKnownName } from './model';
import { Persister, readState, removeStaleTemps } from './persist';
import { seedState } from './seed';

/** Exchange's limit of concurrent requests per mailbox. */
export const MAILBOX_CONCURRENCY = 4;

const WELL_KNOWN: WellKnownName[] = ['msgfolderroot', 'inbox', 'sentitems', 'deleteditems', 'drafts', 'archive', 'junkemail', 'outbox'];

export class Tenant {
  state: ServerState;
  private readonly persister: Persister;
  private readonly inFlight = new Map<string, number>();

  private constructor(
    private readonly seed: Corpus,
    state: ServerState,
    dataFile: string,
  ) {
    this.state = state;
    this.persister = new Persister(dataFile, () => JSON.stringify(this.state));
  }

  static async open(seed: Corpus, dataFile: string): Promise<Tenant> {
    await removeStaleTemps(dataFile);
    const existing = await readState(dataFile);
    const fresh = seedState(seed);
    // State files from before the admin side get its parts from the seed (the trace as the seed implies it).
    const upgraded = existing && (!existing.trace || !existing.site || !existing.reportSettings);
    if (existing) {
      existing.trace ??= fresh.trace;
      existing.site ??= fresh.site;
      existing.reportSettings ??= fresh.reportSettings;
    }
    const tenant = new Tenant(seed, existing ?? fresh, dataFile);
    if (!existing || upgraded) await tenant.save();
    return tenant;
  }

  save(): Promise<void> {
    return this.persister.save();
  }

  async reset(): Promise<void> {
    this.state = seedState(this.seed);
    await this.save();
  }

  /** The organisation's corpus, for roles (admins, registrars, owners). */
  get corpus(): Corpus {
    return this.seed;
  }

  mailboxByAddress(address: string): Mailbox | undefined {
    return findMailbox(this.state, address);
  }

  /** `/users/{id|upn}` as the caller may see it: 404 for strangers, 403 for another's mailbox. */
  mailboxFor(caller: Mailbox, segment: string): Mailbox {
    const box = findMailbox(this.state, segment);
    if (!box) throw new HttpError(404, 'ErrorInvalidUser', `The requested user '${segment}' is invalid.`);
    if (box.id !== caller.id) throw new HttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    return box;
  }

  folder(mailbox: Mailbox, idOrName: string): StoredFolder {
    const lower = idOrName.toLowerCase();
    if ((WELL_KNOWN as string[]).includes(lower)) return mailbox.folders.find((f) => f.wellKnownName === lower)!;
    if (!isWellFormedId(idOrName)) throw malformedId();
    const found = mailbox.folders.find((f) => f.id === idOrName);
    if (!found) throw notFound();
    return found;
  }

  message(mailbox: Mailbox, id: string): StoredMessage {
    if (!isWellFormedId(id)) throw malformedId();
    const found = mailbox.messages[id];
    if (!found) throw notFound();
    return found;
  }

  /** Takes one of the mailbox's concurrency slots or answers 429 MailboxConcurrency. */
  acquire(mailbox: Mailbox): () => void {
    const n = this.inFlight.get(mailbox.id) ?? 0;
    if (n >= MAILBOX_CONCURRENCY) {
      throw new HttpError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'Retry-After': '1' });
    }
    this.inFlight.set(mailbox.id, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(mailbox.id) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(mailbox.id);
      else this.inFlight.set(mailbox.id, left);
    };
  }
}
