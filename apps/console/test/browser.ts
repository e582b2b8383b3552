import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { chromiumMissing, findChromium } from '@did/testing';

export const SCREENSHOTS = path.join(__dirname, '../../../dist/console-screenshots');

/**
 * Chromium headless: the one `npm test` found or installed (CHROMIUM_PATH), else Debian's at its usual
 * place. As root it needs --no-sandbox (Playwright's default without the Chromium sandbox); the
 * background-networking flags keep it off the closed network. Playwright gives each launch a fresh
 * user-data-dir of its own.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumMissing());
  return chromium.launch({
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot of the screen as `<n>-<name>.png` under dist/console-screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A small but real PDF (magic bytes %PDF-) to upload as a letter of authorization. */
export function samplePdf(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'console-e2e-')), 'loa.pdf');
  fs.writeFileSync(file, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  return file;
}
