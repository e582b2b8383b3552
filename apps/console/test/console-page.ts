import type { Page } from 'playwright-core';
import { screenshot } from './browser';

/** Navigation and waiting on one console tab, shared by the browser tests (getters: both exist only after beforeAll). */
export function consolePage(pageOf: () => Page, consoleUrl: () => string) {
  return {
    go: async (hash: string) => {
      await pageOf().goto(`${consoleUrl()}#/${hash}`);
    },
    /** Waits for `text`; on a timeout, the failure names the API problems on screen and a screenshot is saved. */
    see: async (text: string | RegExp, timeout = 15_000) => {
      const page = pageOf();
      try {
        await page.getByText(text).first().waitFor({ timeout });
      } catch (err) {
        const alerts = await page.getByRole('alert').allTextContents();
        await screenshot(page, `failed-${String(text).replace(/\W+/g, '-').slice(0, 40)}`);
        throw new Error(`${(err as Error).message}\nOn screen: ${alerts.join(' | ') || 'no alert'}`);
      }
    },
    /** Signs in with an API key and waits for the first screen. */
    signIn: async (key: string) => {
      const page = pageOf();
      await page.goto(consoleUrl());
      await page.getByLabel('API key').fill(key);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Phone Numbers', level: 1 }).waitFor();
    },
  };
}
