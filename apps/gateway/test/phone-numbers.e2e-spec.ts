import { randomUUID } from 'node:crypto';
import { ResolveReply, RoutingPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { waitFor } from '@did/testing';
import { EmergencyProvisioner } from '../../routing/src/emergency/emergency-provisioner'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: completes E911 provisioning on the test clock
import { AUSTIN_444, AUSTIN_555, DALLAS } from '../../inventory/test/fixture-numbers'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: the fixture numbers
import { OrdersWorld, startOrdersWorld } from './orders-world';

type Key = { id: string; key: string };

describe('owned numbers: GET/PATCH /v1/numbers, assignment, connections (gateway + inventory + ordering + routing)', () => {
  let w: OrdersWorld;
  let partner: Key;
  let tenant: Key;
  let otherTenant: Key;
  let otherPartner: Key;
  let bought: { id: string; e164: string };
  let tenantOwn: { id: string; e164: string };

  const call = (
    method: string,
    path: string,
    who: Key,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => w.gw.call(method, path, { key: who.key, ...options });

  /** Buys `e164` for `who` and waits until the carrier has activated it. */
  async function buy(who: Key, e164: string): Promise<{ id: string; e164: string }> {
    const res = await call('POST', '/v1/number-orders', who, {
      body: { country_code: 'US', number_type: 'local', phone_numbers: [e164] },
      headers: { 'idempotency-key': randomUUID() },
    });
    if (res.status !== 201) throw new Error(`order failed: ${res.text}`);
    const settled = await w.settledOrder(who.key, res.body.id);
    if (settled.status !== 'success') throw new Error(`${e164} did not activate: ${JSON.stringify(settled)}`);
    return { id: res.body.phone_numbers[0].id, e164 };
  }

  beforeAll(async () => {
    w = await startOrdersWorld();
    partner = await w.gw.newPartner('Numbers Partner');
    tenant = await w.gw.newTenant(partner, 'Numbers Tenant');
    otherTenant = await w.gw.newTenant(partner, 'Sibling Tenant');
    otherPartner = await w.gw.newPartner('Stranger');
    await w.fund(partner.id, 100_000);
    await w.fund(tenant.id, 10_000, partner.id);
    bought = await buy(partner, AUSTIN_555[0]);
    tenantOwn = await buy(tenant, AUSTIN_555[2]);
  });

  afterAll(async () => {
    await w.close();
  });

  it('composes one PhoneNumber from registry, billing and routing', async () => {
    const res = await call('GET', `/v1/numbers/${bought.id}`, partner);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: bought.id,
      record_type: 'phone_number',
      e164: bought.e164,
      country_code: 'US',
      region: 'TX',
      locality: 'Austin',
      number_type: 'local',
      status: 'active',
      source: 'purchased',
      owner_account_id: partner.id,
      tenant_account_id: null,
      tags: [],
      currency: 'USD',
      setup_fee_cents: 100,
      monthly_fee_cents: 150,
      billing_status: 'active',
      auto_renew: true,
      cancel_at_period_end: false,
      is_trial_number: false,
    });
    expect(res.body.paid_until).not.toBeNull();
    expect(res.body.next_billing_date).toBe(res.body.paid_until);
    expect(res.body.activated_at).not.toBeNull();
    // The E.164 form names the same number.
    const byE164 = await call('GET', `/v1/numbers/${encodeURIComponent(bought.e164)}`, partner);
    expect(byE164.body.id).toBe(bought.id);
  });

  it("lists a partner's own and its tenants' numbers, a tenant only its own, with filters and a cursor", async () => {
    const mine = await call('GET', '/v1/numbers?limit=100', partner);
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((n: { id: string }) => n.id).sort()).toEqual([bought.id, tenantOwn.id].sort());
    const theirs = await call('GET', '/v1/numbers', tenant);
    expect(theirs.body.data.map((n: { id: string }) => n.id)).toEqual([tenantOwn.id]);
    expect((await call('GET', '/v1/numbers', otherTenant)).body.data).toEqual([]);
    expect((await call('GET', '/v1/numbers', otherPartner)).body.data).toEqual([]);

    const page1 = await call('GET', '/v1/numbers?limit=1', partner);
    expect(page1.body.data).toHaveLength(1);
    const page2 = await call('GET', `/v1/numbers?limit=1&cursor=${page1.body.meta.next_cursor}`, partner);
    expect(page2.body.data).toHaveLength(1);
    expect(page2.body.data[0].e164 > page1.body.data[0].e164).toBe(true);
    expect(page2.body.meta).toEqual({ total: null, next_cursor: null });

    expect(
      (await call('GET', `/v1/numbers?e164=${encodeURIComponent(bought.e164.slice(0, 9))}`, partner)).body.data.length,
    ).toBe(2);
    expect((await call('GET', '/v1/numbers?number_type=toll_free', partner)).body.data).toEqual([]);
    expect(
      (await call('GET', `/v1/numbers?tenant=${tenant.id}`, partner)).body.data.map((n: { id: string }) => n.id),
    ).toEqual([tenantOwn.id]);
    expect((await call('GET', '/v1/numbers?tenant=none', partner)).body.data.map((n: { id: string }) => n.id)).toEqual([
      bought.id,
    ]);
    expect((await call('GET', '/v1/numbers?status=gone', partner)).body.errors).toEqual([
      expect.objectContaining({ field: 'query.status', rule: 'enum' }),
    ]);
    expect((await call('GET', '/v1/numbers?cursor=bm9wZQ', partner)).body.errors).toEqual([
      expect.objectContaining({ field: 'query.cursor' }),
    ]);
  });

  it('assigns a number to a tenant: it shows in the tenant list, billing stays with the partner, number.assigned is published', async () => {
    const notMine = await call('POST', `/v1/numbers/${bought.id}/actions/assign`, partner, {
      body: { account_id: otherPartner.id },
    });
    expect(notMine.status).toBe(422);
    expect(notMine.body.code).toBe('not_your_tenant');
    const byTenant = await call('POST', `/v1/numbers/${bought.id}/actions/assign`, tenant, {
      body: { account_id: tenant.id },
    });
    expect(byTenant.status).toBe(403);

    const res = await call('POST', `/v1/numbers/${bought.id}/actions/assign`, partner, {
      body: { account_id: tenant.id },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: bought.id, tenant_account_id: tenant.id, owner_account_id: partner.id });
    const seen = await call('GET', `/v1/numbers/${bought.id}`, tenant);
    expect(seen.status).toBe(200);
    // Billing stays with the buyer: the tenant sees the number but not its billing.
    expect(seen.body).toMatchObject({ tenant_account_id: tenant.id, monthly_fee_cents: null, billing_status: null });
    // Routing shows it to the tenant by the time the assign answers (it learns assignments from number.assigned).
    expect(seen.body.effective).not.toBeNull();
    expect((await call('GET', '/v1/numbers', tenant)).body.data.map((n: { id: string }) => n.id).sort()).toEqual(
      [bought.id, tenantOwn.id].sort(),
    );
    expect((await call('GET', `/v1/numbers/${bought.id}`, otherTenant)).status).toBe(404);
    const event = await waitFor(
      async () =>
        (await w.rows(`select envelope from inventory.outbox_events where type = 'number.assigned'`)).find(
          (r) => r.envelope.data.number_id === bought.id,
        ),
      {
        what: 'number.assigned',
      },
    );
    expect(event.envelope).toMatchObject({
      account_id: tenant.id,
      partner_id: partner.id,
      data: { tenant_account_id: tenant.id, previous_tenant_account_id: null },
    });
  });

  it('PATCH changes only the fields sent, split by owner; registry changes publish number.updated', async () => {
    const connection = await call('POST', '/v1/connections', partner, { body: { name: 'Main PBX' } });
    expect(connection.status).toBe(201);
    const res = await call('PATCH', `/v1/numbers/${bought.id}`, partner, {
      body: {
        tags: ['sales', 'austin'],
        customer_reference: 'crm-42',
        connection_id: connection.body.id,
        cnam_display_name: 'ACME SALES',
        recording: true,
        auto_renew: false,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tags: ['sales', 'austin'],
      customer_reference: 'crm-42',
      connection_id: connection.body.id,
      cnam_display_name: 'ACME SALES',
      recording: true,
      auto_renew: false,
    });
    // Untouched fields keep their values.
    const only = await call('PATCH', `/v1/numbers/${bought.id}`, partner, { body: { description: 'front desk' } });
    expect(only.body).toMatchObject({
      description: 'front desk',
      tags: ['sales', 'austin'],
      cnam_display_name: 'ACME SALES',
      auto_renew: false,
    });
    const updated = await waitFor(
      async () =>
        (await w.rows(`select envelope from inventory.outbox_events where type = 'number.updated'`)).find(
          (r) => r.envelope.data.changes.description === 'front desk',
        ),
      {
        what: 'number.updated',
      },
    );
    expect(updated.envelope.data).toMatchObject({ number_id: bought.id, changes: { description: 'front desk' } });
    expect((await call('GET', `/v1/connections/${connection.body.id}`, partner)).body.number_count).toBe(1);

    // The assigned tenant points it at a queue.
    const queue = await call('PATCH', `/v1/numbers/${bought.id}`, tenant, {
      body: { voice_destination: { type: 'queue', target: 'queue_support' } },
    });
    expect(queue.status).toBe(200);
    expect(queue.body.voice_destination).toEqual({ type: 'queue', target: 'queue_support' });
  });

  it('a PATCH with a bad field anywhere changes nothing, and names every bad field', async () => {
    const before = (await call('GET', `/v1/numbers/${bought.id}`, partner)).body;
    const shape = await call('PATCH', `/v1/numbers/${bought.id}`, partner, {
      body: { tags: ['ok'], cnam_display_name: 'WAY TOO LONG FOR CNAM', max_channels: 0 },
    });
    expect(shape.status).toBe(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'cnam_display_name',
      'max_channels',
    ]);
    const semantic = await call('PATCH', `/v1/numbers/${bought.id}`, partner, {
      body: { tags: ['changed'], connection_id: 'con_nope', caller_id: DALLAS[3] },
    });
    expect([400, 422]).toContain(semantic.status);
    expect(semantic.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['connection_id', 'caller_id']),
    );
    const after = (await call('GET', `/v1/numbers/${bought.id}`, partner)).body;
    expect(after.tags).toEqual(before.tags);
    expect(after.connection_id).toBe(before.connection_id);
    expect(after.caller_id).toBe(before.caller_id);
    expect((await call('PATCH', `/v1/numbers/${bought.id}`, partner, { body: {} })).status).toBe(400);
    expect((await call('PATCH', `/v1/numbers/${bought.id}`, partner, { body: { colour: 'red' } })).body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'colour', rule: 'unknown_field' })]),
    );
  });

  it('pending and released numbers cannot be configured (409 with the reason)', async () => {
    await w.ordersSettled();
    await w.faults({ activation_delay_ms: 3_600_000 });
    try {
      const res = await call('POST', '/v1/number-orders', partner, {
        body: { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_444[4]] },
        headers: { 'idempotency-key': randomUUID() },
      });
      const pendingId = res.body.phone_numbers[0].id;
      const pending = await call('PATCH', `/v1/numbers/${pendingId}`, partner, { body: { tags: ['x'] } });
      expect(pending.status).toBe(409);
      expect(pending.body.code).toBe('number_not_yet_active');
      const listed = await call('GET', '/v1/numbers?status=pending', partner);
      expect(listed.body.data).toEqual([
        expect.objectContaining({ id: pendingId, status: 'pending', monthly_fee_cents: 150 }),
      ]);
    } finally {
      await w.faults(null);
    }
    const gone = await buy(partner, DALLAS[1]);
    expect((await call('DELETE', `/v1/numbers/${gone.id}`, partner)).status).toBe(200);
    const released = await call('PATCH', `/v1/numbers/${gone.id}`, partner, { body: { tags: ['x'] } });
    expect(released.status).toBe(409);
    expect(released.body.code).toBe('number_released');
    const history = await call('GET', '/v1/numbers?status=released', partner);
    expect(history.body.data.map((n: { id: string }) => n.id)).toContain(gone.id);
  });

  it('connections: a default per account, create, rename, and no delete while numbers are on it or for the default', async () => {
    const def = await call('GET', '/v1/connections/default', tenant);
    expect(def.status).toBe(200);
    expect(def.body).toMatchObject({ record_type: 'connection', account_id: tenant.id, is_default: true });
    expect((await call('GET', '/v1/connections/default', tenant)).body.id).toBe(def.body.id);
    const oldRoute = await call('GET', '/v1/connection', tenant);
    expect(oldRoute.status).toBe(404);
    expect(oldRoute.body).toMatchObject({
      code: 'route_not_found',
      detail: expect.stringContaining('GET /v1/connections/default'),
    });
    expect((await call('DELETE', `/v1/connections/${def.body.id}`, tenant)).body.code).toBe(
      'default_connection_undeletable',
    );

    const created = await call('POST', '/v1/connections', tenant, {
      body: { name: 'Branch', webhook_event_url: 'https://example.com/events' },
    });
    expect(created.status).toBe(201);
    const renamed = await call('PATCH', `/v1/connections/${created.body.id}`, tenant, {
      body: { name: 'Branch office' },
    });
    expect(renamed.body).toMatchObject({
      name: 'Branch office',
      webhook_event_url: 'https://example.com/events',
      number_count: 0,
    });
    await call('PATCH', `/v1/numbers/${tenantOwn.id}`, tenant, { body: { connection_id: created.body.id } });
    const inUse = await call('DELETE', `/v1/connections/${created.body.id}`, tenant);
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('connection_in_use');
    expect(
      (await call('GET', `/v1/numbers?connection_id=${created.body.id}`, tenant)).body.data.map(
        (n: { id: string }) => n.id,
      ),
    ).toEqual([tenantOwn.id]);
    await call('PATCH', `/v1/numbers/${tenantOwn.id}`, tenant, { body: { connection_id: null } });
    expect((await call('DELETE', `/v1/connections/${created.body.id}`, tenant)).status).toBe(200);
    expect((await call('GET', '/v1/connections', tenant)).body.data.map((c: { id: string }) => c.id)).toEqual([
      def.body.id,
    ]);
    expect((await call('POST', '/v1/connections', tenant, { body: { name: '' } })).body.errors).toEqual([
      expect.objectContaining({ field: 'name' }),
    ]);
  });

  it('another tenant can neither see nor change any of it: every route answers 404 and nothing changes', async () => {
    const connection = (await call('GET', '/v1/connections', partner)).body.data.find(
      (c: { is_default: boolean }) => !c.is_default,
    );
    const before = (await call('GET', `/v1/numbers/${bought.id}`, partner)).body;
    const probes: [string, string, unknown?][] = [
      ['GET', `/v1/numbers/${bought.id}`],
      ['GET', `/v1/numbers/${encodeURIComponent(bought.e164)}`],
      ['PATCH', `/v1/numbers/${bought.id}`, { tags: ['stolen'] }],
      ['PATCH', `/v1/numbers/${bought.id}`, { cnam_display_name: 'STOLEN' }],
      ['PATCH', `/v1/numbers/${bought.id}`, { auto_renew: true }],
      ['DELETE', `/v1/numbers/${bought.id}`],
      ['GET', `/v1/connections/${connection.id}`],
      ['PATCH', `/v1/connections/${connection.id}`, { name: 'stolen' }],
      ['DELETE', `/v1/connections/${connection.id}`],
    ];
    for (const who of [otherTenant, otherPartner]) {
      for (const [method, path, body] of probes) {
        const res = await call(method, path, who, body === undefined ? {} : { body });
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
      }
    }
    // Assigning someone else's number: the stranger partner cannot, even to its own tenant.
    expect((await call('POST', `/v1/numbers/${bought.id}/actions/unassign`, otherPartner)).status).toBe(404);
    const after = (await call('GET', `/v1/numbers/${bought.id}`, partner)).body;
    expect(after).toEqual(before);
    expect((await call('GET', `/v1/connections/${connection.id}`, partner)).body.name).toBe(connection.name);
  });

  it('done means: bought by the partner, assigned, pointed at a queue with CNAM and E911 by the tenant, and resolve answers with all of it', async () => {
    const number = await buy(partner, AUSTIN_444[1]);
    expect(
      (await call('POST', `/v1/numbers/${number.id}/actions/assign`, partner, { body: { account_id: tenant.id } }))
        .status,
    ).toBe(200);
    // At once: the assign answers only once routing (which learns it from number.assigned) shows the number to the tenant.
    expect((await call('GET', `/v1/numbers/${number.id}`, tenant)).body.effective).not.toBeNull();
    const set = await call('PATCH', `/v1/numbers/${number.id}`, tenant, {
      body: { voice_destination: { type: 'queue', target: 'queue_front_desk' }, cnam_display_name: 'ACME PLUMBING' },
    });
    expect(set.status).toBe(200);
    const address = await call('POST', '/v1/emergency-addresses', tenant, {
      body: {
        street_address: '1 Congress Avenue',
        locality: 'Austin',
        administrative_area: 'TX',
        postal_code: '78701',
        country_code: 'US',
      },
    });
    expect(address.status).toBe(201);
    expect(
      (
        await call('PUT', `/v1/numbers/${number.id}/emergency`, tenant, {
          body: { emergency_address_id: address.body.id },
        })
      ).status,
    ).toBe(200);
    const rpc = w.ordering.get(RpcClient);
    const answer = await waitFor(
      async () => {
        // The carrier provisions E911 after a delay on the service clock.
        w.clock.advance(5_000);
        await w.routing.get(EmergencyProvisioner).runOnce();
        const reply = await rpc.request<ResolveReply>(RoutingPatterns.Resolve, {
          to: number.e164,
          from: '+14155550123',
          emergency: true,
        });
        return reply.emergency?.covered && reply;
      },
      { what: 'resolve to see the E911 address' },
    );
    expect(answer).toMatchObject({ tenant_account_id: tenant.id, emergency: { covered: true } });
    const inbound = await rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to: number.e164, from: '+14155550123' });
    expect(inbound).toMatchObject({
      tenant_account_id: tenant.id,
      action: 'route',
      cnam: 'ACME PLUMBING',
      destination: { type: 'queue', target: 'queue_front_desk' },
    });
    // The sibling tenant cannot see or change it.
    expect((await call('GET', `/v1/numbers/${number.id}`, otherTenant)).status).toBe(404);
    expect(
      (
        await call('PATCH', `/v1/numbers/${number.id}`, otherTenant, {
          body: { voice_destination: { type: 'voicemail', target: 'vm_1' } },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('PUT', `/v1/numbers/${number.id}/emergency`, otherTenant, {
          body: { emergency_address_id: address.body.id },
        })
      ).status,
    ).toBe(404);

    // Unassigned: by the time the partner has the answer, routing (which E911 goes to directly) no longer lets the tenant in.
    const unassigned = await call('POST', `/v1/numbers/${number.id}/actions/unassign`, partner);
    expect(unassigned.status).toBe(200);
    expect(unassigned.body.tenant_account_id).toBeNull();
    expect((await call('DELETE', `/v1/numbers/${number.id}/emergency`, tenant)).status).toBe(404);
    expect(
      (
        await call('PATCH', `/v1/numbers/${number.id}`, tenant, {
          body: { voice_destination: { type: 'voicemail', target: 'vm_1' } },
        })
      ).status,
    ).toBe(404);
    expect(
      (await rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to: number.e164, from: '+14155550123' }))
        .tenant_account_id,
    ).toBeNull();
  });
});
