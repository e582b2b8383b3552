import {
  CreateEmergencyAddressReply,
  EmergencyAddress,
  NumberCompliance,
  NumberEmergency,
  ResolveReply,
  RoutingPatterns,
} from '@did/contracts';
import { failure, RoutingFixture, startRouting } from './routing-fixture';

const ADDRESS = {
  street_address: '100 Congress Avenue',
  extended_address: 'Suite 200',
  locality: 'Austin',
  administrative_area: 'TX',
  postal_code: '78701',
  country_code: 'US',
};

describe('E911 addresses and number emergency service, compliance, defaults (routing + carrier sandbox)', () => {
  let f: RoutingFixture;
  let accounts: ReturnType<RoutingFixture['newAccounts']>;
  let stranger: ReturnType<RoutingFixture['newAccounts']>;

  const createAddress = (caller: object, address: object) =>
    f.rpc.request<CreateEmergencyAddressReply>(RoutingPatterns.EmergencyAddressCreate, { caller, address });
  const newAddress = async (caller: object) => {
    const reply = await createAddress(caller, ADDRESS);
    if (reply.outcome !== 'created') throw new Error(`address rejected: ${reply.message}`);
    return reply.address;
  };
  const setEmergency = (caller: object, number_id: string, emergency_address_id: string) =>
    f.rpc.request<NumberEmergency>(RoutingPatterns.NumberEmergencySet, {
      caller,
      number_id,
      emergency: { emergency_address_id },
    });
  const clearEmergency = (caller: object, number_id: string) =>
    f.rpc.request<NumberEmergency>(RoutingPatterns.NumberEmergencyClear, { caller, number_id });
  const getEmergency = (caller: object, number_id: string) =>
    f.rpc.request<NumberEmergency>(RoutingPatterns.NumberEmergencyGet, { caller, number_id });
  const resolve911 = (to: string) => f.rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to, emergency: true });
  const sandboxFaults = (body: object | null) =>
    fetch(
      `${f.sandboxUrl}/admin/faults`,
      body
        ? { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
        : { method: 'DELETE' },
    );

  beforeAll(async () => {
    f = await startRouting({ E911_PROVISIONING_DEADLINE_MS: '1000' });
    accounts = f.newAccounts();
    stranger = f.newAccounts();
  });

  afterAll(async () => {
    await f.close();
  });

  it('stores an address as the carrier normalized it, with emergency_address.created', async () => {
    const address = await newAddress(accounts.tenant);
    expect(address).toMatchObject({
      record_type: 'emergency_address',
      account_id: accounts.tenant.account_id,
      street_address: '100 CONGRESS AVE',
      extended_address: 'STE 200',
      locality: 'AUSTIN',
      number_count: 0,
    });
    expect((await f.outbox('emergency_address.created')).map((e) => e.data.emergency_address_id)).toContain(address.id);
  });

  it('an address the carrier cannot validate is rejected with the reason, the field and suggested corrections; nothing is stored', async () => {
    const before = (await f.rows(`select count(*)::int as n from routing.emergency_addresses`))[0].n;
    const reply = await createAddress(accounts.tenant, { ...ADDRESS, locality: 'Austn' });
    expect(reply).toMatchObject({ outcome: 'rejected', reason: 'city_not_found', field: 'locality' });
    expect(reply.outcome === 'rejected' && reply.suggestions[0]).toMatchObject({
      locality: 'AUSTIN',
      administrative_area: 'TX',
    });
    expect(await createAddress(accounts.tenant, { ...ADDRESS, street_address: 'Congress Avenue' })).toMatchObject({
      outcome: 'rejected',
      reason: 'house_number_missing',
      field: 'street_address',
    });
    expect((await f.rows(`select count(*)::int as n from routing.emergency_addresses`))[0].n).toBe(before);
  });

  it('lists and gets addresses of the account (a partner sees its tenants’ too); a stranger gets 404 and cannot delete', async () => {
    const address = await newAddress(accounts.tenant);
    const own = await f.rpc.request<{ data: EmergencyAddress[] }>(RoutingPatterns.EmergencyAddressList, {
      caller: accounts.tenant,
    });
    expect(own.data.map((a) => a.id)).toContain(address.id);
    const partners = await f.rpc.request<{ data: EmergencyAddress[] }>(RoutingPatterns.EmergencyAddressList, {
      caller: accounts.partner,
    });
    expect(partners.data.map((a) => a.id)).toContain(address.id);
    const strangers = await f.rpc.request<{ data: EmergencyAddress[] }>(RoutingPatterns.EmergencyAddressList, {
      caller: stranger.tenant,
    });
    expect(strangers.data).toEqual([]);
    for (const pattern of [RoutingPatterns.EmergencyAddressGet, RoutingPatterns.EmergencyAddressDelete]) {
      expect(
        await failure(f.rpc.request(pattern, { caller: stranger.tenant, emergency_address_id: address.id })),
      ).toMatchObject({ code: 'emergency_address_not_found' });
    }
    expect(
      (
        await f.rpc.request<EmergencyAddress>(RoutingPatterns.EmergencyAddressGet, {
          caller: accounts.tenant,
          emergency_address_id: address.id,
        })
      ).id,
    ).toBe(address.id);
  });

  it('provisioning: PUT -> provisioning, the loop -> active (911 covered); DELETE -> deprovisioning -> disabled; each step an event', async () => {
    const n = await f.newNumber(accounts.tenant);
    const address = await newAddress(accounts.tenant);
    expect(await getEmergency(accounts.tenant, n.id)).toMatchObject({ status: 'disabled', emergency_address_id: null });
    expect(await setEmergency(accounts.tenant, n.id, address.id)).toMatchObject({
      status: 'provisioning',
      emergency_address_id: address.id,
    });
    expect(await resolve911(n.e164)).toMatchObject({
      action: 'reject',
      emergency: { covered: false, status: 'provisioning' },
    });
    // A repeated PUT of the same address changes nothing.
    expect((await setEmergency(accounts.tenant, n.id, address.id)).status).toBe('provisioning');

    await f.provisioner().runOnce();
    expect(await getEmergency(accounts.tenant, n.id)).toMatchObject({
      status: 'active',
      emergency_address_id: address.id,
      failure_reason: null,
    });
    expect(await resolve911(n.e164)).toMatchObject({
      action: 'route',
      destination: null,
      emergency: {
        covered: true,
        status: 'active',
        emergency_address_id: address.id,
        address: expect.stringContaining('100 CONGRESS AVE'),
      },
    });
    expect(
      await failure(
        f.rpc.request(RoutingPatterns.EmergencyAddressDelete, {
          caller: accounts.tenant,
          emergency_address_id: address.id,
        }),
      ),
    ).toMatchObject({ type: 'conflict', code: 'emergency_address_in_use' });

    expect((await clearEmergency(accounts.tenant, n.id)).status).toBe('deprovisioning');
    expect((await resolve911(n.e164)).emergency).toMatchObject({ covered: false, status: 'deprovisioning' });
    await f.provisioner().runOnce();
    expect(await getEmergency(accounts.tenant, n.id)).toMatchObject({ status: 'disabled', emergency_address_id: null });

    const steps = (await f.outbox('number.emergency_updated'))
      .filter((e) => e.data.number_id === n.id)
      .map((e) => `${e.data.previous_status}->${e.data.status}`);
    expect(steps).toEqual([
      'disabled->provisioning',
      'provisioning->active',
      'active->deprovisioning',
      'deprovisioning->disabled',
    ]);
    expect(
      (
        await f.rpc.request<EmergencyAddress>(RoutingPatterns.EmergencyAddressDelete, {
          caller: accounts.tenant,
          emergency_address_id: address.id,
        })
      ).id,
    ).toBe(address.id);
  });

  it('a carrier that stays down fails the provisioning after the deadline (carrier_unavailable); creating an address answers 503', async () => {
    const n = await f.newNumber(accounts.tenant);
    const address = await newAddress(accounts.tenant);
    await setEmergency(accounts.tenant, n.id, address.id);
    await sandboxFaults({ down: true });
    try {
      expect(await failure(createAddress(accounts.tenant, ADDRESS))).toMatchObject({
        type: 'unavailable',
        code: 'carrier_unavailable',
      });
      await f.provisioner().runOnce();
      expect((await getEmergency(accounts.tenant, n.id)).status).toBe('provisioning');
      // Past E911_PROVISIONING_DEADLINE_MS (1 s here) and due again.
      await new Promise((r) => setTimeout(r, 1_100));
      await f.rows(`update routing.number_emergency set due_at = now() where number_id = ?`, [n.id]);
      await f.provisioner().runOnce();
      expect(await getEmergency(accounts.tenant, n.id)).toMatchObject({
        status: 'failed',
        failure_reason: 'carrier_unavailable',
      });
      expect((await resolve911(n.e164)).emergency).toMatchObject({ covered: false, status: 'failed' });
    } finally {
      await sandboxFaults(null);
    }
  });

  it('a released number’s 911 service is removed', async () => {
    const n = await f.newNumber(accounts.tenant);
    const address = await newAddress(accounts.tenant);
    await setEmergency(accounts.tenant, n.id, address.id);
    await f.provisioner().runOnce();
    await f.release(n);
    expect((await f.rows(`select status from routing.number_emergency where number_id = ?`, [n.id]))[0].status).toBe(
      'deprovisioning',
    );
    await f.provisioner().runOnce();
    expect((await f.rows(`select status from routing.number_emergency where number_id = ?`, [n.id]))[0].status).toBe(
      'disabled',
    );
  });

  it('refuses E911 for a non-US/CA number, an address of another country, and a stranger’s number or address', async () => {
    const address = await newAddress(accounts.tenant);
    const indian = await f.newNumber(accounts.tenant, { country: 'IN' });
    expect(await failure(setEmergency(accounts.tenant, indian.id, address.id))).toMatchObject({
      type: 'unprocessable',
      code: 'emergency_not_supported',
    });
    const canadian = await f.newNumber(accounts.tenant, { country: 'CA' });
    expect(await failure(setEmergency(accounts.tenant, canadian.id, address.id))).toMatchObject({
      code: 'emergency_address_invalid',
      errors: [{ field: 'emergency_address_id' }],
    });
    const mine = await f.newNumber(accounts.tenant);
    const theirs = await f.newNumber(stranger.tenant);
    expect(await failure(setEmergency(stranger.tenant, mine.id, address.id))).toMatchObject({
      code: 'number_not_found',
    });
    expect(await failure(clearEmergency(stranger.tenant, mine.id))).toMatchObject({ code: 'number_not_found' });
    expect(await failure(getEmergency(stranger.tenant, mine.id))).toMatchObject({ code: 'number_not_found' });
    expect(await failure(setEmergency(stranger.tenant, theirs.id, address.id))).toMatchObject({
      code: 'emergency_address_not_found',
    });
    expect((await getEmergency(accounts.tenant, mine.id)).status).toBe('disabled');
  });

  it('compliance: an IN number (even pending) records what is missing until end user and a document are on file; a US one needs nothing; strangers 404', async () => {
    const pending = await f.newPendingNumber(accounts.tenant, { country: 'IN' });
    const set = (caller: object, number_id: string, compliance: object) =>
      f.rpc.request<NumberCompliance>(RoutingPatterns.ComplianceSet, { caller, number_id, compliance });
    expect(
      await f.rpc.request<NumberCompliance>(RoutingPatterns.ComplianceGet, {
        caller: accounts.tenant,
        number_id: pending.id,
      }),
    ).toMatchObject({ status: 'missing', missing: expect.arrayContaining(['end_user.first_name', 'document_ids']) });
    const partial = await set(accounts.tenant, pending.id, { end_user: { first_name: 'Asha', last_name: 'Rao' } });
    expect(partial).toMatchObject({
      status: 'missing',
      missing: ['end_user.contact_phone', 'end_user.company_name', 'document_ids'],
    });
    const met = await set(accounts.tenant, pending.id, {
      end_user: { first_name: 'Asha', last_name: 'Rao', contact_phone: '+919812345678', company_name: 'Rao Traders' },
      document_ids: ['doc_1'],
    });
    expect(met).toMatchObject({ status: 'met', missing: [] });
    expect(
      (await f.outbox('number.compliance_updated'))
        .filter((e) => e.data.number_id === pending.id)
        .map((e) => e.data.status),
    ).toEqual(['missing', 'met']);
    expect(await failure(set(stranger.tenant, pending.id, { end_user: {} }))).toMatchObject({
      code: 'number_not_found',
    });
    const us = await f.newNumber(accounts.tenant);
    expect((await set(accounts.tenant, us.id, { end_user: { company_name: 'Acme' } })).status).toBe('not_required');
  });

  it('defaults: platform defaults first; PATCH changes only what is sent; max_channels above the plan is 422', async () => {
    const { tenant } = f.newAccounts();
    expect(await f.rpc.request(RoutingPatterns.DefaultsGet, { caller: tenant })).toMatchObject({
      account_id: tenant.account_id,
      cnam_display_name: null,
      unconfigured_number: { action: 'announcement' },
      recording: false,
      max_channels: 2,
      updated_at: null,
    });
    await f.rpc.request(RoutingPatterns.DefaultsSet, { caller: tenant, patch: { cnam_display_name: 'Acme' } });
    expect(
      await f.rpc.request(RoutingPatterns.DefaultsSet, { caller: tenant, patch: { max_channels: 5 } }),
    ).toMatchObject({ cnam_display_name: 'Acme', max_channels: 5 });
    expect(
      await failure(f.rpc.request(RoutingPatterns.DefaultsSet, { caller: tenant, patch: { max_channels: 31 } })),
    ).toMatchObject({ code: 'number_settings_invalid', errors: [{ field: 'max_channels', rule: 'max:30' }] });
    expect(
      (await f.outbox('account_defaults.updated')).filter((e) => e.data.account_id === tenant.account_id),
    ).toHaveLength(2);
  });
});
