import { waitFor } from '@did/testing';
import { NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

/**
 * A burst reaches intake as batches (several at once): an event published twice is delivered once, and
 * an event the database refuses for good fails its batch, which then goes one event at a time, so
 * every other event of it is delivered (the poison one is retried, then dead-lettered, by the shared
 * consumer: libs/messaging/test/batch-consumer.spec.ts).
 */
describe('webhook intake in batches (PostgreSQL + NATS)', () => {
  let fx: NotificationsFixture;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    fx = await NotificationsFixture.start();
  });

  afterAll(async () => {
    await fx.close();
    await receiver.stop();
  });

  it('delivers each good event of a burst once, past a duplicate and a poison event', async () => {
    const acc = 'acc_burst';
    const url = receiver.on('/burst', () => ({ status: 204 }));
    await fx.createEndpoint(acc, { url, events: ['*'] });
    // Published while the service is down, so they arrive together.
    await fx.stopService();
    const good = [];
    for (let i = 0; i < 6; i++) good.push(await fx.accountCreated(acc));
    await fx.republish(good[2], `${good[2].id}-again`);
    // PostgreSQL's jsonb refuses a NUL character: this event fails every time it is written.
    const poison = await fx.publish('api_key.created', acc, {
      api_key_id: 'key_nul',
      account_id: acc,
      name: 'bad \u0000 name',
      prefix: 'dk_abcdefgh',
      created_at: new Date().toISOString(),
    });
    for (let i = 0; i < 6; i++) good.push(await fx.accountCreated(acc));
    await fx.boot();

    await waitFor(() => new Set(receiver.at('/burst').map((r) => r.headers['webhook-id'])).size >= good.length, {
      what: 'every good event delivered',
    });
    // Anything sent twice would arrive within a few polls.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = receiver.at('/burst').map((r) => r.headers['webhook-id']);
    expect(ids.sort()).toEqual(good.map((e) => e.id).sort());
    const deliveries = await fx.deliveries(acc);
    expect(deliveries.map((d) => d.event_id).sort()).toEqual(good.map((e) => e.id).sort());
    expect(ids).not.toContain(poison.id);
  });
});
