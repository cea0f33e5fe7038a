// The production taskpane.html: Office.js from Microsoft's CDN, the first verdict's files all
// started at once (entry, config, classifier; also as Link headers in _headers), and dist/ cleaning
// that spares the Outlook builds.

import fs from 'fs';
import path from 'path';
import { ensureBuilt, root } from '../browser/support/stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OUTLOOK_FILES } = require(path.join(root, 'webpack.outlook.js')) as { OUTLOOK_FILES: RegExp };

const dist = path.join(root, 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function tags(html: string): string[] {
  return [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);
}
const attr = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1] ?? null;

describe('taskpane.html', () => {
  let html = '';
  beforeAll(() => {
    ensureBuilt();
    html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  });

  it('loads Office.js from Microsoft\'s CDN as a blocking script, after the async entry script, which waits for Office.js to have run', () => {
    const list = tags(html);
    const office = list.findIndex((t) => attr(t, 'src') === OFFICE_CDN);
    const entry = list.findIndex((t) => /^<script/.test(t) && /^taskpane\.[0-9a-f]+\.js$/.test(attr(t, 'src') ?? ''));
    expect(office).toBeGreaterThan(-1);
    expect(entry).toBeGreaterThan(-1);
    expect(entry).toBeLessThan(office);
    expect(list[entry]).toMatch(/\sasync/);
    expect(list[entry]).not.toMatch(/\sdefer/);
    expect(attr(list[entry], 'fetchpriority')).toBe('high');
    expect(list[office]).not.toMatch(/\s(defer|async)/);
  });

  it('has an entry bundle that carries the verdict card\'s words, not the whole dictionary or React', () => {
    const entry = tags(html).map((t) => attr(t, 'src') ?? '').find((src) => /^taskpane\.[0-9a-f]+\.js$/.test(src));
    const code = fs.readFileSync(path.join(dist, entry!), 'utf8');
    expect(code).toContain('Bedömning');
    expect(code).not.toContain('Avgör senare'); // a word of the React pane's (ui/strings.ts)
    expect(code).not.toContain('react.element');
  });

  it('preloads postvakt.config.json as a CORS fetch and the classifier chunks, which exist and carry the compile hint', () => {
    const preloads = tags(html).filter((t) => attr(t, 'rel') === 'preload');
    const config = preloads.find((t) => attr(t, 'href') === 'postvakt.config.json');
    expect(config && attr(config, 'as')).toBe('fetch');
    expect(config && attr(config, 'crossorigin')).toBe('anonymous');
    const scripts = preloads.filter((t) => attr(t, 'as') === 'script').map((t) => attr(t, 'href')!);
    // The classifier is one chunk (webpack.config.js: oneChunkFor), not split by which lazy chunks share its modules.
    expect(scripts.filter((f) => /\.js$/.test(f))).toEqual([expect.stringMatching(/^classifier\.[0-9a-f]+\.js$/)]);
    for (const file of scripts) {
      expect(fs.existsSync(path.join(dist, file))).toBe(true);
      expect(fs.readFileSync(path.join(dist, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    }
  });
});

describe('_headers (what the static host sends with taskpane.html)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseHeadersFile } = require(path.join(root, 'scripts/pageHeaders.js')) as { parseHeadersFile(text: string): Map<string, [string, string][]> };

  it('preloads exactly the files the page asks for first (entry, stylesheet, config, classifier chunks) and Office.js, with the same request modes', () => {
    ensureBuilt();
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const links = (parseHeadersFile(fs.readFileSync(path.join(dist, '_headers'), 'utf8')).get('/taskpane.html') ?? []).filter(([name]) => name === 'Link').map(([, value]) => value);
    const fromHtml = tags(html)
      .filter((t) => attr(t, 'rel') === 'preload' || attr(t, 'rel') === 'stylesheet' || /^<script/.test(t))
      .map((t) => {
        const url = attr(t, 'src') ?? attr(t, 'href');
        if (/^<script/.test(t)) return url === OFFICE_CDN ? `<${url}>; rel=preload; as=script` : `<${url}>; rel=preload; as=script; fetchpriority=high`;
        if (attr(t, 'rel') === 'stylesheet') return `<${url}>; rel=preload; as=style`;
        return `<${url}>; rel=preload; as=${attr(t, 'as')}${attr(t, 'crossorigin') ? `; crossorigin=${attr(t, 'crossorigin')}` : ''}`;
      });
    // At least the entry, its stylesheet, the config, the classifier chunk and Office.js.
    expect(links.length).toBeGreaterThanOrEqual(5);
    expect([...links].sort()).toEqual([...fromHtml].sort());
  });

  it('reads the Netlify / Cloudflare Pages format: a path line, then indented "Name: value" lines, comments and blank lines skipped', () => {
    const pages = parseHeadersFile('# comment\n/a.html\n  Link: <x.js>; rel=preload; as=script\n\n  Link: <y.css>; rel=preload; as=style\n/b.html\n\tX-Test:  1 \n');
    expect(pages.get('/a.html')).toEqual([
      ['Link', '<x.js>; rel=preload; as=script'],
      ['Link', '<y.css>; rel=preload; as=style'],
    ]);
    expect(pages.get('/b.html')).toEqual([['X-Test', '1']]);
  });

  it.each([
    ['a header before any path', '  Link: <x.js>\n'],
    ['an indented line without a colon', '/a.html\n  Link <x.js>\n'],
    ['a header with an empty value', '/a.html\n  Link:   \n'],
  ])('refuses %s, naming the line', (_, text) => {
    expect(() => parseHeadersFile(text)).toThrow(/_headers line \d+/);
  });
});

describe('OUTLOOK_FILES (what the task pane build leaves alone when it cleans dist/)', () => {
  it.each(['commands.html', 'commands.js', 'commands-938.1a2b3c4d.js', 'dialog.html', 'dialog.js', 'redirect.html', 'redirect.js', 'assets', 'assets/icon-32.png', 'manifest.xml', 'launchevent.html', 'launchevent.js'])(
    'counts %s as the Outlook builds\' own',
    (file) => expect(OUTLOOK_FILES.test(file)).toBe(true),
  );
  it.each(['taskpane.html', 'taskpane.1a2b3c4d.js', 'lazy-tabs.1a2b3c4d.js', 'verdict.1a2b3c4d.js', '595.1a2b3c4d.js', 'postvakt.config.json', 'office/office.js'])(
    'leaves %s to the task pane build',
    (file) => expect(OUTLOOK_FILES.test(file)).toBe(false),
  );
});

describe('demo.html (the plain-browser demo)', () => {
  it('is the task pane without Office.js, whose host lookup outside Office frames Microsoft\'s telemetry', () => {
    ensureBuilt();
    const html = fs.readFileSync(path.join(dist, 'demo.html'), 'utf8');
    const list = tags(html);
    expect(list.some((t) => /office\.js/.test(attr(t, 'src') ?? ''))).toBe(false);
    expect(list.some((t) => /^<script/.test(t) && /^taskpane\.[0-9a-f]+\.js$/.test(attr(t, 'src') ?? ''))).toBe(true);
  });
});
