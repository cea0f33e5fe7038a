// The task pane in a real Chromium against the local Graph server (demo wiring): actions, guards,
// bulk triage, the log export, hostile input, accessibility and layout at 320 px and 1024 px.

import AxeBuilder from '@axe-core/playwright';
import fs from 'fs';
import type { Page } from 'playwright-core';
import { CATEGORY_LABELS } from '../../src/domain/labels';
import { foreignHosts, startStack, type Stack } from './support/stack';
import { folderMessages, openAs, openTab, screenshot } from './support/page';

const POLITICIAN = 'helena.norberg@pol.kramfors.se';
const REGISTRAR = 'registrator@kramfors.se';
const OTHER_POLITICIAN = 'johan.lindqvist@mjolby.se';
const HOSTILE = "<img src=x onerror=alert(1)>Fråga om <script>alert('skolskjuts')</script> skolskjutsen";

jest.setTimeout(120_000);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

async function withPage<T>(width: number, run: (page: Page) => Promise<T>): Promise<T> {
  const { context, page, requests } = await stack.newPage({ width, height: 900 });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    const result = await run(page);
    expect(dialogs).toEqual([]);
    // The demo reaches nothing beyond its own origin.
    expect(foreignHosts(requests, stack.origin)).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** Opens the Inbox view, filters it to one category and opens its first message. */
async function openFirstOf(page: Page, category: keyof typeof CATEGORY_LABELS): Promise<string> {
  await openTab(page, 'Inkorgen');
  const filter = page.getByRole('combobox', { name: 'Filtrera på kategori' });
  await filter.waitFor({ timeout: 60_000 });
  await filter.selectOption({ label: CATEGORY_LABELS[category].sv });
  const open = page.getByRole('button', { name: /^Öppna: / }).first();
  const name = (await open.getAttribute('aria-label')) ?? '';
  await open.click();
  await page.getByRole('region', { name: 'Bedömning' }).waitFor();
  return name.replace(/^Öppna: /, '');
}

describe('the task pane in the demo', () => {
  describe('when a message has a hostile subject', () => {
    it('shows the markup as text and runs none of it', async () => {
      await withPage(1024, async (page) => {
        await openAs(page, stack.url, POLITICIAN);
        await page.getByText(HOSTILE, { exact: true }).waitFor();
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(await page.locator('main script').count()).toBe(0);
      });
    });
  });

  describe('when the politician sends a public record to the registrar', () => {
    it('reports the outcome, the registrar receives it and no copy is left in the politician\'s folders', async () => {
      await withPage(1024, async (page) => {
        await openAs(page, stack.url, POLITICIAN);
        const registrarBefore = (await folderMessages(page, REGISTRAR, 'inbox')).length;
        const subject = await openFirstOf(page, 'registrera');
        await page.getByRole('button', { name: 'Skicka till registrator' }).click();
        const dialog = page.getByRole('dialog', { name: 'Skicka till registrator?' });
        await dialog.getByRole('button', { name: 'Skicka till registrator' }).click();
        await page.getByText('Skickat till registrator och gallrat från inkorg, skickat och papperskorg.').waitFor({ timeout: 60_000 });

        for (const folder of ['inbox', 'sentitems', 'deleteditems'] as const) {
          const subjects = (await folderMessages(page, POLITICIAN, folder)).map((m) => m.subject);
          expect(subjects).not.toContain(subject);
        }
        const registrarInbox = await folderMessages(page, REGISTRAR, 'inbox');
        expect(registrarInbox.length).toBe(registrarBefore + 1);

        // The registrar persona opens registrar mode: the delivery waits in the queue (registrar.test.ts goes on from there).
        await openAs(page, stack.url, REGISTRAR);
        await openTab(page, 'Inkorgen');
        await page.getByText(subject, { exact: true }).waitFor({ timeout: 60_000 });
      });
    });
  });

  describe('when the politician purges a message that is not a public record', () => {
    it('removes it from the mailbox and says so', async () => {
      await withPage(1024, async (page) => {
        await openAs(page, stack.url, POLITICIAN);
        const subject = await openFirstOf(page, 'gallra_ej_allman');
        await page.getByRole('button', { name: 'Gallra' }).click();
        await page.getByRole('dialog', { name: 'Gallra meddelandet?' }).getByRole('button', { name: 'Gallra' }).click();
        await page.getByText('Gallrat från inkorg, skickat och papperskorg.').waitFor({ timeout: 30_000 });
        const subjects = (await folderMessages(page, POLITICIAN, 'inbox')).map((m) => m.subject);
        expect(subjects).not.toContain(subject);
      });
    });
  });

  describe('when the politician tries to purge a public record', () => {
    it('asks for a reason and purges nothing without one', async () => {
      await withPage(1024, async (page) => {
        await openAs(page, stack.url, POLITICIAN);
        const subject = await openFirstOf(page, 'registrera');
        await page.getByRole('button', { name: 'Gallra' }).click();
        const dialog = page.getByRole('dialog', { name: 'Gallra meddelandet?' });
        await dialog.getByText(/allmän handling som ska diarieföras/).waitFor();
        await dialog.getByRole('button', { name: 'Gallra' }).click();
        await dialog.getByText('Ange en motivering för att gallra en allmän handling.').waitFor();
        await dialog.getByRole('button', { name: 'Avbryt' }).click();
        const subjects = (await folderMessages(page, POLITICIAN, 'inbox')).map((m) => m.subject);
        expect(subjects).toContain(subject);
      });
    });
  });

  describe('when the politician purges a public record with a stated reason', () => {
    it('purges it, and the 30-day log still lists its row with the reason', async () => {
      await withPage(1024, async (page) => {
        await openAs(page, stack.url, POLITICIAN);
        const subject = await openFirstOf(page, 'registrera');
        await page.getByRole('button', { name: 'Gallra' }).click();
        const dialog = page.getByRole('dialog', { name: 'Gallra meddelandet?' });
        await dialog.getByRole('textbox', { name: /Motivering/ }).fill('Dubblett av ärende som redan är diariefört');
        await dialog.getByRole('button', { name: 'Gallra' }).click();
        await page.getByText('Gallrat från inkorg, skickat och papperskorg.').waitFor({ timeout: 30_000 });
        expect((await folderMessages(page, POLITICIAN, 'inbox')).map((m) => m.subject)).not.toContain(subject);
        await openTab(page, 'Logg 30 dagar');
        const row = page.locator('table tbody tr', { hasText: subject });
        await row.getByText('Gallrad trots bedömningen allmän handling. Motivering: Dubblett av ärende som redan är diariefört').waitFor({ timeout: 30_000 });
        await expect(row.getByText('Gallrad – raden finns kvar i loggen').count()).resolves.toBe(1);
      });
    });
  });

  describe('when the politician applies the proposals for many messages at once', () => {
    it('shows progress and reports how many were purged', async () => {
      await withPage(1024, async (page) => {
        await openAs(page, stack.url, POLITICIAN);
        await openTab(page, 'Inkorgen');
        const filter = page.getByRole('combobox', { name: 'Filtrera på kategori' });
        await filter.waitFor({ timeout: 60_000 });
        await filter.selectOption({ label: CATEGORY_LABELS.gallra_ringa.sv });
        const rows = await page.getByRole('button', { name: /^Öppna: / }).count();
        expect(rows).toBeGreaterThan(1);
        await page.evaluate(() => {
          const seen: string[] = [];
          (window as unknown as { progressSeen: string[] }).progressSeen = seen;
          new MutationObserver(() => {
            document.querySelectorAll('[role="progressbar"][aria-valuenow]').forEach((el) => seen.push(el.getAttribute('aria-valuenow') ?? ''));
          }).observe(document.body, { subtree: true, childList: true, attributes: true });
        });
        await page.getByRole('checkbox', { name: 'Markera alla' }).click();
        await page.getByRole('button', { name: `Verkställ förslag för markerade (${rows})` }).click();
        await page.getByRole('dialog', { name: `Verkställ förslagen för ${rows} meddelanden?` }).getByRole('button', { name: 'Bekräfta' }).click();
        await page.getByText(`${rows} gallrade, 0 misslyckades.`).waitFor({ timeout: 60_000 });
        const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
        expect(seen.length).toBeGreaterThan(0);
        await expect(page.getByRole('button', { name: /^Öppna: / }).count()).resolves.toBe(0);
      });
    });
  });

  describe('when the politician exports the 30-day log', () => {
    it('downloads a semicolon-separated CSV with a BOM and the log rows', async () => {
      await withPage(1024, async (page) => {
        await openAs(page, stack.url, OTHER_POLITICIAN);
        await openTab(page, 'Logg 30 dagar');
        await page.getByText('Om någon begär ut din e-postlogg i dag ser de detta').first().waitFor({ timeout: 30_000 });
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
        expect(download.suggestedFilename()).toMatch(/^postvakt-epostlogg-\d{4}-\d{2}-\d{2}\.csv$/);
        const text = fs.readFileSync((await download.path())!, 'utf8');
        expect(text.charCodeAt(0)).toBe(0xfeff);
        const lines = text.slice(1).trim().split(/\r?\n/);
        expect(lines[0].split(';').length).toBeGreaterThan(3);
        const rowCount = await page.locator('table tbody tr').count();
        expect(lines.length - 1).toBe(rowCount);
      });
    });
  });

  describe('accessibility and layout', () => {
    it.each([320, 1024])('has no axe violations in any view at %i px and saves screenshots', async (width) => {
      await withPage(width, async (page) => {
        await openAs(page, stack.url, OTHER_POLITICIAN);
        await page.getByRole('region', { name: 'Bedömning' }).waitFor({ timeout: 30_000 });
        const views: [string, string][] = [
          ['Det här meddelandet', 'message'],
          ['Inkorgen', 'inbox'],
          ['Hygien', 'hygiene'],
          ['Logg 30 dagar', 'log'],
        ];
        for (const [tab, name] of views) {
          await openTab(page, tab);
          if (name === 'inbox') await page.getByRole('combobox', { name: 'Filtrera på kategori' }).waitFor({ timeout: 60_000 });
          if (name === 'hygiene') await page.getByRole('region', { name: 'Checklista' }).waitFor({ timeout: 30_000 });
          if (name === 'log') await page.getByRole('button', { name: 'Exportera CSV' }).waitFor({ timeout: 30_000 });
          await screenshot(page, `${name}-${width}px`);
          const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
          expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        }
      });
    }, 240_000); // four views, each with an axe run (~50 s in all at load 6-8; over 120 s at load 14)
  });
});
