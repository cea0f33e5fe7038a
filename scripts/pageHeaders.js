// dist/_headers: the response headers a static host sends with a page (the file format Netlify and
// Cloudflare Pages read: a path line, then indented "Name: value" lines). webpack.config.js writes it
// (taskpane.html's first-wave preloads as Link headers); the browser-test server sends what it says.
'use strict';

/** The file's text for `pages`: [path, [name, value][]] pairs (an array or a Map). */
function formatHeadersFile(pages, comment) {
  const lines = comment ? comment.split('\n').map((line) => `# ${line}`) : [];
  for (const [page, headers] of pages) {
    lines.push(page, ...headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Path → [name, value] pairs. Throws on a header line before any path, or on an indented line that is
 * not "Name: value" (a host would ignore or refuse it; the test server must not guess).
 */
function parseHeadersFile(text) {
  const pages = new Map();
  let current = null;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = pages.get(line.trim()) ?? [];
      pages.set(line.trim(), current);
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    if (!header || !current) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path line`);
    current.push([header[1], header[2].trim()]);
  });
  return pages;
}

module.exports = { formatHeadersFile, parseHeadersFile };
