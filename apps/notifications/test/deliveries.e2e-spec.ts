import { Webhook } from 'standardwebhooks';
import { waitFor } from '@did/testing';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

describe('webhook deliveries to a real HTTP receiver (PostgreSQL + NATS)', () => {
  let fx: NotificationsFixture;
  let receiver: Receiver;
  let n = 0;
  const account = () => `acc_deliv${++n}`;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    // A held request is not timed out (and retried) while the others are counted, however loaded the machine.
    fx = await NotificationsFixture.start({
      WEBHOOK_ENDPOINT_CONCURRENCY: '1',
      WEBHOOK_CONCURRENCY: '4',
      WEBHOOK_TIMEOUT_MS: '30000',
    });
  });

  afterAll(async () => {
    await fx.close();
    await receiver.stop();
  });

  it('delivers an event with Standard Webhooks headers that an independent library verifies', async () => {
    const acc = account();
    const url = receiver.on('/valid', () => ({ status: 200 }));
    const endpoint = await fx.createEndpoint(acc, { url, events: ['account.created'] });
    const event = await fx.accountCreated(acc);
    const [got] = await waitFor(() => receiver.at('/valid').length > 0 && receiver.at('/valid'), {
      what: 'the webhook',
    });
    expect(got.headers['webhook-id']).toBe(event.id);
    const payload = new Webhook(endpoint.secret).verify(got.body, got.headers) as Record<string, unknown>;
    expect(payload).toEqual({
      id: event.id,
      type: 'account.created',
      occurred_at: event.occurred_at,
      account_id: acc,
      data: event.data,
    });
    const [delivery] = await waitFor(async () => {
      const list = await fx.deliveries(acc);
      return list[0]?.status === 'succeeded' && list;
    });
    expect(delivery).toMatchObject({
      endpoint_id: endpoint.id,
      event_id: event.id,
      attempt_count: 1,
      attempts: [expect.objectContaining({ status_code: 200, error: null })],
    });
  });

  it('fails verification of a tampered body', async () => {
    const acc = account();
    const url = receiver.on('/tamper', () => ({ status: 204 }));
    const endpoint = await fx.createEndpoint(acc, { url });
    await fx.accountCreated(acc);
    const [got] = await waitFor(() => receiver.at('/tamper').length > 0 && receiver.at('/tamper'));
    const tampered = got.body.replace('"name":"A"', '"name":"B"');
    expect(tampered).not.toBe(got.body);
    expect(() => new Webhook(endpoint.secret).verify(tampered, got.headers)).toThrow(/No matching signature/);
  });

  it('retries a receiver that fails three times, then delivers once more with the same webhook-id', async () => {
    const acc = account();
    const url = receiver.on('/flaky', (k) => ({ status: k <= 3 ? 503 : 200 }));
    const endpoint = await fx.createEndpoint(acc, { url });
    const event = await fx.accountCreated(acc);
    const [delivery] = await waitFor(async () => {
      const list = await fx.deliveries(acc);
      return list[0]?.status === 'succeeded' && list;
    });
    const got = receiver.at('/flaky');
    expect(got).toHaveLength(4);
    expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(new Set([event.id]));
    for (const r of got) expect(() => new Webhook(endpoint.secret).verify(r.body, r.headers)).not.toThrow();
    expect(delivery.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([503, 503, 503, 200]);
    expect(delivery.attempts.every((a: { latency_ms: number }) => a.latency_ms >= 0)).toBe(true);
  });

  it('disables an endpoint that answers 410 and says so with webhook_endpoint.disabled', async () => {
    const acc = account();
    const goneUrl = receiver.on('/gone', () => ({ status: 410 }));
    const watcherUrl = receiver.on('/watcher', () => ({ status: 200 }));
    const gone = await fx.createEndpoint(acc, { url: goneUrl, events: ['account.created'] });
    await fx.createEndpoint(acc, { url: watcherUrl, events: ['webhook_endpoint.disabled'] });
    await fx.accountCreated(acc);
    // The event reaches the account's other endpoint like any other event.
    const [notice] = await waitFor(() => receiver.at('/watcher').length > 0 && receiver.at('/watcher'), {
      what: 'webhook_endpoint.disabled',
    });
    expect(JSON.parse(notice.body)).toMatchObject({
      type: 'webhook_endpoint.disabled',
      account_id: acc,
      data: { endpoint_id: gone.id, reason: 'gone', url: goneUrl },
    });
    const endpoint = await fx.rpc.request<any>('notifications.endpoints.get', {
      account_id: acc,
      partner_id: null,
      endpoint_id: gone.id,
    });
    expect(endpoint).toMatchObject({ enabled: false, disabled_reason: 'gone' });
    const [delivery] = await fx.deliveries(acc, { endpoint_id: gone.id });
    expect(delivery).toMatchObject({ status: 'failed', attempt_count: 1, next_attempt_at: null });
    expect(receiver.at('/gone')).toHaveLength(1);
  });

  it('gives up after the last retry of the schedule, without disabling an endpoint that failed for less than the configured period', async () => {
    const acc = account();
    const url = receiver.on('/always-down', () => ({ status: 500 }));
    const endpoint = await fx.createEndpoint(acc, { url });
    await fx.accountCreated(acc);
    const [delivery] = await waitFor(async () => {
      const list = await fx.deliveries(acc);
      return list[0]?.status === 'failed' && list;
    });
    // Schedule of 4 retries: 5 attempts, then the delivery gives up.
    expect(delivery.attempt_count).toBe(5);
    const after = await fx.rpc.request<any>('notifications.endpoints.get', {
      account_id: acc,
      partner_id: null,
      endpoint_id: endpoint.id,
    });
    // WEBHOOK_DISABLE_AFTER_MS is 5 days by default: a few failing milliseconds do not disable it.
    expect(after).toMatchObject({ enabled: true, disabled_reason: null });
  });

  it('signs with both secrets during a rotation overlap, and each verifies', async () => {
    const acc = account();
    const url = receiver.on('/rotate', () => ({ status: 200 }));
    const created = await fx.createEndpoint(acc, { url });
    const rotated = await fx.rpc.request<any>('notifications.endpoints.rotate-secret', {
      account_id: acc,
      partner_id: null,
      endpoint_id: created.id,
    });
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previous_secret_expires_at).not.toBeNull();
    await fx.accountCreated(acc);
    const [got] = await waitFor(() => receiver.at('/rotate').length > 0 && receiver.at('/rotate'));
    expect(got.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(created.secret).verify(got.body, got.headers)).not.toThrow();
    expect(() => new Webhook(rotated.secret).verify(got.body, got.headers)).not.toThrow();
  });

  it("does not let a slow endpoint hold up another endpoint's deliveries", async () => {
    const acc = account();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slowUrl = receiver.on('/slow', () => ({ status: 200, hold: held }));
    const fastUrl = receiver.on('/fast', () => ({ status: 200 }));
    await fx.createEndpoint(acc, { url: slowUrl });
    await fx.createEndpoint(acc, { url: fastUrl });
    for (let i = 0; i < 3; i++) await fx.accountCreated(acc);
    // Three events reach the fast endpoint while the slow one still holds its first request
    // (per-endpoint concurrency 1, pool of 4: the slow endpoint can take only one slot).
    await waitFor(() => receiver.at('/fast').length === 3, { what: 'three deliveries to the fast endpoint' });
    expect(receiver.at('/slow')).toHaveLength(1);
    release();
    await waitFor(() => receiver.at('/slow').length === 3, { what: 'the slow endpoint to catch up' });
  });

  it('keeps one event log per account and never creates a delivery for another account', async () => {
    const [a, b] = [account(), account()];
    const urlA = receiver.on('/iso-a', () => ({ status: 200 }));
    await fx.createEndpoint(a, { url: urlA });
    const event = await fx.accountCreated(b);
    const listB = await waitFor(async () => {
      const page = await fx.rpc.request<any>('notifications.events.list', { account_id: b, partner_id: null });
      return page.data.length > 0 && page.data;
    });
    expect(listB.map((e: { id: string }) => e.id)).toEqual([event.id]);
    expect((await fx.rpc.request<any>('notifications.events.list', { account_id: a, partner_id: null })).data).toEqual(
      [],
    );
    expect(await fx.deliveries(a)).toEqual([]);
    expect(receiver.at('/iso-a')).toHaveLength(0);
  });
});
