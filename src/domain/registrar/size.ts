// How big a message becomes when it is attached to the forward: base64 grows it by a third, and
// Exchange's size limit applies to the encoded message.

/** Room for the cover note, the metadata attachment and headers. */
export const ENVELOPE_OVERHEAD_BYTES = 64 * 1024;

/** Encoded size of a forward that carries `mimeBytes` of MIME (base64 with 76-character lines). */
export function estimateForwardBytes(mimeBytes: number): number {
  const base64 = Math.ceil(mimeBytes / 3) * 4;
  const lineBreaks = Math.ceil(base64 / 76) * 2;
  return base64 + lineBreaks + ENVELOPE_OVERHEAD_BYTES;
}

export function fitsSizeLimit(mimeBytes: number, maxMessageBytes: number): boolean {
  return estimateForwardBytes(mimeBytes) <= maxMessageBytes;
}

/** "12,3 MB" as Swedish readers write it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
