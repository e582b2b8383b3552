import { CarrierLookup, Events, NumberLifecyclePatterns, RegistryNumber } from '@did/contracts';
import { Disconnector } from '../src/releases/disconnector';
import { AUSTIN_444, AUSTIN_555 } from './fixture-numbers';
import { InventoryFixture, startInventory } from './inventory-fixture';
import { failure, lifecycle, outbox, waitForInbox } from './lifecycle-helpers';

const tenant = { account_id: 'acc_tenant', partner_id: 'acc_partner' };
const partner = { account_id: 'acc_partner', partner_id: null };
const stranger = { account_id: 'acc_stranger', partner_id: null };

describe('release, billing ended and get (real PostgreSQL, NATS and the carrier sandbox)', () => {
  let inv: InventoryFixture;
  let steps: ReturnType<typeof lifecycle>;
  const get = (who: object, number: string) =>
    inv.rpc.request<RegistryNumber>(NumberLifecyclePatterns.Get, { ...who, number });
  const release = (who: object, number: string) =>
    inv.rpc.request<RegistryNumber>(NumberLifecyclePatterns.Release, { ...who, number });
  const stateOf = async (e164: string) =>
    (
      await inv.rows<{ state: string; owner_account_id: string | null; release_reason: string | null }>(
        `select state, owner_account_id, release_reason from inventory.numbers where e164 = ?`,
        [e164],
      )
    )[0];
  const disconnects = (e164: string) =>
    inv.rows<{ reason: string; confirmed_at: Date | null; attempts: number }>(
      `select reason, confirmed_at, attempts from inventory.carrier_disconnects where e164 = ? order by id`,
      [e164],
    );

  beforeAll(async () => {
    inv = await startInventory({}, { withOrdering: false, carrier: { ACTIVATION_DELAY_MS: '0', FAILURE_RATE: '0' } });
    steps = lifecycle(inv);
  });

  afterEach(async () => {
    await inv.carrier?.setFaults({ down: false });
  });

  afterAll(async () => {
    await inv.close();
  });

  it('get: the owner and its partner see a number by id or E.164; anyone else gets 404', async () => {
    const pending = await steps.claim(tenant, [AUSTIN_555[0]]);
    const id = pending.numbers[0].number_id;
    expect(await get(tenant, id)).toMatchObject({
      number_id: id,
      phone_number: AUSTIN_555[0],
      status: 'pending',
      owner_account_id: tenant.account_id,
      tenant_account_id: tenant.account_id,
      order_id: pending.order_id,
      activated_at: null,
      released_at: null,
    });
    await steps.place(tenant, pending);
    await steps.settle(pending.order_id);
    const active = await get(partner, AUSTIN_555[0]);
    expect(active).toMatchObject({ number_id: id, status: 'active', activated_at: inv.clock.now().toISOString() });
    for (const ref of [id, AUSTIN_555[0]])
      expect(await failure(get(stranger, ref))).toMatchObject({ type: 'not_found', code: 'number_not_found' });
    // A number in stock is nobody's.
    expect(await failure(get(tenant, AUSTIN_555[19]))).toMatchObject({ code: 'number_not_found' });
  });

  it('release: another account gets 404; the owner releases it now: disconnected upstream, number.released, then aging; get still shows it released', async () => {
    const claimed = await steps.buy(tenant, [AUSTIN_555[1]]);
    const id = claimed.numbers[0].number_id;
    expect(await failure(release(stranger, id))).toMatchObject({ type: 'not_found', code: 'number_not_found' });
    expect((await stateOf(AUSTIN_555[1])).state).toBe('active');

    const released = await release(tenant, id);
    const now = inv.clock.now().toISOString();
    expect(released).toMatchObject({
      number_id: id,
      phone_number: AUSTIN_555[1],
      status: 'released',
      released_at: now,
      owner_account_id: tenant.account_id,
    });
    await inv.app.get(Disconnector).runOnce();
    expect(await disconnects(AUSTIN_555[1])).toEqual([
      { reason: 'released', confirmed_at: expect.anything(), attempts: 1 },
    ]);
    expect(await stateOf(AUSTIN_555[1])).toEqual({
      state: 'aging',
      owner_account_id: null,
      release_reason: 'released_by_user',
    });

    const [event] = (await outbox(inv, 'number.released')).filter((e) => e.envelope.data.number_id === id);
    expect(event.envelope).toMatchObject({ account_id: tenant.account_id, partner_id: tenant.partner_id });
    expect(event.envelope.data).toEqual({
      number_id: id,
      phone_number: AUSTIN_555[1],
      account_id: tenant.account_id,
      country_code: 'US',
      number_type: 'local',
      reason: 'released_by_user',
      released_at: now,
    });

    for (const who of [tenant, partner])
      expect(await get(who, id)).toMatchObject({ number_id: id, status: 'released', released_at: now });
    expect(await failure(get(stranger, id))).toMatchObject({ code: 'number_not_found' });
    expect(await failure(release(tenant, id))).toMatchObject({ type: 'conflict', code: 'number_already_released' });
    expect(await failure(release(tenant, AUSTIN_555[1]))).toMatchObject({ code: 'number_already_released' });
  });

  it('a pending number cannot be released yet (409 number_not_yet_active)', async () => {
    const claimed = await steps.claim(tenant, [AUSTIN_555[2]]);
    expect(await failure(release(tenant, claimed.numbers[0].number_id))).toMatchObject({
      type: 'conflict',
      code: 'number_not_yet_active',
    });
  });

  it("a partner releases its tenant's number", async () => {
    const claimed = await steps.buy(tenant, [AUSTIN_555[3]]);
    expect((await release(partner, AUSTIN_555[3])).status).toBe('released');
    expect(
      (await outbox(inv, 'number.released')).some((e) => e.envelope.data.number_id === claimed.numbers[0].number_id),
    ).toBe(true);
  });

  it('with the carrier down the disconnect is queued and retried; the number ages once the carrier confirms', async () => {
    const claimed = await steps.buy(tenant, [AUSTIN_555[4]]);
    await inv.carrier!.setFaults({ down: true });
    expect((await release(tenant, claimed.numbers[0].number_id)).status).toBe('released');
    const disconnector = inv.app.get(Disconnector);
    await disconnector.runOnce();
    expect((await stateOf(AUSTIN_555[4])).state).toBe('pending_release');
    const [queued] = await disconnects(AUSTIN_555[4]);
    expect(queued).toMatchObject({ confirmed_at: null });
    expect(queued.attempts).toBeGreaterThan(0);
    expect((await get(tenant, AUSTIN_555[4])).status).toBe('released');
    await inv.carrier!.setFaults({ down: false });
    inv.clock.advance(60_000);
    expect(await disconnector.runOnce()).toBe(1);
    expect((await stateOf(AUSTIN_555[4])).state).toBe('aging');
  });

  it('after aging the number is sold again under a new id; the old owner still reads its old id as released', async () => {
    const first = await steps.buy(tenant, [AUSTIN_444[0]]);
    await release(tenant, AUSTIN_444[0]);
    await inv.app.get(Disconnector).runOnce();
    inv.clock.advanceDays(inv.config.NUMBER_AGING_DAYS);
    const second = await steps.buy(stranger, [AUSTIN_444[0]]);
    expect(second.numbers[0].number_id).not.toBe(first.numbers[0].number_id);
    expect(await get(tenant, first.numbers[0].number_id)).toMatchObject({
      status: 'released',
      owner_account_id: tenant.account_id,
    });
    expect(await get(tenant, AUSTIN_444[0])).toMatchObject({
      number_id: first.numbers[0].number_id,
      status: 'released',
    });
    expect(await get(stranger, AUSTIN_444[0])).toMatchObject({
      number_id: second.numbers[0].number_id,
      status: 'active',
    });
    expect(await failure(get(stranger, first.numbers[0].number_id))).toMatchObject({ code: 'number_not_found' });
  });

  it('number.billing_ended releases the number with its reason, once', async () => {
    const claimed = await steps.buy(tenant, [AUSTIN_555[5]]);
    const id = claimed.numbers[0].number_id;
    const ended = {
      number_id: id,
      phone_number: AUSTIN_555[5],
      account_id: tenant.account_id,
      reason: 'unpaid',
      ended_at: inv.clock.now().toISOString(),
    };
    await waitForInbox(
      inv,
      await inv.publish(Events.NumberBillingEnded, ended, {
        accountId: tenant.account_id,
        partnerId: tenant.partner_id,
      }),
    );
    expect(await stateOf(AUSTIN_555[5])).toMatchObject({ state: 'pending_release', release_reason: 'unpaid' });
    await waitForInbox(inv, await inv.publish(Events.NumberBillingEnded, { ...ended, reason: 'renewal_cancelled' }));
    const events = (await outbox(inv, 'number.released')).filter((e) => e.envelope.data.number_id === id);
    expect(events.map((e) => e.envelope.data.reason)).toEqual(['unpaid']);
    await inv.app.get(Disconnector).runOnce();
    expect((await stateOf(AUSTIN_555[5])).state).toBe('aging');
    expect(await get(tenant, id)).toMatchObject({ status: 'released' });
  });

  it('lookups: carrier and caller name through the carrier; a carrier that is down is 503 carrier_unavailable', async () => {
    const carrier = await inv.rpc.request(NumberLifecyclePatterns.CarrierLookup, {
      phone_number: '+15125550100',
      type: 'carrier',
    });
    expect(carrier).toEqual({
      phone_number: '+15125550100',
      valid: true,
      country_code: 'US',
      line_type: expect.any(String),
      carrier_name: expect.any(String),
      caller_name: null,
    });
    const cnam = await inv.rpc.request<{ caller_name: { name: string } | null }>(
      NumberLifecyclePatterns.CarrierLookup,
      { phone_number: '+15125550100', type: 'caller-name' },
    );
    const direct = CarrierLookup.parse(
      await (await fetch(`${inv.carrier!.baseUrl}/v1/lookups/%2B15125550100?cnam=true`)).json(),
    );
    expect(cnam.caller_name).toEqual(direct.caller_name);
    expect(
      await failure(
        inv.rpc.request(NumberLifecyclePatterns.CarrierLookup, { phone_number: '5125550100', type: 'carrier' }),
      ),
    ).toMatchObject({ type: 'invalid_request' });
    await inv.carrier!.setFaults({ down: true });
    expect(
      await failure(
        inv.rpc.request(NumberLifecyclePatterns.CarrierLookup, { phone_number: '+15125550100', type: 'carrier' }),
      ),
    ).toMatchObject({ type: 'unavailable', code: 'carrier_unavailable' });
  });
});
