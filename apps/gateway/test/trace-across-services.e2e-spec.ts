import { randomUUID } from 'node:crypto';
import { connect, NatsConnection } from 'nats';
import { Client } from 'pg';
import { eventsStreamName, eventSubject, NumberOrderPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { ServiceProcess } from '@did/service-testing';
import { parseTraceparent } from '@did/service-kit';
import { createTestWorld, freePort, TestWorld, waitFor } from '@did/testing';
import { FAST_WEBHOOKS } from '../../notifications/test/notifications-fixture'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: loopback allowed, fast retries
import { Receiver } from '../../notifications/test/receiver'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: a real node:http webhook receiver
import { runCommand } from './platform-processes';

/*
 * Issue 18's must-hold: one order followed from the HTTP request to its number_order.completed webhook.
 * Every service runs as its own process (as deployed), so each one's log is its own stdout, read back
 * here as JSON lines; the same trace id must be in the gateway's, ordering's, inventory's and
 * notifications' logs and in the webhook POST's traceparent. A hop that drops the context (an RPC
 * without headers, an event without its trace, the provisioner's later step, the delivery) starts a
 * new trace there, and the check for that service fails.
 */
jest.setTimeout(240_000);

const OPERATOR_KEY = 'op_trace_test_operator_key_0123456789abcdef';

type LogLine = Record<string, unknown> & { trace_id?: string; request_id?: string; context?: string };

describe('one trace from the API call to the webhook (gateway, ordering, inventory, notifications as processes)', () => {
  let world: TestWorld;
  let nc: NatsConnection;
  let receiver: Receiver;
  let gatewayUrl: string;
  const processes: Record<string, ServiceProcess> = {};
  let fundEnv: Record<string, string>;

  beforeAll(async () => {
    world = await createTestWorld();
    nc = await connect({ servers: world.config.NATS_URL });
    const rpc = new RpcClient(nc, {
      service: 'test',
      natsUrl: world.config.NATS_URL,
      prefix: world.prefix,
      rpcTimeoutMs: 5_000,
    });
    receiver = await new Receiver().start();
    const [gatewayPort, sandboxPort] = [await freePort(), await freePort()];
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
    const base = {
      DATABASE_URL: world.db.url,
      NATS_URL: world.config.NATS_URL,
      NATS_PREFIX: world.prefix,
      DATABASE_POOL_MAX: '3',
      OUTBOX_POLL_MS: '50',
      // Debug: every RPC handled and every event consumed is logged in its trace.
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      NO_COLOR: '1',
    };
    const env: Record<string, Record<string, string>> = {
      'carrier-sandbox': {
        ...base,
        CARRIER_SANDBOX_PORT: String(sandboxPort),
        ACTIVATION_DELAY_MS: '0',
        FAILURE_RATE: '0',
      },
      inventory: {
        ...base,
        CARRIER_SANDBOX_URL: sandboxUrl,
        CARRIER_POLL_INTERVAL_MS: '50',
        RESERVATION_SWEEP_INTERVAL_MS: '0',
      },
      ordering: {
        ...base,
        PAYMENT_RECONCILE_INTERVAL_MS: '0',
        ORDER_RECONCILE_INTERVAL_MS: '0',
        RENEWAL_INTERVAL_MS: '0',
      },
      routing: { ...base, CARRIER_SANDBOX_URL: sandboxUrl, E911_POLL_INTERVAL_MS: '0' },
      notifications: { ...base, ...FAST_WEBHOOKS },
      gateway: { ...base, GATEWAY_PORT: String(gatewayPort), OPERATOR_API_KEY: OPERATOR_KEY, RATE_LIMIT_BURST: '1000' },
    };
    for (const service of Object.keys(env)) processes[service] = new ServiceProcess(service, env[service], rpc);
    await processes['carrier-sandbox'].start();
    await runCommand('inventory', ['ingest', '--countries', 'US', '--count-per-country', '30'], env.inventory);
    await Promise.all(
      ['inventory', 'ordering', 'routing', 'notifications', 'gateway'].map((s) => processes[s].start(120_000)),
    );
    fundEnv = env.ordering;
    // The gateway answers its NATS health before its HTTP port listens.
    await waitFor(
      () =>
        fetch(`${gatewayUrl}/v1/balance`).then(
          () => true,
          () => false,
        ),
      { what: 'the gateway to listen' },
    );
  });

  afterAll(async () => {
    await Promise.all(Object.values(processes).map((p) => p.stop()));
    await receiver?.stop();
    await nc?.close();
    await world?.cleanup();
  });

  const call = async (
    method: string,
    route: string,
    key: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(gatewayUrl + route, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };

  const query = async <T>(text: string): Promise<T[]> => {
    const client = new Client({ connectionString: world.db.url });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };

  const logOf = (service: string): LogLine[] =>
    processes[service].stdoutLines.flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });

  it('finds the trace id of POST /v1/number-orders in every service it crossed and on the number_order.completed POST', async () => {
    const partner = await call('POST', '/v1/accounts', OPERATOR_KEY, { name: 'Traced Partner' });
    expect(partner.status).toBe(201);
    const key = (
      await call('POST', '/v1/api-keys', OPERATOR_KEY, { name: 'trace key' }, { 'account-id': partner.body.id })
    ).body.secret as string;
    await runCommand('ordering', ['fund-demo', '--account', partner.body.id, '--amount-cents', '100000'], fundEnv);
    // The first POST fails: a failed delivery must lead back to the call too.
    const url = receiver.on('/traced', (n) => ({ status: n === 1 ? 500 : 200 }));
    expect((await call('POST', '/v1/webhook-endpoints', key, { url, events: ['number_order.completed'] })).status).toBe(
      201,
    );
    const available = await call('GET', '/v1/numbers/available?country_code=US&number_type=local&limit=5', key);
    const e164 = available.body.data[0].phone_number as string;

    const order = await call(
      'POST',
      '/v1/number-orders',
      key,
      { country_code: 'US', number_type: 'local', phone_numbers: [e164] },
      { 'idempotency-key': randomUUID() },
    );
    expect(order.status).toBe(201);
    const requestId = order.headers.get('request-id');
    expect(requestId).toMatch(/^req_/);

    // The gateway started the trace: its access line for this request names it.
    const access = await waitFor(
      () =>
        logOf('gateway').find(
          (l) => l.context === 'http' && l.request_id === requestId && l.route === '/v1/number-orders',
        ),
      { what: 'the access line' },
    );
    const traceId = access.trace_id as string;
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const webhook = await waitFor(() => receiver.at('/traced').length >= 2 && receiver.at('/traced')[1], {
      what: 'number_order.completed at the receiver, failed once and retried',
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    expect(JSON.parse(webhook.body).data.order_id).toBe(order.body.id);
    expect(receiver.at('/traced').map((r) => parseTraceparent(r.headers.traceparent)?.traceId)).toEqual([
      traceId,
      traceId,
    ]);

    const inTrace = (service: string) => logOf(service).filter((l) => l.trace_id === traceId);
    // The delivery's line is written once the receiver has answered.
    await waitFor(
      () => inTrace('notifications').some((l) => l.event_type === 'number_order.completed' && l.status_code === 200),
      { what: 'the delivery line', timeoutMs: 10_000 },
    ).catch(() => null);
    const seen = Object.fromEntries(
      ['gateway', 'ordering', 'inventory', 'notifications'].map((service) => [service, inTrace(service).length > 0]),
    );
    expect(seen).toEqual({ gateway: true, ordering: true, inventory: true, notifications: true });
    // The consumers' lines are the events the order caused, the delivery line is the webhook: each in the same trace.
    expect(
      inTrace('ordering').some(
        (l) => String(l.msg).includes('handled') && String(l.subject).endsWith(NumberOrderPatterns.Create),
      ),
    ).toBe(true);
    expect(inTrace('inventory').some((l) => l.event_type === 'number_order.placed')).toBe(true);
    expect(inTrace('ordering').some((l) => l.event_type === 'number.activated')).toBe(true);
    expect(
      inTrace('notifications').some((l) => l.event_type === 'number_order.completed' && l.status_code === 200),
    ).toBe(true);
    expect(
      inTrace('notifications').some(
        (l) => l.event_type === 'number_order.completed' && l.status_code === 500 && l.level === 'warn',
      ),
    ).toBe(true);
    // The delivery log: both attempt rows name the trace.
    const attempts = await waitFor(
      async () => {
        const rows = await query<{ status_code: number; trace_id: string | null }>(
          `select a.status_code, a.trace_id from notifications.webhook_attempts a join notifications.webhook_deliveries d on d.id = a.delivery_id
           where d.event_type = 'number_order.completed' order by a.attempted_at`,
        );
        return rows.length === 2 && rows;
      },
      { what: 'both attempts recorded' },
    );
    expect(attempts).toEqual([
      { status_code: 500, trace_id: traceId },
      { status_code: 200, trace_id: traceId },
    ]);
    // The event record and the JetStream message's headers carry it too.
    const stored = await (
      await nc.jetstreamManager()
    ).streams.getMessage(eventsStreamName(world.prefix), {
      last_by_subj: eventSubject(world.prefix, 'number_order.completed'),
    });
    expect(parseTraceparent(stored.header.get('traceparent'))?.traceId).toBe(traceId);
    expect(parseTraceparent(stored.json<{ trace?: { traceparent: string } }>().trace?.traceparent)?.traceId).toBe(
      traceId,
    );
    // Every line in the trace carries the request id too, those written later by work the request caused
    // included (inventory's provisioner steps, the webhook attempts): each service's lines were seen above.
    for (const service of ['gateway', 'ordering', 'inventory', 'notifications']) {
      expect({
        service,
        without: inTrace(service)
          .filter((l) => l.request_id !== requestId)
          .map((l) => l.msg),
      }).toEqual({ service, without: [] });
    }
  });
});
