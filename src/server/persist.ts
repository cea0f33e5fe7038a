// The data file: written atomically (temp file, fsync, rename), coalescing writes that arrive together.

import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import type { ServerState } from './model';

/** Removes temp files a killed process left behind (the data file itself is always whole). */
export async function removeStaleTemps(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return;
  }
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => unlink(join(dirname(file), n)).catch(() => undefined)));
}

export async function readState(file: string): Promise<ServerState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = JSON.parse(text) as ServerState;
  if (parsed?.format !== 'postvakt-graph-state/1' || typeof parsed.mailboxes !== 'object') {
    throw new Error(`The data file ${basename(file)} is not a postvakt-graph-state/1 file.`);
  }
  parsed.uploads ??= {};
  return parsed;
}

/** Writes the whole text to a temp file next to `file`, syncs it, then renames it over `file`. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  // Persist the rename itself (best effort: not every platform lets a directory be fsynced).
  try {
    const dir = await open(dirname(file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    /* directory fsync unsupported */
  }
}

/** One write in flight at a time; callers that arrive meanwhile share the next write. */
export class Persister {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => string,
  ) {}

  save(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) {
      this.running = this.write().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    const after = this.running;
    this.next = after
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.save();
      });
    return this.next;
  }

  private async write(): Promise<void> {
    await writeAtomically(this.file, this.snapshot());
  }
}
