import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { startTestNatsService } from '@did/service-testing';
import { waitFor } from '@did/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots notifications in-process
import { AppModule as NotificationsModule, SERVICE as NOTIFICATIONS } from '../../notifications/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: notifications' own configuration schema
import { loadNotificationsConfig } from '../../notifications/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the notifications tests' fast settings
import { FAST_WEBHOOKS } from '../../notifications/test/notifications-fixture';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: a real node:http webhook receiver
import { Receiver } from '../../notifications/test/receiver';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the fixture numbers
import { AUSTIN_555 } from '../../inventory/test/fixture-numbers';
import { OrdersWorld, startOrdersWorld } from './orders-world';

type Key = { id: string; key: string };

/**
 * Issue 17: a webhook endpoint scoped to a connection, set up as a new user would (a connection, a
 * number on it, an endpoint with connection_id, a PATCH of the number), receives the number's events,
 * and nothing about other connections or about no connection.
 */
describe('webhook endpoints scoped to a connection (gateway + inventory + ordering + routing + notifications)', () => {
  let w: OrdersWorld;
  let notifications: INestMicroservice;
  let receiver: Receiver;
  let partner: Key;

  const call = (method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) =>
    w.gw.call(method, path, { key: partner.key, ...options });

  beforeAll(async () => {
    w = await startOrdersWorld();
    // On the world's clock: an endpoint receives what happens after it was created, by the clock events are stamped with.
    const config = w.world.configFor(loadNotificationsConfig, FAST_WEBHOOKS);
    notifications = await startTestNatsService(
      NOTIFICATIONS,
      NotificationsModule.forRoot(config, { clock: w.clock }),
      config,
    );
    receiver = await new Receiver().start();
    partner = await w.gw.newPartner('Connections Partner');
    await w.fund(partner.id, 100_000);
  });

  afterAll(async () => {
    await receiver.stop();
    await notifications.close();
    await w.close();
  });

  const notificationRows = <T = any>(text: string, params: unknown[] = []) => w.rows<T>(text, params);

  it("delivers a number's events to the endpoint of its connection, and nothing to another connection's endpoint or about no connection", async () => {
    const order = await call('POST', '/v1/number-orders', {
      body: { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_555[4]] },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(order.status).toBe(201);
    expect((await w.settledOrder(partner.key, order.body.id)).status).toBe('success');
    const numberId: string = order.body.phone_numbers[0].id;

    const pbx = await call('POST', '/v1/connections', { body: { name: 'Main PBX' } });
    const branch = await call('POST', '/v1/connections', { body: { name: 'Branch' } });
    expect([pbx.status, branch.status]).toEqual([201, 201]);
    const onPbx = await call('PATCH', `/v1/numbers/${numberId}`, { body: { connection_id: pbx.body.id } });
    expect(onPbx.status).toBe(200);
    // Routing learns the connection from number.updated; its own events about the number carry it from then on.
    await waitFor(
      async () =>
        (
          await w.rows(`select 1 from routing.numbers where number_id = ? and connection_id = ?`, [
            numberId,
            pbx.body.id,
          ])
        ).length === 1,
      {
        what: 'the connection in routing',
      },
    );

    const pbxUrl = receiver.on('/pbx', () => ({ status: 200 }));
    const branchUrl = receiver.on('/branch', () => ({ status: 200 }));
    const pbxHook = await call('POST', '/v1/webhook-endpoints', {
      body: { url: pbxUrl, events: ['*'], connection_id: pbx.body.id },
    });
    const branchHook = await call('POST', '/v1/webhook-endpoints', {
      body: { url: branchUrl, events: ['*'], connection_id: branch.body.id },
    });
    expect([pbxHook.status, branchHook.status]).toEqual([201, 201]);
    w.clock.advance(1_000);

    // An event about no connection (an API key), then a PATCH of the number owned by two services.
    const apiKey = await call('POST', '/v1/api-keys', { body: { name: 'not about a connection' } });
    expect(apiKey.status).toBe(201);
    const patched = await call('PATCH', `/v1/numbers/${numberId}`, {
      body: { tags: ['front-desk'], cnam_display_name: 'ACME FRONT' },
    });
    expect(patched.status).toBe(200);

    const hooks = await waitFor(
      () => {
        const bodies = receiver.at('/pbx').map((r) => JSON.parse(r.body));
        return ['number.updated', 'number.routing_updated'].every((t) => bodies.some((b) => b.type === t)) && bodies;
      },
      { what: "the number's events at the connection's endpoint", timeoutMs: 30_000 },
    );
    expect(hooks.find((b) => b.type === 'number.updated')).toMatchObject({
      account_id: partner.id,
      connection_id: pbx.body.id,
      data: { number_id: numberId, changes: { tags: ['front-desk'] } },
    });
    expect(hooks.find((b) => b.type === 'number.routing_updated')).toMatchObject({
      account_id: partner.id,
      connection_id: pbx.body.id,
      data: { number_id: numberId, changes: { cnam_display_name: 'ACME FRONT' } },
    });

    // Every event of the scene is in the event log by now (the API key's was published first): none went to the other connection, none about no connection.
    await waitFor(
      async () =>
        (
          await notificationRows(
            `select 1 from notifications.events where type = 'api_key.created' and data->>'api_key_id' = ?`,
            [apiKey.body.id],
          )
        ).length === 1,
      {
        what: 'api_key.created in the event log',
      },
    );
    const delivered = await notificationRows<{ endpoint_id: string; event_type: string }>(
      `select endpoint_id, event_type from notifications.webhook_deliveries where endpoint_id = any(?)`,
      [[pbxHook.body.id, branchHook.body.id]],
    );
    expect(delivered.filter((d) => d.endpoint_id === branchHook.body.id)).toEqual([]);
    expect(
      delivered
        .filter((d) => d.endpoint_id === pbxHook.body.id)
        .map((d) => d.event_type)
        .sort(),
    ).toEqual(['number.routing_updated', 'number.updated']);
  });
});
