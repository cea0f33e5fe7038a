// Milliseconds as "3 h 25 min" in the page's words.

export function formatDuration(ms: number, words: (hours: number, minutes: number) => string): string {
  const minutes = Math.round(ms / 60_000);
  return words(Math.floor(minutes / 60), minutes % 60);
}
