import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Debian's Chromium, headless, with a fresh profile and no traffic of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a new browser context (its own cookies) on the bench screen size and logs in through the login form. */
export async function loginAs(browser: Browser, baseUrl: string, username: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: baseUrl });
  // Generous: a loaded CI machine can take many seconds to deliver a live reading.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('.topbar').waitFor();
  return Object.assign(page, { scriptErrors: errors });
}

/** Saves a screenshot of the page as tests/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}
