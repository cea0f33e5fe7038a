// Registrar mode in a real Chromium against the local Graph server (demo wiring): a politician
// sends, the registrar finds it in the queue with the right datum inkommen, registers it with a
// diarienummer and a sekretess marking, kvitterar once, the politician sees the receipt; a second
// delivery of the same original is a duplicate; the day's export downloads and validates; the refusals; axe and layout at 320 and 1024 px.

import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import fs from 'fs';
import type { Page } from 'playwright-core';
import { CATEGORY_LABELS } from '../../src/domain/labels';
import { localDateTime } from '../../src/domain/reports/calendar';
import { schemaErrors } from '../domain/registrar/ermsSupport';
import { startStack, type Stack } from './support/stack';
import { folderMessages, openAs, openTab, screenshot } from './support/page';

const POLITICIAN = 'helena.norberg@pol.kramfors.se';
const REGISTRAR = 'registrator@kramfors.se';

jest.setTimeout(180_000);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

async function withPage<T>(width: number, run: (page: Page) => Promise<T>): Promise<T> {
  const { context, page } = await stack.newPage({ width, height: 900 });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    const result = await run(page);
    expect(dialogs).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** A Graph call through the page's origin as `user`: status and JSON body. */
async function graph(page: Page, user: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ user, method, path, body }) => {
      const t = await fetch('/_dev/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) });
      const { access_token } = (await t.json()) as { access_token: string };
      const r = await fetch(path, {
        method,
        headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json', Prefer: 'IdType="ImmutableId"' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      return { status: r.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { user, method, path, body },
  );
}

async function sendCurrent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skicka till registrator' }).click();
  await page.getByRole('dialog', { name: 'Skicka till registrator?' }).getByRole('button', { name: 'Skicka till registrator' }).click();
  await page.getByText('Skickat till registrator och gallrat från inkorg, skickat och papperskorg.').waitFor({ timeout: 60_000 });
}

describe('registrar mode in the demo', () => {
  let subject = '';
  let receivedDateTime = '';

  it('a politician sends a document twice (the original and a copy of it); both reach the registrar', async () => {
    await withPage(1024, async (page) => {
      await openAs(page, stack.url, POLITICIAN);
      await openTab(page, 'Inkorgen');
      const filter = page.getByRole('combobox', { name: 'Filtrera på kategori' });
      await filter.waitFor({ timeout: 60_000 });
      await filter.selectOption({ label: CATEGORY_LABELS.registrera.sv });
      const open = page.getByRole('button', { name: /^Öppna: / }).first();
      subject = ((await open.getAttribute('aria-label')) ?? '').replace(/^Öppna: /, '');
      const listed = await graph(page, POLITICIAN, 'GET', `/v1.0/me/mailFolders/inbox/messages?$select=id,subject,receivedDateTime&$top=1000`);
      const original = (listed.body as { value: { id: string; subject: string; receivedDateTime: string }[] }).value.find((m) => m.subject === subject)!;
      receivedDateTime = original.receivedDateTime;
      // A copy of the same message (same Message-ID) in the Inbox: its delivery will be a duplicate.
      const copy = await graph(page, POLITICIAN, 'POST', `/v1.0/me/messages/${encodeURIComponent(original.id)}/copy`, { destinationId: 'inbox' });
      expect(copy.status).toBe(201);
      await open.click();
      await page.getByRole('region', { name: 'Bedömning' }).waitFor();
      await sendCurrent(page);
      await page.goto(`${stack.url}?user=${encodeURIComponent(POLITICIAN)}&message=${encodeURIComponent((copy.body as { id: string }).id)}`);
      await page.getByRole('region', { name: 'Bedömning' }).waitFor({ timeout: 30_000 });
      await sendCurrent(page);
      const registrarInbox = await folderMessages(page, REGISTRAR, 'inbox');
      expect(registrarInbox.filter((m) => m.subject.startsWith('Handling för diarieföring'))).toHaveLength(2);
    });
  });

  it('a politician’s token cannot list the registrar mailbox', async () => {
    await withPage(1024, async (page) => {
      await page.goto(stack.url);
      const answer = await graph(page, POLITICIAN, 'GET', `/v1.0/users/${encodeURIComponent(REGISTRAR)}/mailFolders/inbox/messages?$select=subject`);
      expect(answer.status).toBe(403);
    });
  });

  it('the registrar sees both in the queue with datum inkommen from the politician’s mailbox, the second marked as a duplicate, and no Gallra', async () => {
    await withPage(1024, async (page) => {
      await openAs(page, stack.url, REGISTRAR);
      await openTab(page, 'Inkorgen');
      await page.getByRole('heading', { name: 'Att diarieföra (2)' }).waitFor({ timeout: 60_000 });
      const rows = page.getByRole('button', { name: new RegExp(subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      await expect(rows.count()).resolves.toBe(2);
      await expect(page.getByText('Dubblett', { exact: true }).count()).resolves.toBe(1);
      await expect(page.getByText(`Inkom ${localDateTime(receivedDateTime)}`, { exact: false }).count()).resolves.toBe(2);
      await expect(page.getByRole('button', { name: /Gallra/ }).count()).resolves.toBe(0);
    });
  });

  it('registers with a diarienummer and a sekretess marking, refuses a wrong diarienummer, and kvitterar once', async () => {
    await withPage(1024, async (page) => {
      await openAs(page, stack.url, REGISTRAR);
      await openTab(page, 'Inkorgen');
      await page.getByRole('heading', { name: 'Att diarieföra (2)' }).waitFor({ timeout: 60_000 });
      // The delivery that is not the duplicate.
      const first = page.locator('li', { hasNot: page.getByText('Dubblett', { exact: true }) }).getByRole('button').first();
      await first.click();
      await page.locator('dd', { hasText: localDateTime(receivedDateTime) }).waitFor();
      await expect(page.getByRole('button', { name: /Gallra/ }).count()).resolves.toBe(0);

      await page.getByRole('textbox', { name: 'Diarienummer' }).fill('2026/123');
      await page.getByRole('button', { name: 'Diarieför', exact: true }).click();
      await page.getByText('Diarienumret ska skrivas som KS 2026/123.').waitFor({ timeout: 30_000 });

      await page.getByRole('textbox', { name: 'Diarienummer' }).fill('KS 2026/123');
      await page.getByRole('checkbox', { name: 'Sekretessmarkering (OSL 5 kap. 5 §)' }).check();
      await page.getByRole('textbox', { name: 'Bestämmelse' }).fill('OSL 26 kap. 1 §');
      await page.getByRole('textbox', { name: 'Offentlig rubrik i diariet' }).fill('Skrivelse från enskild');
      await screenshot(page, 'registrar-register-1024px');
      const started = Date.now();
      await page.getByRole('button', { name: 'Diarieför', exact: true }).click();
      await page.getByRole('heading', { name: 'Diarieförd som KS 2026/123' }).waitFor({ timeout: 60_000 });
      console.log(`registrar: time to register one delivery in the browser: ${Date.now() - started} ms`);
      await page.getByText(/I det offentliga diariet: KS 2026\/123 · .* · Skrivelse från enskild$/).waitFor();
      await page.getByRole('heading', { name: 'Att diarieföra (1)' }).waitFor();

      await page.getByRole('button', { name: 'Kvittera', exact: true }).click();
      await page.getByText(`Kvittot har skickats till ${POLITICIAN}.`).waitFor({ timeout: 60_000 });
      await expect(page.getByRole('button', { name: 'Kvittera', exact: true }).count()).resolves.toBe(0);
      const receipts = (await folderMessages(page, POLITICIAN, 'inbox')).filter((m) => m.subject.startsWith('Kvitto från registrator'));
      expect(receipts).toHaveLength(1);
    });
  });

  it('links the duplicate to the registered diarienummer and marks it makulerad; nothing is deleted', async () => {
    await withPage(1024, async (page) => {
      await openAs(page, stack.url, REGISTRAR);
      await openTab(page, 'Inkorgen');
      await page.getByRole('heading', { name: 'Att diarieföra (1)' }).waitFor({ timeout: 60_000 });
      await page.getByRole('listitem').filter({ has: page.getByText('Dubblett', { exact: true }) }).getByRole('button').click();
      // Same Message-ID (a copy of the message); without attachments the two .eml files are identical too.
      await page.getByText(/^Dubblett av KS 2026\/123 \(samma Message-ID(, samma \.eml)?\)\.$/).waitFor();
      await page.getByRole('button', { name: 'Makulera som dubblett' }).click();
      await page.getByRole('heading', { name: 'Makulerad: Samma handling som KS 2026/123' }).waitFor({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Att diarieföra (0)' }).waitFor();
      const registrarInbox = await folderMessages(page, REGISTRAR, 'inbox');
      expect(registrarInbox.filter((m) => m.subject.startsWith('Handling för diarieföring'))).toHaveLength(2);
    });
  });

  it('exports today’s registration: the downloaded zip holds ERMS XML that validates, the register CSV and the original', async () => {
    await withPage(1024, async (page) => {
      await openAs(page, stack.url, REGISTRAR);
      await openTab(page, 'Inkorgen');
      await page.getByRole('heading', { name: 'Att diarieföra (0)' }).waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera', exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(/^postvakt-arkiv-\d{4}-\d{2}-\d{2}\.zip$/);
      const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
      const xml = strFromU8(files['erms.xml']!);
      expect(await schemaErrors(xml)).toEqual([]);
      expect(xml).toContain('KS 2026/123');
      expect([...files['register.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(Object.keys(files).filter((n) => /^eml\/.+\.eml$/.test(n))).toHaveLength(1);
      await page.getByText(/hämtad: 1 handling i 1 ärende/).waitFor();
      // A case with no registrations: a Swedish sentence, no download.
      let downloads = 0;
      page.on('download', () => void (downloads += 1));
      await page.getByRole('radio', { name: 'Ett ärende' }).check();
      await page.getByRole('textbox', { name: 'Diarienummer' }).fill('KS 1999/1');
      await page.getByRole('button', { name: 'Exportera', exact: true }).click();
      await page.getByText('Inga diarieförda handlingar att exportera för det valet. Välj en annan dag, ett annat intervall eller ärende.').waitFor({ timeout: 30_000 });
      expect(downloads).toBe(0);
    });
  });

  it('opening a delivery as the current message shows its card, never a gallra proposal', async () => {
    await withPage(1024, async (page) => {
      await page.goto(stack.url);
      const inbox = await folderMessages(page, REGISTRAR, 'inbox');
      const delivery = inbox.find((m) => m.subject.startsWith('Handling för diarieföring'))!;
      await page.goto(`${stack.url}?user=${encodeURIComponent(REGISTRAR)}&message=${encodeURIComponent(delivery.id)}`);
      await openTab(page, 'Det här meddelandet');
      await page.getByRole('heading', { name: /^Leverans från Postvakt/ }).waitFor({ timeout: 60_000 });
      await expect(page.getByRole('button', { name: /Gallra/ }).count()).resolves.toBe(0);
    });
  });

  it('the politician sees the receipt on the journal row', async () => {
    await withPage(1024, async (page) => {
      await openAs(page, stack.url, POLITICIAN);
      await openTab(page, 'Logg 30 dagar');
      await page.getByText('Diarieförd som KS 2026/123').first().waitFor({ timeout: 60_000 });
    });
  });

  it.each([320, 1024])('has no axe violations in the registrar workspace at %i px and does not overflow', async (width) => {
    await withPage(width, async (page) => {
      await openAs(page, stack.url, REGISTRAR);
      await openTab(page, 'Inkorgen');
      await page.getByRole('heading', { name: /^Hanterade/ }).waitFor({ timeout: 60_000 });
      await page.getByRole('listitem').first().getByRole('button').click();
      await page.getByRole('heading', { name: /^Leverans från Postvakt/ }).waitFor();
      await screenshot(page, `registrar-${width}px`);
      const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
      expect(result.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
