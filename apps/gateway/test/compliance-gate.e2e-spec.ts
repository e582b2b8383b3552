import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { LedgerEntryKind } from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { waitFor } from '@did/testing';
import { Provisioner } from '../../inventory/src/provisioning/provisioner'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: runs inventory's provisioning pass
import { IngestService } from '../../inventory/src/ingest/ingest.service'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: loads IN carrier rows
import { LedgerService } from '../../ordering/src/wallets/ledger.service'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: funds the INR wallet
import { WalletsService } from '../../ordering/src/wallets/wallets.service'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: opens the INR wallet
import { delhiRow } from '../../inventory/test/fixture-numbers'; // eslint-disable-line @nx/enforce-module-boundaries -- the shared carrier rows of the tests
import { OPERATOR_KEY } from './gateway-fixture';
import { OrdersWorld, startOrdersWorld } from './orders-world';

type Key = { id: string; key: string };

const DAY = 86_400_000;
/** New Delhi numbers: India requires end-user details and a document before a number is used. */
const DELHI = ['+911123459900', '+911123459901'];

jest.setTimeout(60_000);

describe('compliance gate through the public API (gateway + ordering + inventory + routing + carrier sandbox)', () => {
  let w: OrdersWorld;
  let buyer: Key;

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    w.gw.call(method, path, { key: buyer.key, body, headers });
  const balance = async () => (await call('GET', '/v1/balance')).body.balance_cents as number;
  const orderOne = async (e164: string) => {
    const res = await call(
      'POST',
      '/v1/number-orders',
      { country_code: 'IN', number_type: 'local', phone_numbers: [e164] },
      { 'idempotency-key': randomUUID() },
    );
    expect(res.status).toBe(201);
    return res.body as { id: string; currency: string; phone_numbers: { id: string; status: string }[] };
  };
  const settled = (orderId: string) => w.settledOrder(buyer.key, orderId);
  /** Inventory takes the order in from number_order.placed, after the 201: only then does the number show why it waits. */
  const awaitingCompliance = (numberId: string) =>
    waitFor(
      async () => {
        const res = await call('GET', `/v1/numbers/${numberId}`);
        return res.body.status_reason === 'awaiting_compliance' && res.body;
      },
      { what: 'the number to wait for its compliance' },
    );
  /** Orders the carrier sandbox holds under our order id. */
  const atCarrier = (orderId: string) => w.rows(`select id from carrier_sandbox.orders where reference = ?`, [orderId]);

  beforeAll(async () => {
    w = await startOrdersWorld();
    await w.inventory.get(IngestService).ingestRows(DELHI.map(delhiRow));
    // IN numbers are sold in INR: the buyer's account (and so its wallet) is in INR.
    const account = await w.gw.call('POST', '/v1/accounts', {
      key: OPERATOR_KEY,
      body: { name: 'Delhi Buyer', currency: 'INR' },
    });
    expect(account.body.currency).toBe('INR');
    const key = await w.gw.call('POST', '/v1/api-keys', {
      key: OPERATOR_KEY,
      headers: { 'account-id': account.body.id },
      body: { name: 'test key' },
    });
    buyer = { id: account.body.id, key: key.body.secret };
    const wallet = await w.ordering
      .get(WalletsService)
      .ensure({ account_id: buyer.id, partner_id: null, currency: 'INR' });
    await w.ordering
      .get(EntityManager)
      .fork()
      .transactional((tx) =>
        w.ordering.get(LedgerService).post(tx, {
          walletId: wallet.id,
          kind: LedgerEntryKind.Adjustment,
          amountCents: 1_000_000,
          idempotencyKey: sortableId('fund'),
          description: 'test funding',
        }),
      );
  });

  afterAll(async () => {
    await w.close();
  });

  it('an IN number stays pending (awaiting_compliance) and away from the carrier until PUT .../compliance meets its requirements, then activates', async () => {
    const order = await orderOne(DELHI[0]);
    expect(order.currency).toBe('INR');
    const id = order.phone_numbers[0].id;
    await awaitingCompliance(id);

    // Past the carrier deadline (10 min by default) and many poll intervals: still waiting, not timed out, nothing at the carrier.
    w.clock.advance(3_600_000);
    // A full provisioning pass after the clock moved: the order was due and looked at, and held back.
    await w.inventory.get(Provisioner).runOnce();
    const number = await call('GET', `/v1/numbers/${id}`);
    expect(number.body).toMatchObject({ status: 'pending', status_reason: 'awaiting_compliance' });
    expect(await atCarrier(order.id)).toEqual([]);
    expect((await call('GET', `/v1/number-orders/${order.id}`)).body.status).toBe('pending');

    // Routing learns the pending number from number_order.placed; file an incomplete set first.
    const partial = await waitFor(
      async () => {
        const res = await call('PUT', `/v1/numbers/${id}/compliance`, {
          end_user: {
            first_name: 'Asha',
            last_name: 'Rao',
            contact_phone: '+919812345678',
            company_name: 'Rao Traders',
          },
        });
        return res.status === 200 && res;
      },
      { what: 'routing to know the pending number' },
    );
    expect(partial.body).toMatchObject({ status: 'missing', missing: ['document_ids'] });
    // Inventory has taken in the partial announcement (it wakes the order), and a full pass has run since.
    await waitFor(
      async () =>
        JSON.stringify(
          (await w.rows(`select missing from inventory.compliance_gates where number_id = ?`, [id]))[0]?.missing,
        ) === '["document_ids"]',
      {
        what: 'inventory to learn of the partial set',
      },
    );
    w.clock.advance(60_000);
    await w.inventory.get(Provisioner).runOnce();
    expect(await atCarrier(order.id)).toEqual([]);

    const met = await call('PUT', `/v1/numbers/${id}/compliance`, {
      end_user: { first_name: 'Asha', last_name: 'Rao', contact_phone: '+919812345678', company_name: 'Rao Traders' },
      document_ids: ['doc_pan_card'],
    });
    expect(met.body).toMatchObject({ status: 'met', missing: [] });

    const done = await settled(order.id);
    expect(done.status).toBe('success');
    expect(await atCarrier(order.id)).toHaveLength(1);
    expect((await call('GET', `/v1/numbers/${id}`)).body).toMatchObject({
      status: 'active',
      status_reason: null,
      activated_at: expect.any(String),
    });
  });

  it('an IN number whose paperwork never comes fails with compliance_incomplete after COMPLIANCE_WAIT_DAYS and is refunded in full', async () => {
    const before = await balance();
    const order = await orderOne(DELHI[1]);
    const charged = before - (await balance());
    expect(charged).toBeGreaterThan(0);
    const id = order.phone_numbers[0].id;
    await awaitingCompliance(id);

    w.clock.advance(30 * DAY);
    const done = await settled(order.id);
    expect(done).toMatchObject({ status: 'failure', total_refunded_cents: charged });
    expect(await atCarrier(order.id)).toEqual([]);
    expect((await call('GET', `/v1/numbers/${id}`)).body).toMatchObject({
      status: 'purchase_failed',
      status_reason: 'compliance_incomplete',
    });
    await waitFor(async () => (await balance()) === before, { what: 'the refund to land' });
    const refunds = (await call('GET', '/v1/ledger?kind=refund')).body.data.filter(
      (e: { reference: string }) => e.reference === order.id,
    );
    expect(refunds.map((e: { amount_cents: number }) => e.amount_cents)).toEqual([charged]);
  });
});
