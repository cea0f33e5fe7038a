// Log scans of the browser tests: which known secrets a log holds, and what looks like a token or an address.

/** A bearer token or an e-mail address, whatever wrote it. */
export const TOKEN_OR_ADDRESS = /bearer\s+\S+|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

/** The secrets that occur in the lines, compared without case. */
export function secretsIn(lines: readonly string[], secrets: Iterable<string>): string[] {
  const text = lines.join('\n').toLowerCase();
  return [...secrets].filter((s) => text.includes(s.toLowerCase()));
}
