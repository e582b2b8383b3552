import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { CarrierOrder, CarrierOrderCallback } from '@did/contracts';
import { createTestWorld, TestWorld, waitFor } from '@did/testing';
import { Sandbox, startSandbox } from './sandbox-app';

/** A local HTTP receiver standing in for the platform's callback endpoint. */
async function startReceiver(): Promise<{ url: string; received: unknown[]; server: Server }> {
  const received: unknown[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/carrier-events`, received, server };
}

describe('orders', () => {
  const env = { ACTIVATION_DELAY_MS: '300', FAILURE_RATE: '0' };
  let world: TestWorld;
  let sandbox: Sandbox;

  beforeAll(async () => {
    world = await createTestWorld();
    sandbox = await startSandbox(env, world);
  });

  afterAll(async () => {
    await sandbox.close();
    await world.cleanup();
  });

  async function completed(id: string): Promise<CarrierOrder> {
    return waitFor(
      async () => {
        const res = await sandbox.get(`/v1/orders/${id}`);
        return res.body.status === 'completed' ? CarrierOrder.parse(res.body) : undefined;
      },
      { what: `order ${id} to complete` },
    );
  }

  it('accepts an order with every number pending, then activates them after the delay', async () => {
    const res = await sandbox.send('POST', '/v1/orders', {
      numbers: ['+15125550101', '+15125550102'],
      reference: 'ref-1',
    });
    expect(res.status).toBe(202);
    const order = CarrierOrder.parse(res.body);
    expect(order).toMatchObject({ status: 'pending', reference: 'ref-1', completed_at: null });
    expect(order.numbers.map((n) => n.status)).toEqual(['pending', 'pending']);
    expect(new Date(order.activates_at).getTime() - new Date(order.created_at).getTime()).toBe(300);

    const done = await completed(order.id);
    expect(done.numbers).toEqual([
      { phone_number: '+15125550101', status: 'active', error_code: null, error_message: null },
      { phone_number: '+15125550102', status: 'active', error_code: null, error_message: null },
    ]);
    expect(done.completed_at).not.toBeNull();
  });

  it('fails every number when the failure rate is 1', async () => {
    await sandbox.send('PUT', '/admin/faults', { failure_rate: 1, activation_delay_ms: 50 });
    try {
      const res = await sandbox.send('POST', '/v1/orders', { numbers: ['+15125550103', '+442079460018'] });
      const done = await completed(res.body.id);
      expect(done.numbers.map((n) => [n.status, n.error_code])).toEqual([
        ['failed', 'activation_rejected'],
        ['failed', 'activation_rejected'],
      ]);
    } finally {
      await sandbox.send('DELETE', '/admin/faults', {});
    }
  });

  it('fails about the configured share of numbers, the same numbers every time', async () => {
    await sandbox.send('PUT', '/admin/faults', { failure_rate: 0.5, activation_delay_ms: 0 });
    try {
      const numbers = Array.from({ length: 100 }, (_, i) => `+1512555${String(1000 + i)}`);
      const first = await completed((await sandbox.send('POST', '/v1/orders', { numbers })).body.id);
      const second = await completed((await sandbox.send('POST', '/v1/orders', { numbers })).body.id);
      const failed = first.numbers.filter((n) => n.status === 'failed').length;
      expect(failed).toBeGreaterThan(30);
      expect(failed).toBeLessThan(70);
      expect(second.numbers.map((n) => n.status)).toEqual(first.numbers.map((n) => n.status));
    } finally {
      await sandbox.send('DELETE', '/admin/faults', {});
    }
  });

  it('POSTs the completed order to the callback_url', async () => {
    const receiver = await startReceiver();
    try {
      const res = await sandbox.send('POST', '/v1/orders', { numbers: ['+18775550199'], callback_url: receiver.url });
      const [callback] = await waitFor(() => (receiver.received.length ? receiver.received : undefined), {
        what: 'the callback',
      });
      const parsed = CarrierOrderCallback.parse(callback);
      expect(parsed.event).toBe('carrier.order.completed');
      expect(parsed.order).toMatchObject({ id: res.body.id, status: 'completed', callback_url: receiver.url });
      expect(parsed.order.numbers[0]).toMatchObject({ phone_number: '+18775550199', status: 'active' });
    } finally {
      receiver.server.close();
    }
  });

  it('is idempotent on reference: a second POST returns the same order and orders nothing new', async () => {
    const body = { numbers: ['+15125550111', '+15125550112'], reference: 'ord_idem_1' };
    const first = await sandbox.send('POST', '/v1/orders', body);
    const again = await sandbox.send('POST', '/v1/orders', body);
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    const raced = await Promise.all(
      Array.from({ length: 8 }, () =>
        sandbox.send('POST', '/v1/orders', { numbers: ['+15125550113'], reference: 'ord_idem_2' }),
      ),
    );
    expect(new Set(raced.map((r) => r.body.id)).size).toBe(1);
    const { Client } = await import('pg');
    const db = new Client({ connectionString: sandbox.world.db.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        `select reference, count(*)::int as n from carrier_sandbox.orders where reference = any($1) group by reference order by reference`,
        [['ord_idem_1', 'ord_idem_2']],
      );
      expect(rows).toEqual([
        { reference: 'ord_idem_1', n: 1 },
        { reference: 'ord_idem_2', n: 1 },
      ]);
    } finally {
      await db.end();
    }
    // The order completes once, and a POST after completion still answers the completed order.
    const done = await completed(first.body.id);
    expect((await sandbox.send('POST', '/v1/orders', body)).body).toEqual(done);
  });

  it('answers 404 carrier_order_not_found for an unknown order', async () => {
    const res = await sandbox.get('/v1/orders/co_unknown');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: 'not_found', code: 'carrier_order_not_found' });
  });

  it.each([
    [{ numbers: [] }, 'numbers'],
    [{ numbers: ['5125550100'] }, 'numbers[0]'],
    [{ numbers: ['+15125550100', '+15125550100'] }, 'numbers'],
    [{ numbers: ['+15125550100'], callback_url: 'not a url' }, 'callback_url'],
    [{ numbers: ['+15125550100'], extra: true }, 'extra'],
    [{}, 'numbers'],
  ])('rejects %j with a 400 naming %s', async (body, field) => {
    const res = await sandbox.send('POST', '/v1/orders', body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('completes an order a previous run left pending when it starts again', async () => {
    await sandbox.send('PUT', '/admin/faults', { activation_delay_ms: 600_000 });
    const placed = await sandbox.send('POST', '/v1/orders', { numbers: ['+15125550150'] });
    await sandbox.send('DELETE', '/admin/faults', {});
    // Make the order overdue, as if the sandbox had been down past its activation time.
    await sandbox.app.close();
    const { Client } = await import('pg');
    const db = new Client({ connectionString: sandbox.world.db.url });
    await db.connect();
    await db.query(`update carrier_sandbox.orders set activates_at = now() - interval '1 second' where id = $1`, [
      placed.body.id,
    ]);
    await db.end();
    sandbox = await startSandbox(env, world);
    const done = await completed(placed.body.id);
    expect(done.numbers[0].status).toBe('active');
  });
});
