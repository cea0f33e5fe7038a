// Raw RFC 5322 header block (from getAllInternetHeadersAsync) to name/value pairs.

import type { MessageHeader } from '../../domain/types';

/** Unfolds continuation lines and splits each header at its first colon; malformed lines are dropped. */
export function parseRawHeaders(raw: string, maxHeaders = 500): MessageHeader[] {
  const headers: MessageHeader[] = [];
  const lines = raw.split(/\r?\n/);
  for (const line of lines) {
    if (line === '') continue;
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
      const last = headers[headers.length - 1]!;
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    if (headers.length >= maxHeaders) break;
    headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}
