import {
  InventoryPatterns,
  Reservation,
  ReservationList,
  ReservationPatterns,
  SearchAvailableReply,
} from '@did/contracts';
import { ReservationSweeper } from '../src/reservations/reservation-sweeper';
import { AUSTIN_444, AUSTIN_555, DALLAS, TOLL_FREE_877 } from './fixture-numbers';
import { InventoryFixture, startInventory } from './inventory-fixture';

const alice = { account_id: 'acc_alice', partner_id: 'acc_partner' };
const bob = { account_id: 'acc_bob', partner_id: 'acc_partner' };
const carol = { account_id: 'acc_carol', partner_id: null };

describe('reservations over NATS (real PostgreSQL)', () => {
  let inv: InventoryFixture;
  const reserve = (who: object, phone_numbers: string[], extra: object = {}) =>
    inv.rpc.request<Reservation>(ReservationPatterns.Create, { ...who, phone_numbers, ...extra });
  const failure = <T>(p: Promise<T>) =>
    p.then(
      () => {
        throw new Error('expected a failure');
      },
      (e) => e,
    );
  const searchable = async (who: object, query: object) =>
    (await inv.rpc.request<SearchAvailableReply>(InventoryPatterns.Search, { ...who, limit: 100, ...query })).data.map(
      (n) => n.phone_number,
    );
  const stateOf = async (e164s: string[]) =>
    inv.rows<{ e164: string; state: string; reservation_id: string | null }>(
      `select e164, state, reservation_id from inventory.numbers where e164 = any(?) order by e164`,
      [e164s],
    );
  const outbox = async (type: string) =>
    inv.rows<{ envelope: { data: Record<string, unknown>; account_id: string; partner_id: string } }>(
      `select envelope from inventory.outbox_events where type = ? order by id`,
      [type],
    );

  beforeAll(async () => {
    inv = await startInventory({ RESERVATION_MAX_NUMBERS_PER_ACCOUNT: '6' });
  });

  afterAll(async () => {
    await inv.close();
  });

  it("reserves numbers for 30 minutes; they vanish from everyone's search, the holder's included", async () => {
    const numbers = [AUSTIN_555[1], AUSTIN_555[0]];
    const r = await reserve(alice, numbers, { customer_reference: 'lobby phones' });
    const now = inv.clock.now();
    expect(r).toMatchObject({
      record_type: 'number_reservation',
      account_id: alice.account_id,
      status: 'pending',
      customer_reference: 'lobby phones',
      expires_at: new Date(now.getTime() + 30 * 60_000).toISOString(),
      created_at: now.toISOString(),
      phone_numbers: [
        { phone_number: AUSTIN_555[0], status: 'reserved' },
        { phone_number: AUSTIN_555[1], status: 'reserved' },
      ],
    });
    expect(r.id).toMatch(/^rsv_/);
    for (const who of [alice, bob])
      expect(await searchable(who, { country_code: 'US', national_destination_code: '512', nxx: '555' })).toEqual(
        AUSTIN_555.slice(2),
      );
    const [created] = await outbox('reservation.created');
    expect(created.envelope).toMatchObject({
      account_id: alice.account_id,
      partner_id: alice.partner_id,
      data: { reservation_id: r.id, phone_numbers: [AUSTIN_555[0], AUSTIN_555[1]] },
    });
    await inv.rpc.request(ReservationPatterns.Release, { ...alice, reservation_id: r.id });
  });

  it('frees the numbers exactly at expires_at, without the sweeper: another account can reserve them a second later', async () => {
    const numbers = [AUSTIN_555[2], AUSTIN_555[3]];
    const r = await reserve(alice, numbers);
    inv.clock.set(new Date(new Date(r.expires_at).getTime() - 1000));
    expect(await failure(reserve(bob, numbers))).toMatchObject({ code: 'number_unavailable' });
    expect(await searchable(bob, { country_code: 'US', starts_with: '512555010' })).not.toContain(numbers[0]);

    inv.clock.set(new Date(new Date(r.expires_at).getTime() + 1000));
    expect(await searchable(bob, { country_code: 'US', starts_with: '512555010' })).toEqual(
      expect.arrayContaining(numbers),
    );
    const mine = await inv.rpc.request<Reservation>(ReservationPatterns.Get, { ...alice, reservation_id: r.id });
    expect(mine).toMatchObject({ status: 'expired', phone_numbers: [{ status: 'expired' }, { status: 'expired' }] });
    expect(
      await failure(inv.rpc.request(ReservationPatterns.Extend, { ...alice, reservation_id: r.id })),
    ).toMatchObject({ code: 'reservation_expired', type: 'conflict' });

    const bobs = await reserve(bob, numbers);
    expect(bobs.status).toBe('pending');
    expect((await stateOf(numbers)).map((n) => n.reservation_id)).toEqual([bobs.id, bobs.id]);
    await inv.rpc.request(ReservationPatterns.Release, { ...bob, reservation_id: bobs.id });
  });

  it('lets exactly one of two racing accounts win; the other gets number_unavailable and nothing partial', async () => {
    const numbers = [DALLAS[0], DALLAS[1], DALLAS[2]];
    const results = await Promise.allSettled([
      reserve(alice, numbers),
      reserve(bob, [DALLAS[2], DALLAS[3], DALLAS[1]]),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Reservation>[];
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: 'number_unavailable', type: 'conflict' });
    const winner = won[0].value;
    const rows = await stateOf([DALLAS[0], DALLAS[1], DALLAS[2], DALLAS[3]]);
    const held = rows.filter((r) => r.state === 'reserved');
    expect(held.map((r) => r.reservation_id)).toEqual(winner.phone_numbers.map(() => winner.id));
    expect(held.map((r) => r.e164)).toEqual(winner.phone_numbers.map((p) => p.phone_number));
    const loser = winner.account_id === alice.account_id ? bob : alice;
    await inv.rpc.request(ReservationPatterns.Release, {
      ...(winner.account_id === alice.account_id ? alice : bob),
      reservation_id: winner.id,
    });
    const list = await inv.rpc.request<ReservationList>(ReservationPatterns.List, { ...loser, status: 'pending' });
    expect(list.data).toEqual([]);
  });

  it('is all or nothing: one held number fails the whole request, naming it', async () => {
    const held = await reserve(alice, [TOLL_FREE_877[0]]);
    const err = await failure(reserve(bob, [TOLL_FREE_877[1], TOLL_FREE_877[0], '+19999999999']));
    expect(err).toMatchObject({ code: 'number_unavailable' });
    expect(err.message).toContain(TOLL_FREE_877[0]);
    expect(err.message).toContain('+19999999999');
    expect(err.message).not.toContain(TOLL_FREE_877[1]);
    expect((await stateOf([TOLL_FREE_877[1]]))[0].state).toBe('available');
    await inv.rpc.request(ReservationPatterns.Release, { ...alice, reservation_id: held.id });
  });

  it('caps the numbers one account holds at once (422 reservation_limit_exceeded)', async () => {
    const first = await reserve(carol, AUSTIN_444.slice(0, 4));
    const err = await failure(reserve(carol, [AUSTIN_444[4], AUSTIN_555[10], AUSTIN_555[11]]));
    expect(err).toMatchObject({ code: 'reservation_limit_exceeded', type: 'unprocessable' });
    expect((await stateOf([AUSTIN_444[4]]))[0].state).toBe('available');
    // Another account is not affected by carol's holds.
    const others = await reserve(bob, [AUSTIN_555[12]]);
    await inv.rpc.request(ReservationPatterns.Release, { ...carol, reservation_id: first.id });
    const again = await reserve(carol, [AUSTIN_444[4], AUSTIN_555[10], AUSTIN_555[11]]);
    expect(again.status).toBe('pending');
    await inv.rpc.request(ReservationPatterns.Release, { ...carol, reservation_id: again.id });
    await inv.rpc.request(ReservationPatterns.Release, { ...bob, reservation_id: others.id });
  });

  it('extends from now and records reservation.extended', async () => {
    const r = await reserve(alice, [AUSTIN_555[14]]);
    inv.clock.advance(20 * 60_000);
    const extended = await inv.rpc.request<Reservation>(ReservationPatterns.Extend, { ...alice, reservation_id: r.id });
    expect(extended.expires_at).toBe(new Date(inv.clock.now().getTime() + 30 * 60_000).toISOString());
    inv.clock.advance(25 * 60_000); // past the original expiry, inside the extension
    expect(await failure(reserve(bob, [AUSTIN_555[14]]))).toMatchObject({ code: 'number_unavailable' });
    const events = await outbox('reservation.extended');
    expect(events.at(-1)?.envelope.data).toMatchObject({ reservation_id: r.id, expires_at: extended.expires_at });
    await inv.rpc.request(ReservationPatterns.Release, { ...alice, reservation_id: r.id });
  });

  it('releases early: numbers are searchable at once, reservation.released is recorded, a second release is refused', async () => {
    const r = await reserve(alice, [AUSTIN_555[16]]);
    const released = await inv.rpc.request<Reservation>(ReservationPatterns.Release, {
      ...alice,
      reservation_id: r.id,
    });
    expect(released).toMatchObject({
      status: 'released',
      phone_numbers: [{ phone_number: AUSTIN_555[16], status: 'released' }],
    });
    expect(await searchable(bob, { country_code: 'US', ends_with: '0116', national_destination_code: '512' })).toEqual([
      AUSTIN_555[16],
    ]);
    expect((await outbox('reservation.released')).some((e) => e.envelope.data.reservation_id === r.id)).toBe(true);
    expect(
      await failure(inv.rpc.request(ReservationPatterns.Release, { ...alice, reservation_id: r.id })),
    ).toMatchObject({ code: 'reservation_released' });
  });

  it("keeps accounts apart: another account's reservation does not exist for it", async () => {
    const r = await reserve(alice, [AUSTIN_555[18]]);
    for (const pattern of [ReservationPatterns.Get, ReservationPatterns.Extend, ReservationPatterns.Release]) {
      expect(await failure(inv.rpc.request(pattern, { ...bob, reservation_id: r.id }))).toMatchObject({
        code: 'reservation_not_found',
        type: 'not_found',
      });
    }
    const bobsList = await inv.rpc.request<ReservationList>(ReservationPatterns.List, { ...bob });
    expect(bobsList.data.map((x) => x.id)).not.toContain(r.id);
    const alicesList = await inv.rpc.request<ReservationList>(ReservationPatterns.List, {
      ...alice,
      status: 'pending',
    });
    expect(alicesList.data.map((x) => x.id)).toEqual([r.id]);
    expect(alicesList.data.every((x) => x.account_id === alice.account_id)).toBe(true);
    await inv.rpc.request(ReservationPatterns.Release, { ...alice, reservation_id: r.id });
  });

  it('the sweeper records expiries: status expired, numbers back to available, reservation.expired in the outbox', async () => {
    const r = await reserve(bob, [AUSTIN_555[19], AUSTIN_555[17]]);
    inv.clock.advance(31 * 60_000);
    expect(await inv.app.get(ReservationSweeper).sweep()).toBeGreaterThanOrEqual(1);
    expect((await stateOf([AUSTIN_555[17], AUSTIN_555[19]])).map((n) => [n.state, n.reservation_id])).toEqual([
      ['available', null],
      ['available', null],
    ]);
    const [stored] = await inv.rows<{ status: string }>(`select status from inventory.reservations where id = ?`, [
      r.id,
    ]);
    expect(stored.status).toBe('expired');
    const expired = await outbox('reservation.expired');
    expect(expired.find((e) => e.envelope.data.reservation_id === r.id)?.envelope).toMatchObject({
      account_id: bob.account_id,
      data: { expired_at: r.expires_at },
    });
    expect(await inv.app.get(ReservationSweeper).sweep()).toBe(0);
  });

  it('rejects malformed requests naming the field', async () => {
    expect(await failure(reserve(alice, []))).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'body.phone_numbers' }],
    });
    expect(await failure(reserve(alice, ['5125550100']))).toMatchObject({
      errors: [{ field: 'body.phone_numbers[0]' }],
    });
    expect(
      await failure(
        reserve(
          alice,
          Array.from({ length: 101 }, (_, i) => `+1512555${String(i).padStart(4, '0')}`),
        ),
      ),
    ).toMatchObject({ errors: [{ field: 'body.phone_numbers', rule: 'max:100' }] });
  });
});
