import { Webhook } from 'standardwebhooks';
import { ManualClock, waitFor } from '@did/testing';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/** Time-driven behaviour on a manual clock: nothing here waits for wall time to pass. */
describe('retry timing, endpoint health and restarts (manual clock)', () => {
  // Near wall time, so webhook-timestamp stays inside the verifier's 5-minute tolerance.
  const clock = new ManualClock(new Date());
  let fx: NotificationsFixture;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    fx = await NotificationsFixture.start({ WEBHOOK_DISABLE_AFTER_MS: String(3_600_000) }, { clock });
  });

  afterAll(async () => {
    await fx.close();
    await receiver.stop();
  });

  const firstDelivery = (acc: string, check: (d: any) => boolean) =>
    waitFor(async () => {
      const [d] = await fx.deliveries(acc);
      return d && check(d) && d;
    });

  it('honours Retry-After of a 429: the next attempt is scheduled no earlier than it asks', async () => {
    const url = receiver.on('/busy', (k) =>
      k === 1 ? { status: 429, headers: { 'retry-after': '120' } } : { status: 200 },
    );
    await fx.createEndpoint('acc_busy', { url });
    await fx.accountCreated('acc_busy');
    const waiting = await firstDelivery('acc_busy', (d) => d.attempt_count === 1);
    expect(waiting.status).toBe('pending');
    expect(waiting.attempts[0].status_code).toBe(429);
    const askedFor = new Date(waiting.attempts[0].attempted_at).getTime() + 120_000;
    expect(new Date(waiting.next_attempt_at).getTime()).toBeGreaterThanOrEqual(askedFor);

    clock.advance(120_000);
    const done = await firstDelivery('acc_busy', (d) => d.status === 'succeeded');
    expect(new Date(done.attempts[1].attempted_at).getTime()).toBeGreaterThanOrEqual(askedFor);
    expect(receiver.at('/busy')).toHaveLength(2);
  });

  it('disables an endpoint failing continuously for WEBHOOK_DISABLE_AFTER_MS and emits webhook_endpoint.disabled', async () => {
    const url = receiver.on('/down', () => ({ status: 500 }));
    const endpoint = await fx.createEndpoint('acc_down', { url, events: ['account.created'] });
    const event = await fx.accountCreated('acc_down');
    await firstDelivery('acc_down', (d) => d.attempt_count === 1);
    clock.advance(3_600_000);
    await firstDelivery('acc_down', (d) => d.attempt_count === 2);
    const after = await fx.rpc.request<any>('notifications.endpoints.get', {
      account_id: 'acc_down',
      partner_id: null,
      endpoint_id: endpoint.id,
    });
    expect(after).toMatchObject({ enabled: false, disabled_reason: 'failing' });
    const notice = await waitFor(async () => {
      const page = await fx.rpc.request<any>('notifications.events.list', {
        account_id: 'acc_down',
        partner_id: null,
        type: 'webhook_endpoint.disabled',
      });
      return page.data[0];
    });
    expect(notice.data).toMatchObject({ endpoint_id: endpoint.id, reason: 'failing', url });
    expect(event.id).not.toBe(notice.id);
    // A disabled endpoint refuses manual retries until it is enabled again.
    const [delivery] = await fx.deliveries('acc_down');
    await expect(
      fx.rpc.request('notifications.deliveries.retry', {
        account_id: 'acc_down',
        partner_id: null,
        delivery_id: delivery.id,
      }),
    ).rejects.toMatchObject({ code: 'webhook_endpoint_disabled' });
  });

  it('loses no delivery across a restart: a pending retry and an event published while down both arrive', async () => {
    clock.set(new Date()); // back near wall time: the tests above moved it an hour on, past the verifier's tolerance
    const url = receiver.on('/restart', (k) => ({ status: k === 1 ? 503 : 200 }));
    const endpoint = await fx.createEndpoint('acc_restart', { url });
    const first = await fx.accountCreated('acc_restart');
    await firstDelivery('acc_restart', (d) => d.attempt_count === 1 && d.status === 'pending');

    await fx.stopService();
    const second = await fx.accountCreated('acc_restart');
    await fx.boot({ clock });
    clock.advance(1_000);

    await waitFor(
      async () => {
        const list = await fx.deliveries('acc_restart');
        return list.length === 2 && list.every((d) => d.status === 'succeeded');
      },
      { what: 'both deliveries after the restart' },
    );
    const ids = receiver.at('/restart').map((r) => r.headers['webhook-id']);
    // Order between the two is not promised (the second was due first); each arrives, the retried one twice.
    expect([...ids].sort()).toEqual([first.id, first.id, second.id].sort());
    for (const r of receiver.at('/restart'))
      expect(() => new Webhook(endpoint.secret).verify(r.body, r.headers)).not.toThrow();
  });
});
