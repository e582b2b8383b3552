import type { Server } from 'node:http';
import { Client } from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import { startOpsServer } from '@did/runtime';
import { TEST_ENV, waitFor } from '@did/testing';
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

  const scrape = async () =>
    (await fetch(`http://127.0.0.1:${(ops.address() as { port: number }).port}/metrics`)).text();

  it("reports deliveries due, the oldest one's wait, and disabled endpoints, read from the tables", async () => {
    const endpoint = await f.createEndpoint('acc_metrics', {
      url: receiver.on('/metrics-a', () => ({ status: 200 })),
      events: ['*'],
    });
    const em = f.app!.get(EntityManager).fork();
    await em
      .getConnection()
      .execute(`update notifications.webhook_endpoints set enabled = false where id = ?`, [endpoint.id]);
    const text = await scrape();
    expect(text).toMatch(/^did_webhook_endpoints_disabled\{service="notifications"\} 1$/m);
    expect(text).toMatch(/^did_webhook_deliveries_due\{service="notifications"\} \d+$/m);
    expect(text).toMatch(/^did_webhook_oldest_due_age_seconds\{service="notifications"\} [\d.e+-]+$/m);
    expect(text).toMatch(/^did_service_ready\{service="notifications"\} 1$/m);
  });

  it('counts attempts by outcome as they finish: delivered, and an endpoint answering 500 (retried until given up)', async () => {
    await f.createEndpoint('acc_outcomes', { url: receiver.on('/outcomes-ok', () => ({ status: 200 })) });
    await f.createEndpoint('acc_outcomes', { url: receiver.on('/outcomes-500', () => ({ status: 500 })) });
    await f.accountCreated('acc_outcomes');
    await waitFor(
      async () => {
        const deliveries = await f.deliveries('acc_outcomes');
        return deliveries.length === 2 && deliveries.every((d) => d.status !== 'pending');
      },
      { what: 'both deliveries settled' },
    );
    // Counted as the recorder takes the attempts, before their rows are written: settled deliveries are counted.
    const text = await scrape();
    const count = (outcome: string) =>
      Number(
        text.match(
          new RegExp(`^did_webhook_attempts_total\\{outcome="${outcome}",service="notifications"\\} (\\d+)$`, 'm'),
        )?.[1] ?? 0,
      );
    expect(count('delivered')).toBeGreaterThanOrEqual(1);
    // The whole FAST_WEBHOOKS schedule: a first attempt and four retries.
    expect(count('http_5xx')).toBe(5);
    expect(text).not.toContain('acc_outcomes');
  });

  // Last: it takes the database away. Served as a 500 instead, the scrape would only say the service is down.
  // prom-client writes NaN as "Nan", which Prometheus reads (its parser ignores the case).
  it('with its database refusing connections, /metrics still answers: not ready, the table gauges unknown (NaN)', async () => {
    const admin = new Client({ connectionString: process.env[TEST_ENV.adminUrl] });
    await admin.connect();
    const name = f.world.db.name;
    try {
      await admin.query(`alter database "${name}" allow_connections false`);
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [name]);
      const res = await fetch(`http://127.0.0.1:${(ops.address() as { port: number }).port}/metrics`);
      const text = await res.text();
      expect(res.status).toBe(200);
      expect(text).toMatch(/^did_service_ready\{service="notifications"\} 0$/m);
      expect(text).toMatch(/^did_outbox_unpublished_events\{service="notifications"\} Na[Nn]$/m);
      expect(text).toMatch(/^did_webhook_deliveries_due\{service="notifications"\} Na[Nn]$/m);
      expect(text).toMatch(/^did_webhook_endpoints_disabled\{service="notifications"\} Na[Nn]$/m);
    } finally {
      await admin.query(`alter database "${name}" allow_connections true`);
      await admin.end();
    }
  });
});
