// The task pane's first paint in an Outlook-shaped page (Office.js stood in for): the open item's
// verdict is drawn before React and the rest of the pane have loaded, says what React's card says,
// keeps message text as text, and React takes it over with the actions, one verdict region at a time.

import fs from 'fs';
import path from 'path';
import type { Page, Route } from 'playwright-core';
import { parseCorpus, type Corpus } from '../../src/domain/corpus';
import { root, startStack, type Stack } from './support/stack';

const OFFICE_MOCK = fs.readFileSync(path.join(root, 'bench/uiOfficeMock.js'), 'utf8');
const hostile = parseCorpus(fs.readFileSync(path.join(root, 'test/fixtures/tenants/hostile.json'), 'utf8')).corpus as Corpus;
const dev = parseCorpus(fs.readFileSync(path.join(root, 'test/fixtures/corpus/dev.json'), 'utf8')).corpus as Corpus;

jest.setTimeout(120_000);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

/** The "app" chunk (React, Fluent UI, the pane) as taskpane.html's build named it. */
function appChunk(): RegExp {
  const file = fs.readdirSync(path.join(root, 'dist')).find((f) => /^app\.[0-9a-f]+\.js$/.test(f));
  if (!file) throw new Error('dist/ has no app chunk');
  return new RegExp(`/${file.replace(/\./g, '\\.')}$`);
}

/**
 * A page whose Office.js is the stand-in (bench/uiOfficeMock.js, then `officeExtra`) with `item` open;
 * `others` can be selected later with `window.__postvaktBenchSelect(i)` (1, 2, …).
 */
async function outlookPage(item: unknown, officeExtra = '', others: unknown[] = []) {
  const { context, page } = await stack.newPage({ width: 400, height: 800 });
  await context.addInitScript((items) => void ((window as unknown as { __postvaktBenchItems: unknown }).__postvaktBenchItems = items), [item, ...others]);
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ body: OFFICE_MOCK + officeExtra, contentType: 'text/javascript' }));
  return { context, page };
}

/** Opens taskpane.html on `item` with the app chunk held back until `release()`. */
async function openHeld(item: unknown, officeExtra = ''): Promise<{ page: Page; release: () => void; close: () => Promise<void> }> {
  const { context, page } = await outlookPage(item, officeExtra);
  const held: Route[] = [];
  let released = false;
  await context.route(appChunk(), (route) => (released ? route.fallback() : void held.push(route)));
  await page.goto(`${stack.origin}/taskpane.html`, { waitUntil: 'commit' });
  return {
    page,
    release: () => {
      released = true;
      for (const route of held) void route.fallback();
    },
    close: () => context.close(),
  };
}

const region = (page: Page) => page.getByRole('region', { name: 'Bedömning' });

