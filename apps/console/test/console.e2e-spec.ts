import type { Browser, Page } from 'playwright-core';
import { waitFor } from '@did/testing';
import { launchChromium, samplePdf, screenshot } from './browser';
import { consolePage } from './console-page';
import { Platform, startPlatform } from './platform';
import { startReceiver } from './webhook-receiver';

/**
 * The partner console in a real browser against the real platform: sign in, add a webhook endpoint,
 * fund the wallet, buy a number and watch it go active, assign it to a tenant, configure it, start a
 * port-in and see the webhook deliveries. Every main screen is saved under dist/console-screenshots/.
 */
describe('partner console (Chromium)', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let partner: { id: string; key: string };
  let bought = '';

  const { go, see } = consolePage(
    () => page,
    () => platform.consoleUrl,
  );

  beforeAll(async () => {
    browser = await launchChromium();
    platform = await startPlatform();
    receiver = await startReceiver();
    partner = await platform.gw.newPartner('Northwind Voice');
    await platform.gw.newTenant(partner, 'Acme Plumbing');
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await platform?.close();
  });

  it('signs in with an API key and shows the API error of a bad one', async () => {
    await page.goto(platform.consoleUrl);
    await page.getByLabel('API key').fill('dk_not_a_real_key_000000000000000000000000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Code: \w+/);
    await screenshot(page, '01-sign-in-error');

    await page.getByLabel('API key').fill(partner.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Phone Numbers', level: 1 }).waitFor();
    await see('No numbers match');
    // Expressions as strings: the tests are type-checked without the DOM's globals (the web app has its own tsconfig).
    expect(await page.evaluate('Object.keys(sessionStorage)')).toContain('did-console.api-key');
    expect(await page.evaluate('Object.keys(localStorage)')).toEqual([]);
    await screenshot(page, '02-numbers-empty');
  });

  it('adds a webhook endpoint and shows its secret once', async () => {
    await go('webhooks');
    await page.getByLabel('URL').fill(receiver.url);
    await page.getByLabel("Also deliver my tenants' events").check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await screenshot(page, '03-webhook-secret');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await see(receiver.url);
  });

  it('saves a card and tops up the wallet', async () => {
    await go('wallet');
    await see('No saved card');
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: 'Save card' }).click();
    await see('Card ending 4242 saved.');
    await page.getByLabel('Amount (USD)', { exact: true }).fill('100');
    await page.getByRole('button', { name: 'Top up', exact: true }).click();
    await see(/Topped up\. New balance \$100\.00/);
    expect(await page.getByTestId('wallet-balance').textContent()).toBe('$100.00');
    await screenshot(page, '04-wallet');
  });

  it('buys a number: search with prices per city, checkout with total and balance, pending to active', async () => {
    await go('numbers/add');
    await page.getByLabel('City').fill('Austin');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'By city' }).waitFor();
    await screenshot(page, '05-add-number-results');
    await page
      .getByRole('checkbox', { name: /^Select \+1512/ })
      .first()
      .check();
    await page.getByRole('button', { name: 'Checkout' }).click();
    const total = page.getByTestId('checkout-total');
    await total.waitFor();
    expect(await total.textContent()).toMatch(/^\$\d+\.\d\d$/);
    expect(await page.getByTestId('checkout-balance').textContent()).toBe('$100.00');
    await screenshot(page, '06-checkout');
    await page.getByRole('button', { name: /Confirm purchase/ }).click();
    await page.getByTestId('ordered-number').first().waitFor();
    await see(/Order success: 1 of 1 active/, 30_000);
    bought = ((await page.getByTestId('ordered-number').first().textContent()) ?? '')
      .replace(/[^\d+]/g, '')
      .replace(/^\+?/, '+');
    expect(bought).toMatch(/^\+1512\d{7}$/);
    await screenshot(page, '07-order-active');
  });

  it('assigns the number to a tenant from the DID inventory', async () => {
    await go('inventory');
    await page.getByRole('button', { name: `Assign ${bought} to a tenant` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tenant').selectOption({ label: 'Acme Plumbing' });
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await see('Every number you bought is assigned to a tenant.');
    await page.getByLabel('Only unassigned numbers').uncheck();
    await page.getByRole('row', { name: /Acme Plumbing/ }).waitFor();
    await screenshot(page, '08-did-inventory');
  });

  it('configures the number in the edit tabs', async () => {
    await go('numbers');
    await page.getByRole('row', { name: /Acme Plumbing/ }).waitFor();
    await screenshot(page, '09-numbers-list');
    await page.getByRole('link', { name: `Edit ${bought}` }).click();
    await page.getByLabel('Description').fill('Main line');
    await page.getByLabel('Labels').fill('INBOUND, PRIORITY');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await see('Saved.');
    await page.getByRole('button', { name: 'Release now' }).click();
    await see(/Number rentals are non-refundable/);
    await screenshot(page, '10-edit-general-release-warning');
    await page.getByRole('button', { name: 'Keep the number' }).click();

    await page.getByRole('tab', { name: 'Call Routing' }).click();
    await page.getByLabel('Send calls to').selectOption('extension');
    await page.getByLabel('Target').fill('101');
    await page.getByLabel('Max channels').fill('4');
    await page.getByLabel('Call recording').selectOption('on');
    await page.getByRole('button', { name: 'Save call routing' }).click();
    await see('Call routing saved.');
    await screenshot(page, '11-edit-call-routing');

    await page.getByRole('tab', { name: 'Billing' }).click();
    const paidUntil = page.getByTestId('paid-until');
    await paidUntil.waitFor();
    expect(await paidUntil.textContent()).not.toBe('—');
    await screenshot(page, '12-edit-billing');

    const number = await platform.gw.call('GET', `/v1/numbers/${encodeURIComponent(bought)}`, { key: partner.key });
    expect(number.body).toMatchObject({
      description: 'Main line',
      tags: ['INBOUND', 'PRIORITY'],
      voice_destination: { type: 'extension', target: '101' },
      max_channels: 4,
      recording: true,
    });
  });

  it('shows usage: minutes and cost per day in a chart, and the detail records of the bought number', async () => {
    // The real path: ordering published the number's usage rates on activation; the edge's records (after it) are rated by usage.
    const [rates] = await waitFor(
      async () => {
        const found = await platform.usage.rows('select effective_from from usage.number_rates where e164 = ?', [
          bought,
        ]);
        return found.length ? found : undefined;
      },
      { timeoutMs: 15_000, what: `usage rates of ${bought}` },
    );
    const started = Math.max(Date.now() - 95_000, Date.parse(rates.effective_from) + 1_000);
    const answered = started + 5_000;
    const ended = Math.max(Date.now(), answered + 1_000);
    const call = platform.usage.call(bought, {
      direction: 'inbound',
      started_at: new Date(started).toISOString(),
      answered_at: new Date(answered).toISOString(),
      ended_at: new Date(ended).toISOString(),
      billable_seconds: Math.round((ended - answered) / 1000),
    });
    const message = platform.usage.message(bought, { sent_at: new Date(ended).toISOString(), parts: 2 });
    await platform.usage.publishRecord(call);
    await platform.usage.publishRecord(message);
    await platform.usage.rated([call.record_id, message.record_id]);

    await go('usage');
    await page.getByRole('heading', { name: 'Usage', level: 1 }).waitFor();
    await page.getByTestId('usage-chart').locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.getByTestId('usage-totals').textContent()).toMatch(
      /Calls1Messages1 \(2 parts\)Billed minutes[\d.]+Cost\$/,
    );
    const rows = page.getByTestId('usage-record');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const prettyBought = bought.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '+1 ($1) $2-$3');
    expect(await rows.first().textContent()).toContain(prettyBought);
    expect(await rows.first().textContent()).toMatch(/call.*inbound/);
    await screenshot(page, '13a-usage');
    await page.getByLabel('Kind').selectOption('message');
    await page.waitForFunction("document.querySelectorAll('[data-testid=usage-record]').length === 1");
    expect(await rows.first().textContent()).toMatch(/message.*outbound.*2 parts/);
  });

  it('starts a port-in with a document and shows its timeline', async () => {
    await go('porting/new');
    await page.getByLabel('Phone number', { exact: true }).fill('+12125550147');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Check portability' }).click();
    await see(/numbers can port|cannot port/);
    await page.getByLabel('Account holder').fill('Acme Plumbing LLC');
    await page.getByLabel('Service address').fill('100 Congress Ave');
    await page.getByLabel('City').fill('Austin');
    await page.getByLabel('State or region').fill('TX');
    await page.getByLabel('Postal code').fill('78701');
    await page.getByLabel('Account number', { exact: true }).fill('ACC-12345');
    await page.getByLabel(/^File/).setInputFiles(samplePdf());
    await page.getByRole('button', { name: 'Upload' }).click();
    await see('loa.pdf uploaded.');
    await screenshot(page, '13-port-in-form');
    await page.getByRole('button', { name: 'Submit port-in request' }).click();
    await see(/^Port order /);
    await page.getByTestId('port-timeline').waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: /Status: submitted|Status: in progress|Status: approved/ }).waitFor();
    await screenshot(page, '14-port-order');
  });

  it('shows webhook deliveries and retries one', async () => {
    await go('webhooks');
    const succeeded = page.getByTestId('delivery-row').filter({ hasText: 'succeeded' }).first();
    for (let i = 0; i < 30 && !(await succeeded.isVisible()); i++) {
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    await succeeded.waitFor();
    expect(receiver.received.length).toBeGreaterThan(0);
    await screenshot(page, '15-webhook-deliveries');
    await succeeded.getByRole('button', { name: /^Retry/ }).click();
    await see(/Delivery of .+ retried\./);
  });

  it('lets the partner act as its tenant (Account-Id)', async () => {
    await go('numbers');
    await page.getByLabel('Acting as').selectOption({ label: 'Acme Plumbing (tenant)' });
    await page.getByRole('row', { name: new RegExp(bought.slice(-4)) }).waitFor();
    await screenshot(page, '16-acting-as-tenant');
  });
});
