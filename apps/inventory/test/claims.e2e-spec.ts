import {
  ClaimNumbersReply,
  NumberLifecyclePatterns,
  Reservation,
  ReservationPatterns,
  UnclaimNumbersReply,
} from '@did/contracts';
import { AUSTIN_444, AUSTIN_555, DALLAS, LONDON, TOLL_FREE_877 } from './fixture-numbers';
import { InventoryFixture, startInventory } from './inventory-fixture';

const alice = { account_id: 'acc_alice', partner_id: 'acc_partner' };
const bob = { account_id: 'acc_bob', partner_id: null };

function failure<T>(p: Promise<T>): Promise<any> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

describe('claim and unclaim over NATS (real PostgreSQL)', () => {
  let inv: InventoryFixture;
  let orders = 0;
  const orderId = () => `ord_claim_${++orders}`;
  const claim = (who: object, selection: object, extra: object = {}) =>
    inv.rpc.request<ClaimNumbersReply>(NumberLifecyclePatterns.Claim, {
      order_id: orderId(),
      country_code: 'US',
      number_type: 'local',
      ...who,
      selection,
      ...extra,
    });
  const numbers = (phone_numbers: string[], reservation_id: string | null = null) => ({
    kind: 'numbers',
    phone_numbers,
    reservation_id,
  });
  const unclaim = (order_id: string) =>
    inv.rpc.request<UnclaimNumbersReply>(NumberLifecyclePatterns.Unclaim, { order_id });
  const rowsOf = (e164s: string[]) =>
    inv.rows<Record<string, unknown>>(
      `select e164, state, number_id, owner_account_id, owner_partner_id, tenant_account_id, purchase_order_id, reservation_id from inventory.numbers where e164 = any(?) order by e164`,
      [e164s],
    );

  beforeAll(async () => {
    inv = await startInventory({}, { withOrdering: false });
  });

  afterAll(async () => {
    await inv.close();
  });

  it('claims free numbers for an order: pending_purchase, owned by the buyer, each with a new number id, in e164 order', async () => {
    const wanted = [AUSTIN_555[1], AUSTIN_555[0]];
    const reply = await claim(alice, numbers(wanted));
    expect(reply.numbers.map((n) => n.phone_number)).toEqual([AUSTIN_555[0], AUSTIN_555[1]]);
    expect(reply.numbers[0]).toEqual({
      number_id: expect.stringMatching(/^pn_[0-9a-z]{26}$/),
      phone_number: AUSTIN_555[0],
      country_code: 'US',
      number_type: 'local',
      region: 'TX',
      locality: 'Austin',
      rate_center: 'AUSTIN',
      capabilities: ['voice', 'sms'],
    });
    expect(new Set(reply.numbers.map((n) => n.number_id)).size).toBe(2);
    expect(await rowsOf(wanted)).toEqual(
      reply.numbers.map((n) => ({
        e164: n.phone_number,
        state: 'pending_purchase',
        number_id: n.number_id,
        owner_account_id: alice.account_id,
        owner_partner_id: alice.partner_id,
        tenant_account_id: alice.account_id,
        purchase_order_id: reply.order_id,
        reservation_id: null,
      })),
    );
  });

  it('is all or nothing: one number of another type, country or unknown fails the claim, naming each, and claims nothing', async () => {
    const wanted = [AUSTIN_555[2], TOLL_FREE_877[0], LONDON, '+15125559999', AUSTIN_555[0]];
    const err = await failure(claim(bob, numbers(wanted)));
    expect(err).toMatchObject({ type: 'conflict', code: 'number_unavailable' });
    expect(err.errors).toEqual([
      {
        field: 'phone_numbers[1]',
        rule: 'number_type',
        message: `${TOLL_FREE_877[0]} is a toll_free number, not local`,
      },
      { field: 'phone_numbers[2]', rule: 'country_code', message: `${LONDON} is in GB, not US` },
      { field: 'phone_numbers[3]', rule: 'exists', message: '+15125559999 is not a number this platform sells' },
      { field: 'phone_numbers[4]', rule: 'available', message: `${AUSTIN_555[0]} is not available` },
    ]);
    expect((await rowsOf([AUSTIN_555[2]]))[0]).toMatchObject({
      state: 'available',
      number_id: null,
      owner_account_id: null,
    });
    expect(await inv.rows(`select 1 from inventory.carrier_orders where account_id = ?`, [bob.account_id])).toEqual([]);
  });

  it('is idempotent per order id: a second claim answers the first one and changes nothing', async () => {
    const order_id = 'ord_idem';
    const request = { order_id, ...bob, country_code: 'US', number_type: 'local', selection: numbers([AUSTIN_555[3]]) };
    const first = await inv.rpc.request<ClaimNumbersReply>(NumberLifecyclePatterns.Claim, request);
    const again = await inv.rpc.request<ClaimNumbersReply>(NumberLifecyclePatterns.Claim, {
      ...request,
      selection: numbers([AUSTIN_555[4]]),
    });
    expect(again).toEqual(first);
    expect((await rowsOf([AUSTIN_555[4]]))[0]).toMatchObject({ state: 'available' });
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () =>
        inv.rpc.request<ClaimNumbersReply>(NumberLifecyclePatterns.Claim, {
          ...request,
          order_id: 'ord_idem_race',
          selection: numbers([AUSTIN_555[5]]),
        }),
      ),
    );
    expect(new Set(concurrent.map((r) => r.numbers[0].number_id)).size).toBe(1);
  });

  it('lets the holder of a reservation buy its numbers (they leave the reservation), and nobody else', async () => {
    const held = [AUSTIN_444[0], AUSTIN_444[1]];
    const r = await inv.rpc.request<Reservation>(ReservationPatterns.Create, { ...alice, phone_numbers: held });
    const other = await failure(claim(bob, numbers([AUSTIN_444[0]])));
    expect(other).toMatchObject({
      code: 'number_unavailable',
      errors: [{ field: 'phone_numbers[0]', rule: 'available' }],
    });
    expect(await failure(claim(alice, numbers(held, 'rsv_not_this_one')))).toMatchObject({
      code: 'number_unavailable',
    });
    const reply = await claim(alice, numbers(held, r.id));
    expect(reply.numbers.map((n) => n.phone_number)).toEqual(held);
    expect((await rowsOf(held)).map((row) => [row.state, row.reservation_id])).toEqual([
      ['pending_purchase', null],
      ['pending_purchase', null],
    ]);
    // Releasing the reservation now no longer touches the bought numbers.
    await inv.rpc.request(ReservationPatterns.Release, { ...alice, reservation_id: r.id });
    expect((await rowsOf(held)).map((row) => row.state)).toEqual(['pending_purchase', 'pending_purchase']);
  });

  it('lets the buyer claim its own reservation without naming it, and a hold that expired is free to anyone', async () => {
    await inv.rpc.request<Reservation>(ReservationPatterns.Create, { ...alice, phone_numbers: [AUSTIN_444[2]] });
    expect((await claim(alice, numbers([AUSTIN_444[2]]))).numbers).toHaveLength(1);
    await inv.rpc.request<Reservation>(ReservationPatterns.Create, { ...alice, phone_numbers: [AUSTIN_444[3]] });
    inv.clock.advance(inv.config.RESERVATION_TTL_MINUTES * 60_000);
    expect((await claim(bob, numbers([AUSTIN_444[3]]))).numbers[0].phone_number).toBe(AUSTIN_444[3]);
  });

  it('two orders racing for one number: exactly one wins', async () => {
    const target = AUSTIN_555[6];
    const results = await Promise.allSettled([
      claim(alice, numbers([target, AUSTIN_555[7]])),
      claim(bob, numbers([AUSTIN_555[8], target])),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'number_unavailable' });
    const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<ClaimNumbersReply>).value;
    const [row] = await rowsOf([target]);
    expect(row.purchase_order_id).toBe(winner.order_id);
    // The loser's other number was not taken either.
    const loserOther = winner.numbers.some((n) => n.phone_number === AUSTIN_555[7]) ? AUSTIN_555[8] : AUSTIN_555[7];
    expect((await rowsOf([loserOther]))[0].state).toBe('available');
  });

  it('quantity: picks that many free numbers matching the filters, first in e164 order; fewer than asked is a 409', async () => {
    const reply = await claim(bob, { kind: 'quantity', quantity: 3, filters: { locality: 'dallas' } });
    expect(reply.numbers.map((n) => n.phone_number)).toEqual(DALLAS.slice(0, 3));
    const short = await failure(claim(bob, { kind: 'quantity', quantity: 3, filters: { locality: 'Dallas' } }));
    expect(short).toMatchObject({
      type: 'conflict',
      code: 'number_unavailable',
      errors: [{ field: 'quantity', rule: 'available' }],
    });
    expect((await rowsOf(DALLAS.slice(3))).map((r) => r.state)).toEqual(['available', 'available']);
    const sms = await claim(alice, {
      kind: 'quantity',
      quantity: 2,
      filters: { locality: 'Austin', nxx: '555', features: ['sms'] },
    });
    expect(sms.numbers).toHaveLength(2);
    expect(sms.numbers.every((n) => n.capabilities.includes('sms') && n.phone_number.startsWith('+1512555'))).toBe(
      true,
    );
  });

  it('quantity orders running at once each get their own numbers', async () => {
    const results = await Promise.all(
      [1, 2].map(() => claim(alice, { kind: 'quantity', quantity: 1, filters: { locality: 'Dallas' } })),
    );
    expect(results.map((r) => r.numbers[0].phone_number).sort()).toEqual(DALLAS.slice(3));
  });

  it("unclaim gives an unpaid order's numbers back to stock, once; a later claim of that order is refused", async () => {
    const order_id = 'ord_unpaid';
    const request = {
      order_id,
      ...bob,
      country_code: 'US',
      number_type: 'local',
      selection: numbers([AUSTIN_555[9], AUSTIN_555[10]]),
    };
    await inv.rpc.request<ClaimNumbersReply>(NumberLifecyclePatterns.Claim, request);
    expect(await unclaim(order_id)).toEqual({ order_id, released: [AUSTIN_555[9], AUSTIN_555[10]] });
    expect(await rowsOf([AUSTIN_555[9], AUSTIN_555[10]])).toEqual(
      [AUSTIN_555[9], AUSTIN_555[10]].map((e164) => ({
        e164,
        state: 'available',
        number_id: null,
        owner_account_id: null,
        owner_partner_id: null,
        tenant_account_id: null,
        purchase_order_id: null,
        reservation_id: null,
      })),
    );
    expect(await unclaim(order_id)).toEqual({ order_id, released: [AUSTIN_555[9], AUSTIN_555[10]] });
    expect(await failure(inv.rpc.request(NumberLifecyclePatterns.Claim, request))).toMatchObject({
      code: 'number_unavailable',
    });
    expect((await rowsOf([AUSTIN_555[9]]))[0].state).toBe('available');
    expect(await unclaim('ord_never_seen')).toEqual({ order_id: 'ord_never_seen', released: [] });
    // A claim still on its way when its order was given up (ordering died, the reconciler unclaimed) is refused.
    const late = { ...request, order_id: 'ord_never_seen', selection: numbers([AUSTIN_555[11]]) };
    expect(await failure(inv.rpc.request(NumberLifecyclePatterns.Claim, late))).toMatchObject({
      code: 'number_unavailable',
    });
    expect((await rowsOf([AUSTIN_555[11]]))[0].state).toBe('available');
  });

  it('rejects a malformed claim naming the field', async () => {
    const err = await failure(
      inv.rpc.request(NumberLifecyclePatterns.Claim, {
        order_id: 'x',
        ...bob,
        country_code: 'US',
        number_type: 'local',
        selection: { kind: 'quantity', quantity: 11, filters: {} },
      }),
    );
    expect(err).toMatchObject({ type: 'invalid_request' });
    expect(err.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'selection.filters.locality',
      'selection.quantity',
    ]);
  });
});