describe('the first paint in Outlook', () => {
  const flagged = dev.mailboxes.flatMap((m) => m.messages).find((m) => (m.expected?.flags?.length ?? 0) >= 2 && m.folder === 'inbox');

  it.each([
    ['a message with flags', flagged],
    ['a hostile message', hostile.mailboxes[0].messages[0]],
  ])('shows the verdict on %s before React loads, as React then shows it, with the actions', async (_name, item) => {
    const opened = await openHeld(item);
    try {
      const { page } = opened;
      await region(page).waitFor({ timeout: 30_000 });
      const first = await region(page).innerText();
      expect(first).toContain(item!.subject);
      expect(first).toMatch(/Registrera|Gallra|Osäker/);
      // The actions come with React, which has not loaded.
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('img, script:not([src]), iframe, [onerror], [onload]').length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

      opened.release();
      await page.getByRole('button', { name: /Skicka till registrator/ }).waitFor({ timeout: 30_000 });
      expect(await region(page).count()).toBe(1);
      expect(await region(page).innerText()).toBe(first);
    } finally {
      await opened.close();
    }
  });

  it('paints a dark host dark, and React takes over in the dark theme without a light frame', async () => {
    const opened = await openHeld(flagged, "\nwindow.Office.context.officeTheme = { bodyBackgroundColor: '#1f1f1f' };\n");
    try {
      const { page } = opened;
      await region(page).waitFor({ timeout: 30_000 });
      const background = () => page.evaluate(() => getComputedStyle(document.querySelector('#root > div')!).backgroundColor);
      expect(await background()).toBe('rgb(41, 41, 41)');
      // Every frame from React's first commit on: the pane's background as painted.
      await page.evaluate(() => {
        const seen: string[] = ((window as unknown as { __backgrounds: string[] }).__backgrounds = []);
        const frame = () => {
          const pane = document.querySelector('#root > div');
          if (pane && !pane.classList.contains('pv-first')) seen.push(getComputedStyle(pane).backgroundColor);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      opened.release();
      await page.getByRole('button', { name: /Skicka till registrator/ }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(200);
      const seen = await page.evaluate(() => (window as unknown as { __backgrounds: string[] }).__backgrounds);
      expect(seen.length).toBeGreaterThan(0);
      expect([...new Set(seen)]).toEqual(['rgb(41, 41, 41)']);
    } finally {
      await opened.close();
    }
  });

  it('asks for React and the pane only once the verdict is on screen, so their work does not delay it', async () => {
    const { context, page } = await outlookPage(flagged);
    try {
      await context.addInitScript(() => {
        const w = window as unknown as { __verdictAt?: number };
        new MutationObserver(() => {
          if (w.__verdictAt === undefined && document.querySelector('section[aria-label="Bedömning"]')) w.__verdictAt = performance.now();
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${stack.origin}/taskpane.html`);
      await page.getByRole('button', { name: /Skicka till registrator/ }).waitFor({ timeout: 30_000 });
      const { verdictAt, appAt } = await page.evaluate((pattern) => {
        const app = performance.getEntriesByType('resource').find((e) => new RegExp(pattern).test(e.name));
        return { verdictAt: (window as unknown as { __verdictAt: number }).__verdictAt, appAt: app?.startTime };
      }, appChunk().source);
      expect(appAt).toBeGreaterThan(verdictAt);
    } finally {
      await context.close();
    }
  });

  it('follows the selection once React has taken the first verdict over', async () => {
    const next = dev.mailboxes.flatMap((m) => m.messages).find((m) => m.folder === 'inbox' && m.subject !== flagged?.subject && !/[<>]/.test(m.subject));
    const { context, page } = await outlookPage(flagged, '', [next]);
    try {
      await page.goto(`${stack.origin}/taskpane.html`);
      await page.getByRole('button', { name: 'Skicka till registrator' }).waitFor({ timeout: 30_000 });
      await page.evaluate(() => (window as unknown as { __postvaktBenchSelect(i: number): void }).__postvaktBenchSelect(1));
      await region(page).getByText(next!.subject).waitFor({ timeout: 30_000 });
      expect(await region(page).getByText(flagged!.subject).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('still loads the pane when reading the open item never answers', async () => {
    // body.getAsync never calls back: no verdict to wait for.
    const opened = await openHeld(flagged, '\nwindow.Office.context.mailbox.item.body.getAsync = function () {};\n');
    try {
      opened.release();
      await opened.page.getByRole('tablist').waitFor({ timeout: 30_000 });
    } finally {
      await opened.close();
    }
  });

  it('says the actions are missing when the rest of the pane cannot load, and keeps the verdict', async () => {
    const { context, page } = await outlookPage(flagged);
    try {
      await context.route(appChunk(), (route) => route.abort());
      await page.goto(`${stack.origin}/taskpane.html`);
      await page.getByRole('alert').filter({ hasText: 'Postvakt kunde inte laddas klart' }).waitFor({ timeout: 30_000 });
      expect(await region(page).innerText()).toContain(flagged!.subject);
    } finally {
      await context.close();
    }
  });
});
