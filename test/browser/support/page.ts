// Helpers over the demo page: open it as a persona, switch views, read a mailbox through the
// same-origin Graph proxy, and save screenshots where the test artifacts go.

import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { root } from './stack';

export const SCREENSHOTS = path.join(root, 'test-results/screenshots');

export async function openAs(page: Page, url: string, user: string): Promise<void> {
  await page.goto(`${url}?user=${encodeURIComponent(user)}`);
  await page.getByRole('tab', { name: 'Det här meddelandet' }).waitFor();
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface ListedMessage {
  id: string;
  subject: string;
  hasAttachments?: boolean;
}

/** The subjects in one of a user's folders, read through the page's origin (the dev proxy). */
export async function folderMessages(page: Page, user: string, folder: 'inbox' | 'sentitems' | 'deleteditems'): Promise<ListedMessage[]> {
  return page.evaluate(
    async ({ user, folder }) => {
      const tokenResponse = await fetch('/_dev/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) });
      const { access_token } = (await tokenResponse.json()) as { access_token: string };
      const out: { id: string; subject: string; hasAttachments?: boolean }[] = [];
      let next: string | undefined = `/v1.0/me/mailFolders/${folder}/messages?$select=subject,hasAttachments&$top=1000`;
      while (next) {
        const r: Response = await fetch(next, { headers: { Authorization: `Bearer ${access_token}` } });
        const body = (await r.json()) as { value: { id: string; subject: string; hasAttachments?: boolean }[]; '@odata.nextLink'?: string };
        out.push(...body.value);
        next = body['@odata.nextLink'] ? new URL(body['@odata.nextLink']).pathname + new URL(body['@odata.nextLink']).search : undefined;
      }
      return out;
    },
    { user, folder },
  );
}
