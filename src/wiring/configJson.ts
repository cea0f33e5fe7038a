// Fetches postvakt.config.json at start (no validators here: they live in the classifier chunk).

/** The file's JSON, or null when it is missing or broken (then the defaults apply). Never rejects. */
export async function fetchOutlookConfigJson(): Promise<unknown> {
  try {
    const response = await fetch('postvakt.config.json', { cache: 'no-cache' });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}
