import type { Server } from 'node:http';
import { startOpsServer } from '@did/runtime';
import { MIGRATIONS } from '../src/migrations';
import { OrderingFixture, startOrdering } from './ordering-fixture';

/** The health and metrics port every service opens (OPS_PORT), on a real ordering service. */
describe('the ops port: /health/live, /health/ready, /metrics (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;
  const servers: Server[] = [];

  beforeAll(async () => {
    o = await startOrdering();
  });

  afterAll(async () => {
    for (const s of servers) s.close();
    await o.close();
  });

  async function open(migrations: readonly { name: string }[] = MIGRATIONS): Promise<string> {
    const server = await startOpsServer(o.app, 'ordering', 0, migrations);
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  it('is live, and ready with the database, every migration and NATS', async () => {
    const base = await open();
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      service: 'ordering',
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true }, nats: { ok: true } },
    });
  });

  it('is not ready (503, naming it) while a migration this build ships is not applied', async () => {
    const base = await open([...MIGRATIONS, { name: 'Migration29991231000000' }]);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'not_ready',
      checks: { migrations: { ok: false, detail: 'not applied: Migration29991231000000' } },
    });
  });

  it('serves Prometheus metrics: process, outbox backlog, dead letters and each durable consumer', async () => {
    const base = await open();
    const res = await fetch(`${base}/metrics`);
    if (res.status !== 200) throw new Error(await res.text());
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="ordering"\} /m);
    expect(text).toMatch(/^did_outbox_unpublished_events\{service="ordering"\} \d+/m);
    expect(text).toMatch(/^did_outbox_oldest_unpublished_age_seconds\{service="ordering"\} [\d.]+/m);
    expect(text).toMatch(/^did_dead_letters\{service="ordering"\} 0$/m);
    expect(text).toMatch(/^did_service_ready\{service="ordering"\} 1$/m);
    expect(text).toMatch(/^did_card_payments_pending\{service="ordering"\} \d+$/m);
    expect(text).toMatch(/^did_usage_owed_cents\{service="ordering"\} \d+$/m);
    expect(text).toMatch(/^did_consumer_pending_messages\{durable="[a-z-]+",service="ordering"\} \d+/m);
    // Calls this service made over request/reply, by pattern and outcome, from the process registry.
    await o.rpc.request('ordering.wallets.get_balance', o.newCaller()).catch(() => undefined);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(
      /^did_rpc_client_requests_total\{pattern="ordering\.wallets\.get_balance",outcome="[a-z_]+",service="ordering"\} [1-9]/m,
    );

    // A dead letter shows at the next scrape.
    await o
      .em()
      .getConnection()
      .execute(
        `insert into ordering.dead_letters (consumer, event_id, event_type, subject, payload, error, attempts, failed_at) values ('x', 'evt_ops', 't', 's', '{}', 'e', 1, now())`,
      );
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^did_dead_letters\{service="ordering"\} 1$/m);
  });
});
