import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { startTestNatsService } from '@did/service-testing';
import { waitFor } from '@did/testing';
import { Webhook } from 'standardwebhooks';
import { AUSTIN_555 } from '../../inventory/test/fixture-numbers'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: the fixture numbers
import { AppModule as NotificationsModule, SERVICE as NOTIFICATIONS } from '../../notifications/src/app.module'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: boots notifications in-process
import { loadNotificationsConfig } from '../../notifications/src/config'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: notifications' own configuration schema
import { FAST_WEBHOOKS } from '../../notifications/test/notifications-fixture'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: loopback allowed, fast retries
import { Receiver } from '../../notifications/test/receiver'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: a real node:http webhook receiver
import { OrdersWorld, startOrdersWorld } from './orders-world';

describe('an order produces number_order.completed at a webhook endpoint (every service + a real receiver)', () => {
  let w: OrdersWorld;
  let notifications: INestMicroservice;
  let receiver: Receiver;

  beforeAll(async () => {
    // Near the real time: receivers (standardwebhooks too) refuse a webhook-timestamp more than 5 minutes off.
    w = await startOrdersWorld({}, new Date());
    // Notifications shares the world's clock: it delivers only events that happened after the endpoint was made.
    const config = w.world.configFor(loadNotificationsConfig, FAST_WEBHOOKS);
    notifications = await startTestNatsService(
      NOTIFICATIONS,
      NotificationsModule.forRoot(config, { clock: w.clock }),
      config,
    );
    receiver = await new Receiver().start();
  });

  afterAll(async () => {
    await notifications.close();
    await receiver.stop();
    await w.close();
  });

  it('delivers the signed number_order.completed (verified by the standardwebhooks package) with each number’s outcome, and number.activated', async () => {
    const partner = await w.gw.newPartner('Webhook Partner');
    await w.fund(partner.id, 10_000);
    const url = receiver.on('/orders', () => ({ status: 200 }));
    const endpoint = await w.gw.call('POST', '/v1/webhook-endpoints', {
      key: partner.key,
      body: { url, events: ['number_order.completed', 'number.activated'] },
    });
    expect(endpoint.status).toBe(201);

    const order = await w.gw.call('POST', '/v1/number-orders', {
      key: partner.key,
      headers: { 'idempotency-key': randomUUID() },
      body: { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_555[0]] },
    });
    expect(order.status).toBe(201);
    const got = await waitFor(
      () => {
        w.clock.advance(200);
        return receiver.at('/orders').find((r) => JSON.parse(r.body).type === 'number_order.completed');
      },
      { what: 'number_order.completed at the receiver', timeoutMs: 20_000, intervalMs: 100 },
    );
    const payload = new Webhook(endpoint.body.secret).verify(got.body, got.headers) as Record<string, any>;
    expect(payload).toMatchObject({
      type: 'number_order.completed',
      account_id: partner.id,
      data: { order_id: order.body.id, status: 'success', total_charged_cents: 250 },
    });
    expect(payload.data.phone_numbers).toEqual([
      expect.objectContaining({
        phone_number: AUSTIN_555[0],
        status: 'success',
        number_id: order.body.phone_numbers[0].id,
      }),
    ]);
    expect(got.headers['webhook-id']).toBe(payload.id);
    expect(() =>
      new Webhook(endpoint.body.secret).verify(got.body.replace('success', 'failure'), got.headers),
    ).toThrow();

    // Sent to one endpoint concurrently with number_order.completed: it may arrive after it.
    const activated = await waitFor(
      () =>
        receiver
          .at('/orders')
          .map((r) => JSON.parse(r.body))
          .find((p) => p.type === 'number.activated'),
      { what: 'number.activated at the receiver' },
    );
    expect(activated).toMatchObject({ data: { phone_number: AUSTIN_555[0], order_id: order.body.id } });
  });
});
