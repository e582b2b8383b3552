import type { Browser, Page } from 'playwright-core';
import { waitFor } from '@did/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: the operator key the gateway fixture boots with
import { OPERATOR_KEY } from '../../gateway/test/gateway-fixture';
import { formatCents, formatMicros } from '../web/money';
import { launchChromium, screenshot } from './browser';
import { consolePage } from './console-page';
import { Platform, startPlatform } from './platform';

/**
 * A partner runs its resale business from the console: creates a tenant, issues and revokes its API
 * key, funds it by a transfer, sets a markup (and sees the API's field errors beside the fields), then,
 * acting as the tenant, sees the usage rates at the tenant's price in search, checkout and the Billing
 * tab, buys a number, sees its order and connections, runs into a usage debt, and back as the partner
 * reads the statement.
 */
describe('partner console: tenants, markups, statement (Chromium)', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let partner: { id: string; key: string };
  let tenantId = '';
  let bought = '';
  const { go, see, signIn } = consolePage(
    () => page,
    () => platform.consoleUrl,
  );
  const api = async <T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    key = partner.key,
  ): Promise<T> => {
    const res = await platform.gw.call<T>(method, `/v1${path}`, { key, body, headers });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
    return res.body;
  };
  const asTenant = () => ({ 'account-id': tenantId });

  beforeAll(async () => {
    browser = await launchChromium();
    platform = await startPlatform();
    partner = await platform.gw.newPartner('Harbor Telecom');
    const card = await api<{ id: string }>('POST', '/payment-methods', {
      card_number: '4242424242424242',
      exp_month: 12,
      exp_year: 2035,
      cvc: '123',
    });
    await api(
      'POST',
      '/balance/top-ups',
      { amount_cents: 50_000, payment_method_id: card.id },
      { 'idempotency-key': 'resale-e2e-funding' },
    );
    // US local numbers bought from now on must be kept three months: the buy flow has to say so.
    await api(
      'POST',
      '/operator/price-list/changes',
      { country_code: 'US', number_type: 'local', currency: 'USD', changes: { minimum_commitment_months: 3 } },
      {},
      OPERATOR_KEY,
    );
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await signIn(partner.key);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('creates a tenant, shows its new API key once, and revokes the key', async () => {
    await go('tenants');
    await see('No tenants yet');
    await page.getByLabel('Tenant name').fill('Bayside Dental');
    await page.getByRole('button', { name: 'Create tenant' }).click();
    await see('Tenant Bayside Dental created.');
    await page.getByTestId('tenant-row').filter({ hasText: 'Bayside Dental' }).waitFor();
    // The switcher knows the new tenant at once.
    expect(await page.getByLabel('Acting as').locator('option').allTextContents()).toContain('Bayside Dental (tenant)');
    await screenshot(page, '20-tenants');

    await page.getByRole('link', { name: 'Manage Bayside Dental' }).click();
    await page.getByRole('heading', { name: 'Bayside Dental', level: 1 }).waitFor();
    tenantId = decodeURIComponent(page.url().split('#/tenants/')[1]);
    await page.getByLabel('Key name').fill('billing system');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByTestId('api-key-secret').inputValue();
    expect(secret).toMatch(/^dk_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, '21-tenant-api-key-once');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('api-key-row').textContent()).not.toContain(secret);
    const me = await api<{ id: string; type: string }>('GET', '/accounts/me', undefined, {}, secret);
    expect(me).toMatchObject({ id: tenantId, type: 'tenant' });

    await page.getByRole('button', { name: 'Revoke billing system' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await see('Key billing system revoked');
    await page.getByTestId('api-key-row').filter({ hasText: 'Revoked' }).waitFor();
    expect((await platform.gw.call('GET', '/v1/accounts/me', { key: secret })).status).toBe(401);
  });

  it("funds the tenant by a transfer from the partner's wallet", async () => {
    await page.getByLabel('Amount (USD)').fill('20.00');
    await page.getByRole('button', { name: 'Transfer $20.00' }).click();
    await see('Moved $20.00 to Bayside Dental. Your balance is now $480.00.');
    await page.getByTestId('tenant-balance').filter({ hasText: '$20.00' }).waitFor();
    expect(await page.getByTestId('partner-balance').textContent()).toBe('$480.00');
    await screenshot(page, '22-tenant-funded');
    const ledger = await api<{ data: { kind: string; amount_cents: number }[] }>(
      'GET',
      '/ledger',
      undefined,
      asTenant(),
    );
    expect(ledger.data).toContainEqual(expect.objectContaining({ kind: 'transfer', amount_cents: 2000 }));
  });

  it("sets a markup, with the API's field errors beside the fields", async () => {
    await go('markups');
    await see('No markups');
    await page.getByRole('button', { name: 'Add markup' }).click();
    await page.getByRole('button', { name: 'Add markup' }).click();
    await page.getByRole('button', { name: 'Save markups' }).click();
    // Two markups for every number: the API names the second one's country_code.
    const second = page.getByRole('group', { name: /^Markup 2/ });
    await second.locator('.field-error').waitFor();
    expect(await second.locator('.field-error').textContent()).toMatch(/a second markup for the scope \*\/\*/);
    expect(await second.getByLabel('Country').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '23-markups-field-error');

    await page.getByRole('button', { name: 'Remove markup 2' }).click();
    const first = page.getByRole('group', { name: /^Markup 1/ });
    await first.getByLabel('Country').selectOption('US');
    await first.getByLabel('Number type').selectOption('local');
    await first.getByLabel('Percent (%)').fill('20');
    await first.getByLabel('Setup (+USD)').fill('0.50');
    await page.getByRole('button', { name: 'Save markups' }).click();
    await see(/Markups saved/);
    await screenshot(page, '24-markups-saved');
    const set = await api<{ markups: unknown[] }>('GET', '/pricing/markups');
    expect(set.markups).toEqual([
      {
        country_code: 'US',
        number_type: 'local',
        percent_basis_points: 2000,
        setup_fee_cents: 50,
        monthly_fee_cents: 0,
        per_minute_cents: 0,
        connection_cents: 0,
      },
    ]);
  });

  it("shows the tenant's usage rates, increments and minimum period in search and checkout, and buys a number", async () => {
    const platformPrice = (await api<{ data: any[] }>('GET', '/pricing')).data.find(
      (p) => p.country_code === 'US' && p.number_type === 'local',
    );
    const tenantPrice = (await api<{ data: any[] }>('GET', '/pricing', undefined, asTenant())).data.find(
      (p) => p.country_code === 'US' && p.number_type === 'local',
    );
    // 20% on the platform's micro-unit rate, half-up: the console must show the tenant's exact rate.
    const inbound = BigInt(platformPrice.usage_rates.inbound_per_minute_micros);
    expect(BigInt(tenantPrice.usage_rates.inbound_per_minute_micros)).toBe(
      inbound + (inbound * 2000n + 5000n) / 10000n,
    );
    const perMinute = formatMicros(tenantPrice.usage_rates.inbound_per_minute_micros, 'USD');
    const increments = `${tenantPrice.usage_rates.billing_initial_seconds}/${tenantPrice.usage_rates.billing_increment_seconds}`;
    expect(tenantPrice.minimum_commitment_months).toBe(3);

    await page.getByLabel('Acting as').selectOption({ label: 'Bayside Dental (tenant)' });
    await go('numbers/add');
    await page.getByLabel('City').fill('Austin');
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByTestId('city-row').first();
    await row.waitFor();
    expect(await row.getByTestId('city-per-minute').textContent()).toBe(perMinute);
    expect(await row.textContent()).toContain(increments);
    expect(await row.textContent()).toContain('3 months');
    await screenshot(page, '25-search-usage-rates');

    await page
      .getByRole('checkbox', { name: /^Select \+1512/ })
      .first()
      .check();
    await page.getByRole('button', { name: 'Checkout' }).click();
    const rates = page.getByTestId('checkout-usage-rates');
    await rates.waitFor();
    const text = await rates.textContent();
    expect(text).toContain(`Per minute (inbound)${perMinute}`);
    expect(text).toContain(
      `Connect fee${formatMicros(tenantPrice.usage_rates.connect_fee_micros, 'USD')} per answered call`,
    );
    expect(text).toContain(`Increments${increments}`);
    expect(text).toContain('Minimum period3 months');
    const total = tenantPrice.setup_fee_cents + tenantPrice.monthly_fee_cents;
    expect(await page.getByTestId('checkout-total').textContent()).toBe(formatCents(total, 'USD'));
    await screenshot(page, '26-checkout-usage-rates');
    await page.getByRole('button', { name: /Confirm purchase/ }).click();
    await see(/Order success: 1 of 1 active/, 30_000);
    bought = ((await page.getByTestId('ordered-number').first().textContent()) ?? '')
      .replace(/[^\d+]/g, '')
      .replace(/^\+?/, '+');
    expect(bought).toMatch(/^\+1512\d{7}$/);
  });

  it("shows the number's minute rate and increments on its Billing tab", async () => {
    await go(`numbers/${encodeURIComponent(bought)}/billing`);
    const rate = page.getByTestId('billing-minute-rate');
    await rate.waitFor();
    const tenantPrice = (await api<{ data: any[] }>('GET', '/pricing', undefined, asTenant())).data.find(
      (p) => p.country_code === 'US' && p.number_type === 'local',
    );
    expect(await rate.textContent()).toContain(
      `${formatMicros(tenantPrice.usage_rates.inbound_per_minute_micros, 'USD')} per minute inbound`,
    );
    expect(await page.getByTestId('billing-increments').textContent()).toMatch(
      /^60\/1 \(first 60 s billed in full, then per second\)$/,
    );
    await screenshot(page, '27-billing-usage-rates');
  });

  it("shows the tenant's order history and manages its connections", async () => {
    await go('orders');
    const order = page.getByTestId('order-row').first();
    await order.waitFor();
    expect(await order.textContent()).toContain(bought.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '+1 ($1) $2-$3'));
    expect(await order.textContent()).toMatch(/success/i);
    await screenshot(page, '28-orders');

    await go('connections');
    await page.getByTestId('connection-row').first().waitFor();
    await page.getByLabel('Connection name').fill('Front desk');
    await page.getByRole('button', { name: 'Add connection' }).click();
    await see('Connection Front desk created.');
    await page.getByRole('button', { name: 'Deactivate Front desk' }).click();
    await see('Front desk is inactive.');
    await page
      .getByTestId('connection-row')
      .filter({ hasText: 'Front desk' })
      .filter({ hasText: 'inactive' })
      .waitFor();
    await screenshot(page, '29-connections');
  });

  it('shows a usage debt on the wallet and that calls are refused until a top-up settles it', async () => {
    // Ordering published the number's rates on activation; a 48-hour call costs more than the tenant's balance.
    const [rates] = await waitFor(
      async () => {
        const found = await platform.usage.rows('select effective_from from usage.number_rates where e164 = ?', [
          bought,
        ]);
        return found.length ? found : undefined;
      },
      { timeoutMs: 15_000, what: `usage rates of ${bought}` },
    );
    const started = Math.max(Date.now() - 60_000, Date.parse(rates.effective_from) + 1_000);
    const call = platform.usage.call(bought, {
      direction: 'inbound',
      started_at: new Date(started).toISOString(),
      answered_at: new Date(started + 1_000).toISOString(),
      ended_at: new Date(Math.max(Date.now(), started + 2_000)).toISOString(),
      billable_seconds: 172_800,
    });
    await platform.usage.publishRecord(call);
    await platform.usage.rated(call.record_id);
    const debt = await waitFor(
      async () => {
        const events = await api<{ data: { data: { owed_cents: number } }[] }>(
          'GET',
          '/events?type=wallet.debt_changed',
          undefined,
          asTenant(),
        );
        return events.data.at(-1)?.data;
      },
      { timeoutMs: 20_000, what: 'the tenant wallet debt event' },
    );
    expect(debt.owed_cents).toBeGreaterThan(0);

    await go('wallet');
    const notice = page.getByTestId('wallet-debt');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      `This wallet owes ${formatCents(debt.owed_cents, 'USD')} of unpaid usage`,
    );
    expect(await notice.textContent()).toMatch(
      /New calls to these numbers are refused .* until a top-up settles the debt/,
    );
    expect(await page.getByTestId('wallet-balance').textContent()).toBe('$0.00');
    await screenshot(page, '30-wallet-debt');
  });

  it('shows the partner statement per tenant with totals, and the field error of a bad period', async () => {
    await page.getByLabel('Acting as').selectOption({ label: 'Harbor Telecom (you, partner)' });
    // The partner sees its tenant's debt on the tenant's page too.
    await go(`tenants/${encodeURIComponent(tenantId)}`);
    await page.getByTestId('wallet-debt').waitFor();
    await go('statement');
    const row = page.getByTestId('statement-row').filter({ hasText: 'Bayside Dental' });
    await row.waitFor();
    const now = new Date();
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
    const statement = await api<{ data: any[]; totals: any }>(
      'GET',
      `/partner/statement?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    const figures = (f: any) =>
      [f.tenant_paid_cents, f.platform_charged_cents, f.margin_cents, f.transferred_cents].map((c: number) =>
        formatCents(c, 'USD'),
      );
    expect(statement.data).toHaveLength(1);
    expect(statement.data[0].transferred_cents).toBe(2000);
    expect(await row.locator('td').allTextContents()).toEqual(figures(statement.data[0]));
    expect(await page.getByTestId('statement-totals').locator('td').allTextContents()).toEqual(
      figures(statement.totals),
    );
    await screenshot(page, '31-statement');

    await page.getByLabel('Through').fill('2020-01-01');
    await page.getByRole('button', { name: 'Show statement' }).click();
    await see('must be later than from');
    expect(await page.getByLabel('Through').getAttribute('aria-invalid')).toBe('true');
  });
});
