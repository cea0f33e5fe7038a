// What the admin APIs (reports, message trace, SharePoint lists) see: the tenant, the request, limits, downloads.

import { randomBytes } from 'node:crypto';
import { HttpError } from './errors';
import type { Tenant } from './tenant';
import type { Throttle } from './throttle';
import type { GraphRequest } from './types';

/** Pre-authenticated report downloads (Graph's 302 target): valid for a few minutes, no Authorization needed. */
export class ReportDownloads {
  static readonly TTL_MS = 5 * 60_000;
  private readonly files = new Map<string, { bytes: Buffer; expires: number }>();

  add(bytes: Buffer, nowMs: number): string {
    for (const [k, f] of this.files) if (f.expires < nowMs) this.files.delete(k);
    const token = randomBytes(24).toString('base64url');
    this.files.set(token, { bytes, expires: nowMs + ReportDownloads.TTL_MS });
    return token;
  }

  get(token: string, nowMs: number): Buffer {
    const f = this.files.get(token);
    if (!f) throw new HttpError(404, 'BlobNotFound', 'The specified report download does not exist.');
    if (f.expires < nowMs) {
      this.files.delete(token);
      throw new HttpError(403, 'AuthenticationFailed', 'The pre-authenticated download URL has expired. Ask Graph for the report again.');
    }
    return f.bytes;
  }

  clear(): void {
    this.files.clear();
  }
}

export interface AdminContext {
  tenant: Tenant;
  req: GraphRequest;
  now: () => Date;
  throttle: Throttle;
  downloads: ReportDownloads;
}
