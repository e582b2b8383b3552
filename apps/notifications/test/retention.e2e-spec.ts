import { MikroORM } from '@mikro-orm/postgresql';
import { ManualClock, waitFor } from '@did/testing';
import { RetentionService } from '../src/retention/retention.service';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/** The purge on real PostgreSQL, driven by the service's manual clock (the timer is off). */
describe('retention: finished deliveries, their attempts and old events are purged, pending work never', () => {
  const clock = new ManualClock(new Date());
  let fx: NotificationsFixture;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    fx = await NotificationsFixture.start({ WEBHOOK_RETENTION_DAYS: '30', WEBHOOK_PURGE_INTERVAL_MS: '0' }, { clock });
  });

  afterAll(async () => {
    await fx.close();
    await receiver.stop();
  });

  const events = async (acc: string) =>
    (
      await fx.rpc.request<{ data: { id: string; type: string }[] }>('notifications.events.list', {
        account_id: acc,
        partner_id: null,
        limit: 100,
      })
    ).data;
  const attemptsOf = async (deliveryIds: string[]) => {
    const rows = await fx
      .app!.get<MikroORM>(MikroORM)
      .em.getConnection()
      .execute<{ n: number }[]>(
        'select count(*)::int as n from notifications.webhook_attempts where delivery_id in (select jsonb_array_elements_text(?::jsonb))',
        [JSON.stringify(deliveryIds)],
      );
    return rows[0].n;
  };

  it('keeps what is recent or still pending and purges the rest, as of the injected clock', async () => {
    // Succeeded long ago (purged), and one more after the clock moves on (kept).
    await fx.createEndpoint('acc_ret_ok', { url: receiver.on('/ret-ok', () => ({ status: 200 })) });
    const oldOk = await fx.accountCreated('acc_ret_ok');
    // Failed long ago: a 410 ends the delivery and disables the endpoint (purged, with its attempt and both events).
    await fx.createEndpoint('acc_ret_gone', {
      url: receiver.on('/ret-gone', () => ({ status: 410 })),
      events: ['account.created'],
    });
    await fx.accountCreated('acc_ret_gone');
    // Still pending: failed once, then paused by disabling its endpoint (kept, with its event, however old).
    const paused = await fx.createEndpoint('acc_ret_paused', {
      url: receiver.on('/ret-paused', () => ({ status: 500 })),
    });
    const pausedEvent = await fx.accountCreated('acc_ret_paused');

    const [okDelivery] = await waitFor(async () => {
      const list = await fx.deliveries('acc_ret_ok');
      return list[0]?.status === 'succeeded' && list;
    });
    const [goneDelivery] = await waitFor(async () => {
      const list = await fx.deliveries('acc_ret_gone');
      return list[0]?.status === 'failed' && list;
    });
    await waitFor(async () => (await events('acc_ret_gone')).some((e) => e.type === 'webhook_endpoint.disabled'), {
      what: 'webhook_endpoint.disabled in the log',
    });
    const [pausedDelivery] = await waitFor(async () => {
      const list = await fx.deliveries('acc_ret_paused');
      return list[0]?.attempt_count === 1 && list;
    });
    await fx.rpc.request('notifications.endpoints.update', {
      account_id: 'acc_ret_paused',
      partner_id: null,
      endpoint_id: paused.id,
      body: { enabled: false },
    });

    clock.advanceDays(31);
    const recent = await fx.accountCreated('acc_ret_ok');
    await waitFor(
      async () => (await fx.deliveries('acc_ret_ok')).some((d) => d.event_id === recent.id && d.status === 'succeeded'),
      { what: 'the recent delivery' },
    );
    expect(await attemptsOf([okDelivery.id, goneDelivery.id])).toBe(2);

    const purged = await fx.app!.get(RetentionService).purge();

    expect(purged).toEqual({ deliveries: 2, attempts: 2, events: 3 });
    expect((await fx.deliveries('acc_ret_ok')).map((d) => d.event_id)).toEqual([recent.id]);
    expect(await fx.deliveries('acc_ret_gone')).toEqual([]);
    expect(await fx.deliveries('acc_ret_paused')).toEqual([
      expect.objectContaining({ id: pausedDelivery.id, status: 'pending', attempt_count: 1 }),
    ]);
    expect(await attemptsOf([okDelivery.id, goneDelivery.id])).toBe(0);
    expect(await attemptsOf([pausedDelivery.id])).toBe(1);
    expect((await events('acc_ret_ok')).map((e) => e.id)).toEqual([recent.id]);
    expect(await events('acc_ret_gone')).toEqual([]);
    expect((await events('acc_ret_paused')).map((e) => e.id)).toEqual([pausedEvent.id]);
    expect(oldOk.id).not.toBe(recent.id);

    // Nothing left to purge: a second run finds nothing.
    expect(await fx.app!.get(RetentionService).purge()).toEqual({ deliveries: 0, attempts: 0, events: 0 });
  });

  it('purges a finished delivery only once its last change is older than the retention', async () => {
    await fx.createEndpoint('acc_ret_edge', { url: receiver.on('/ret-edge', () => ({ status: 204 })) });
    await fx.accountCreated('acc_ret_edge');
    await waitFor(async () => (await fx.deliveries('acc_ret_edge'))[0]?.status === 'succeeded');
    const service = fx.app!.get(RetentionService);

    expect(await service.purge(new Date(clock.now().getTime() + 29 * 86_400_000))).toEqual({
      deliveries: 0,
      attempts: 0,
      events: 0,
    });
    expect(await fx.deliveries('acc_ret_edge')).toHaveLength(1);
    // (Other tests' deliveries of this file may go in the same run: only this account's are checked.)
    await service.purge(new Date(clock.now().getTime() + 31 * 86_400_000));
    expect(await fx.deliveries('acc_ret_edge')).toEqual([]);
    expect(await events('acc_ret_edge')).toEqual([]);
  });
});
