import { randomUUID } from 'node:crypto';
import { waitFor } from '@did/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: a real node:http webhook receiver
import { Receiver } from '../../notifications/test/receiver';
import { OPERATOR_KEY } from './gateway-fixture';
import { Platform, PLATFORM_SERVICES, PlatformService, startPlatform } from './platform-processes';
import { Scrape } from './prometheus-text';

/** The services with durable consumers: each must report their lag (an empty list would pass every check on it). */
const CONSUMING: readonly PlatformService[] = ['inventory', 'ordering', 'routing', 'notifications', 'usage'];

/**
 * Issue 18: after a small workload through the gateway (an account, a webhook endpoint, a number
 * bought and delivered as number_order.completed, a couple of failed requests), every service's ops
 * port serves the metrics the platform team alerts on, with values that make sense. Each service is
 * its own process, as in production: each scrape shows that process's counters only.
 */
describe("every service's /metrics after a small workload (the platform as processes)", () => {
  let platform: Platform;
  let receiver: Receiver;
  const scrapes = {} as Record<PlatformService, Scrape>;

  const api = async (
    method: string,
    path: string,
    options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key) headers.authorization = `Bearer ${options.key}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(platform.gatewayUrl + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
  };
  const expectStatus = (res: { status: number; text: string }, status: number) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  };

  beforeAll(async () => {
    receiver = await new Receiver().start();
    // The renewal job runs every half second, so its pass counter moves during the workload.
    platform = await startPlatform({ ordering: { RENEWAL_INTERVAL_MS: '500' } });

    const partner = await api('POST', '/v1/accounts', { key: OPERATOR_KEY, body: { name: 'Metrics Partner' } });
    expectStatus(partner, 201);
    const apiKey = await api('POST', '/v1/api-keys', {
      key: OPERATOR_KEY,
      headers: { 'account-id': partner.body.id },
      body: { name: 'metrics' },
    });
    expectStatus(apiKey, 201);
    const key: string = apiKey.body.secret;
    await platform.command('ordering', ['fund-demo', '--account', partner.body.id, '--amount-cents', '10000']);
    await platform.command('inventory', ['ingest', '--countries', 'US', '--count-per-country', '20']);

    const url = receiver.on('/hooks', () => ({ status: 200 }));
    expectStatus(
      await api('POST', '/v1/webhook-endpoints', { key, body: { url, events: ['number_order.completed'] } }),
      201,
    );
    const available = await api('GET', '/v1/numbers/available?country_code=US&number_type=local&limit=1', { key });
    expectStatus(available, 200);
    const order = await api('POST', '/v1/number-orders', {
      key,
      headers: { 'idempotency-key': randomUUID() },
      body: { country_code: 'US', number_type: 'local', phone_numbers: [available.body.data[0].phone_number] },
    });
    expectStatus(order, 201);
    await waitFor(() => receiver.at('/hooks').find((r) => JSON.parse(r.body).type === 'number_order.completed'), {
      what: 'number_order.completed at the receiver',
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    expectStatus(await api('GET', `/v1/number-orders/${order.body.id}`, { key }), 200);
    // Two failures: an unknown account (404) and no key at all (401).
    expectStatus(await api('GET', '/v1/accounts/acc_missing', { key }), 404);
    expectStatus(await api('GET', '/v1/accounts'), 401);

    // The delivery is recorded (its attempt was counted just before), and the workload's events settle:
    // every outbox published, every consumer caught up. A gauge missing fails the wait, naming it.
    await waitFor(
      async () =>
        (await api('GET', '/v1/webhook-deliveries', { key })).body.data.some(
          (d: { status: string }) => d.status === 'succeeded',
        ),
      {
        what: 'the delivery recorded as succeeded',
      },
    );
    await waitFor(
      async () => {
        for (const service of PLATFORM_SERVICES) scrapes[service] = await platform.scrape(service);
        return PLATFORM_SERVICES.every((s) => {
          const m = scrapes[s];
          const lags = m.all('did_consumer_pending_messages');
          const caughtUp = (!CONSUMING.includes(s) || lags.length > 0) && lags.every((l) => l.value === 0);
          return m.value('did_outbox_unpublished_events') === 0 && caughtUp;
        });
      },
      { what: 'every outbox published and every consumer caught up', timeoutMs: 60_000, intervalMs: 250 },
    );
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
    await receiver?.stop();
  });

  it('every service is ready and labels its series with its name', () => {
    for (const service of PLATFORM_SERVICES) {
      expect({ service, ready: scrapes[service].value('did_service_ready') }).toEqual({ service, ready: 1 });
      expect(scrapes[service].all('process_resident_memory_bytes', { service })).toHaveLength(1);
      expect(scrapes[service].samples.filter((s) => s.labels.service !== service)).toEqual([]);
    }
  });

  it('every outbox is back to zero, nothing is dead-lettered, every consumer caught up', () => {
    for (const service of PLATFORM_SERVICES) {
      const m = scrapes[service];
      expect({
        service,
        unpublished: m.value('did_outbox_unpublished_events'),
        oldest: m.value('did_outbox_oldest_unpublished_age_seconds'),
        dead: m.value('did_dead_letters'),
      }).toEqual({
        service,
        unpublished: 0,
        oldest: 0,
        dead: 0,
      });
      const durables = m.all('did_consumer_pending_messages');
      if (CONSUMING.includes(service))
        expect({ service, reportsLag: durables.length > 0 }).toEqual({ service, reportsLag: true });
      for (const lag of durables) {
        const durable = { durable: lag.labels.durable };
        expect({
          service,
          ...durable,
          pending: lag.value,
          ackPending: m.value('did_consumer_ack_pending_messages', durable),
          redelivered: m.value('did_consumer_redelivered_messages', durable),
        }).toEqual({
          service,
          ...durable,
          pending: 0,
          ackPending: 0,
          redelivered: 0,
        });
      }
    }
  });

  it('usage reads the records stream on its one replica, nothing behind', () => {
    expect(scrapes.usage.value('did_usage_intake_leading')).toBe(1);
    expect(scrapes.usage.value('did_usage_records_behind')).toBe(0);
  });

  it('the gateway counts its requests by route template and status, with their latency', () => {
    const gw = scrapes.gateway;
    const requests = (method: string, route: string, status: string) =>
      gw.sum('did_http_requests_total', { method, route, status });
    expect(requests('POST', '/v1/accounts', '201')).toBe(1);
    expect(requests('POST', '/v1/webhook-endpoints', '201')).toBe(1);
    expect(requests('GET', '/v1/numbers/available', '200')).toBe(1);
    expect(requests('POST', '/v1/number-orders', '201')).toBe(1);
    expect(requests('GET', '/v1/number-orders/:id', '200')).toBe(1);
    expect(requests('GET', '/v1/accounts/:id', '404')).toBe(1);
    expect(requests('GET', '/v1/accounts', '401')).toBe(1);
    expect(gw.value('did_http_request_duration_seconds_count', { method: 'POST', route: '/v1/number-orders' })).toBe(1);
    // Route templates, never raw paths or ids.
    expect(gw.text).not.toContain('acc_missing');
  });

  it('each caller counts its request/reply calls by pattern, ok for the ones the workload made', () => {
    const ok = (service: PlatformService, pattern: string) =>
      scrapes[service].sum('did_rpc_client_requests_total', { pattern, outcome: 'ok' });
    expect(ok('gateway', 'inventory.search')).toBeGreaterThanOrEqual(1);
    expect(ok('gateway', 'ordering.number_orders.create')).toBe(1);
    expect(ok('gateway', 'notifications.endpoints.create')).toBe(1);
    expect(ok('ordering', 'inventory.numbers.claim')).toBeGreaterThanOrEqual(1);
    // Counted by the process that made the call: inventory never ordered a number.
    expect(
      scrapes.inventory.all('did_rpc_client_requests_total', { pattern: 'ordering.number_orders.create' }),
    ).toEqual([]);
    expect(
      scrapes.gateway.value('did_rpc_client_request_duration_seconds_count', {
        pattern: 'ordering.number_orders.create',
      }),
    ).toBe(1);
  });

  it('notifications counts the delivered attempt, with nothing due, late or disabled', () => {
    const n = scrapes.notifications;
    expect(n.sum('did_webhook_attempts_total', { outcome: 'delivered' })).toBeGreaterThanOrEqual(1);
    expect(n.sum('did_webhook_attempts_total') - n.sum('did_webhook_attempts_total', { outcome: 'delivered' })).toBe(0);
    expect(n.value('did_webhook_deliveries_due')).toBe(0);
    expect(n.value('did_webhook_oldest_due_age_seconds')).toBe(0);
    expect(n.value('did_webhook_endpoints_disabled')).toBe(0);
  });

  it('ordering reports renewal passes, no payment pending and no usage owed', () => {
    const o = scrapes.ordering;
    expect(o.value('did_renewal_runs_total')).toBeGreaterThanOrEqual(1);
    // A number bought now is not due for renewal: no outcome counted yet.
    expect(o.sum('did_renewal_outcomes_total', { outcome: 'failed' })).toBe(0);
    expect(o.value('did_card_payments_pending')).toBe(0);
    expect(o.value('did_usage_owed_cents')).toBe(0);
    expect(o.value('did_wallets_owing')).toBe(0);
  });
});
