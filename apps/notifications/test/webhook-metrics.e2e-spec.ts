import type { Server } from 'node:http';
import { EntityManager } from '@mikro-orm/postgresql';
import { startOpsServer } from '@did/runtime';
import { MIGRATIONS } from '../src/migrations';
import { FAST_WEBHOOKS, NotificationsFixture } from './notifications-fixture';
import { Receiver } from './receiver';

describe('webhook metrics on the ops port (real PostgreSQL and NATS)', () => {
  let f: NotificationsFixture;
  let ops: Server;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    f = await NotificationsFixture.start(FAST_WEBHOOKS);
    ops = await startOpsServer(f.app!, 'notifications', 0, MIGRATIONS);
  });

  afterAll(async () => {
    ops.close();
    await f.close();
    await receiver.stop();
  });

  const scrape = async () => (await fetch(`http://127.0.0.1:${(ops.address() as { port: number }).port}/metrics`)).text();

  it('reports deliveries due, the oldest one\'s wait, and disabled endpoints, read from the tables', async () => {
    const endpoint = await f.createEndpoint('acc_metrics', { url: receiver.on('/metrics-a', () => ({ status: 200 })), events: ['*'] });
    const em = f.app!.get(EntityManager).fork();
    await em.getConnection().execute(`update notifications.webhook_endpoints set enabled = false where id = ?`, [endpoint.id]);
    const text = await scrape();
    expect(text).toMatch(/^did_webhook_endpoints_disabled\{service="notifications"\} 1$/m);
    expect(text).toMatch(/^did_webhook_deliveries_due\{service="notifications"\} \d+$/m);
    expect(text).toMatch(/^did_webhook_oldest_due_age_seconds\{service="notifications"\} [\d.e+-]+$/m);
    expect(text).toMatch(/^did_service_ready\{service="notifications"\} 1$/m);
  });
});
