import { RoutingPatterns, SettingsGetManyReply, SettingsPatchReply } from '@did/contracts';
import { failure, RoutingFixture, startRouting, TestNumber } from './routing-fixture';

describe('routing.settings: get_many, validate, apply (owner, partner, assigned tenant; everyone else 404)', () => {
  let f: RoutingFixture;
  let accounts: ReturnType<RoutingFixture['newAccounts']>;
  let stranger: ReturnType<RoutingFixture['newAccounts']>;
  let partnerNumber: TestNumber;
  let tenantNumber: TestNumber;

  const validate = (caller: object, number_id: string, patch: object) =>
    f.rpc.request<SettingsPatchReply>(RoutingPatterns.SettingsValidate, { caller, number_id, patch });
  const apply = (caller: object, number_id: string, patch: object) =>
    f.rpc.request<SettingsPatchReply>(RoutingPatterns.SettingsApply, { caller, number_id, patch });
  const settingsRow = async (id: string) =>
    (await f.rows(`select * from routing.number_settings where number_id = ?`, [id]))[0] ?? null;

  beforeAll(async () => {
    f = await startRouting({ ROUTING_PLAN_MAX_CHANNELS: '10' });
    accounts = f.newAccounts();
    stranger = f.newAccounts();
    partnerNumber = await f.newNumber(accounts.partner);
    tenantNumber = await f.newNumber(accounts.tenant);
  });

  afterAll(async () => {
    await f.close();
  });

  it('get_many answers the numbers the caller may see, in request order, with platform defaults before any change', async () => {
    const asPartner = await f.rpc.request<SettingsGetManyReply>(RoutingPatterns.SettingsGetMany, {
      caller: accounts.partner,
      number_ids: [tenantNumber.id, partnerNumber.id, 'pn_0000000000unknown'],
    });
    expect(asPartner.data.map((s) => s.number_id)).toEqual([tenantNumber.id, partnerNumber.id]);
    expect(asPartner.data[0]).toMatchObject({
      phone_number: tenantNumber.e164,
      cnam_display_name: null,
      voice_destination: null,
      inbound_call_screening: 'disabled',
      effective: {
        caller_id: tenantNumber.e164,
        recording: false,
        max_channels: 2,
        configured: false,
        cnam_display_name: null,
      },
      updated_at: null,
    });
    const asTenant = await f.rpc.request<SettingsGetManyReply>(RoutingPatterns.SettingsGetMany, {
      caller: accounts.tenant,
      number_ids: [tenantNumber.id, partnerNumber.id],
    });
    expect(asTenant.data.map((s) => s.number_id)).toEqual([tenantNumber.id]);
    const asStranger = await f.rpc.request<SettingsGetManyReply>(RoutingPatterns.SettingsGetMany, {
      caller: stranger.partner,
      number_ids: [tenantNumber.id, partnerNumber.id],
    });
    expect(asStranger.data).toEqual([]);
  });

  it.each([
    [{ type: 'extension', target: '1001' }],
    [{ type: 'queue', target: 'q_support' }],
    [{ type: 'team_member', target: 'usr_42' }],
    [{ type: 'ai_agent', target: 'agent-7' }],
    [{ type: 'voicemail', target: 'vm_1' }],
    [{ type: 'auto_attendant', target: 'aa_main' }],
    [{ type: 'sip_uri', target: 'sip:support@pbx.example.com:5060' }],
    [{ type: 'forward', target: '+14155550100' }],
  ])('accepts voice_destination %j', async (destination) => {
    const reply = await validate(accounts.partner, partnerNumber.id, { voice_destination: destination });
    expect(reply.settings.voice_destination).toEqual(destination);
    expect(reply.changed).toEqual(['voice_destination']);
  });

  it.each([
    [{ type: 'extension', target: '10a1' }, 'patch.voice_destination.target'],
    [{ type: 'sip_uri', target: 'http://pbx.example.com' }, 'patch.voice_destination.target'],
    [{ type: 'forward', target: '4155550100' }, 'patch.voice_destination.target'],
    [{ type: 'queue', target: 'has spaces' }, 'patch.voice_destination.target'],
    [{ type: 'fax', target: 'x' }, 'patch.voice_destination.type'],
    [{ type: 'queue', target: 'q1', extra: 1 }, 'patch.voice_destination.extra'],
  ])('rejects voice_destination %j with 400 naming %s', async (destination, field) => {
    const err = await failure(validate(accounts.partner, partnerNumber.id, { voice_destination: destination }));
    expect(err).toMatchObject({ type: 'invalid_request' });
    expect(err.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('rejects a number forwarding to itself, max_channels over the plan and SMS routing without messaging (422 number_settings_invalid)', async () => {
    const err = await failure(
      validate(accounts.partner, partnerNumber.id, {
        voice_destination: { type: 'forward', target: partnerNumber.e164 },
        max_channels: 11,
        sms_routing: { enabled: true, inbox_type: 'shared_inbox', inbox: 'inbox_1', destinations: [] },
      }),
    );
    expect(err).toMatchObject({ type: 'unprocessable', code: 'number_settings_invalid' });
    expect(err.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`).sort()).toEqual([
      'max_channels max:10',
      'sms_routing.enabled requires_messaging_enabled',
      'voice_destination.target not_self',
    ]);
    expect(await settingsRow(partnerNumber.id)).toBeNull();
  });

  it('rejects CNAM over 15 characters or with punctuation', async () => {
    for (const cnam of ['Sixteen chars xx', 'Acme, Inc']) {
      const err = await failure(validate(accounts.partner, partnerNumber.id, { cnam_display_name: cnam }));
      expect(err.errors[0]).toMatchObject({ field: 'patch.cnam_display_name' });
    }
  });

  it('caller_id: this number, or another active number of the same account; not someone else’s, not a released one', async () => {
    const second = await f.newNumber(accounts.partner);
    expect(
      (await validate(accounts.partner, partnerNumber.id, { caller_id: partnerNumber.e164 })).settings.caller_id,
    ).toBe(partnerNumber.e164);
    expect(
      (await validate(accounts.partner, partnerNumber.id, { caller_id: second.e164 })).settings.effective.caller_id,
    ).toBe(second.e164);
    // The tenant's number is used by another account (the tenant), even though the partner may see it.
    const foreign = await failure(validate(accounts.partner, partnerNumber.id, { caller_id: tenantNumber.e164 }));
    expect(foreign).toMatchObject({
      code: 'number_settings_invalid',
      errors: [{ field: 'caller_id', rule: 'owned_active_number' }],
    });
    await f.release(second);
    const released = await failure(validate(accounts.partner, partnerNumber.id, { caller_id: second.e164 }));
    expect(released).toMatchObject({
      code: 'number_settings_invalid',
      errors: [{ field: 'caller_id', rule: 'owned_active_number' }],
    });
  });

  it('caller_id of an assigned number may be any number the tenant uses, its own or assigned', async () => {
    const assigned = await f.newNumber(accounts.partner);
    await f.assign(assigned, accounts.tenant);
    expect((await validate(accounts.tenant, assigned.id, { caller_id: tenantNumber.e164 })).settings.caller_id).toBe(
      tenantNumber.e164,
    );
  });

  it('apply writes only what changed, emits number.routing_updated with the changed fields, and a repeat changes nothing', async () => {
    const n = await f.newNumber(accounts.tenant);
    const first = await apply(accounts.tenant, n.id, {
      cnam_display_name: 'Acme Sales',
      recording: true,
      inbound_call_screening: 'flag_calls',
    });
    expect(first.changed.sort()).toEqual(['cnam_display_name', 'inbound_call_screening', 'recording']);
    expect(first.settings).toMatchObject({
      cnam_display_name: 'Acme Sales',
      recording: true,
      effective: { recording: true, cnam_display_name: 'Acme Sales' },
    });
    const events = (await f.outbox('number.routing_updated')).filter((e) => e.data.number_id === n.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      account_id: accounts.tenant.account_id,
      partner_id: accounts.partner.account_id,
      data: { changes: { cnam_display_name: 'Acme Sales', recording: true, inbound_call_screening: 'flag_calls' } },
    });

    const again = await apply(accounts.tenant, n.id, { cnam_display_name: 'Acme Sales' });
    expect(again.changed).toEqual([]);
    expect((await f.outbox('number.routing_updated')).filter((e) => e.data.number_id === n.id)).toHaveLength(1);

    const cleared = await apply(accounts.tenant, n.id, { recording: null });
    expect(cleared.settings).toMatchObject({
      recording: null,
      cnam_display_name: 'Acme Sales',
      effective: { recording: false },
    });
  });

  it('the partner may configure its tenant’s number and an assigned one; the number is found by E.164 too', async () => {
    const reply = await apply(accounts.partner, tenantNumber.e164, { messaging_enabled: true });
    expect(reply.settings).toMatchObject({ number_id: tenantNumber.id, messaging_enabled: true });
  });

  it('a stranger gets 404 number_not_found from validate and apply, and nothing changes', async () => {
    const before = await settingsRow(tenantNumber.id);
    for (const call of [validate, apply]) {
      for (const caller of [
        stranger.partner,
        stranger.tenant,
        { account_id: accounts.tenant.account_id + 'x', partner_id: accounts.partner.account_id },
      ]) {
        expect(await failure(call(caller, tenantNumber.id, { cnam_display_name: 'Hijack' }))).toMatchObject({
          type: 'not_found',
          code: 'number_not_found',
        });
      }
    }
    expect(await settingsRow(tenantNumber.id)).toEqual(before);
  });

  it('a pending number answers 409 number_not_yet_active; a released one 409 number_released', async () => {
    const pending = await f.newPendingNumber(accounts.tenant);
    expect(await failure(apply(accounts.tenant, pending.id, { recording: true }))).toMatchObject({
      type: 'conflict',
      code: 'number_not_yet_active',
    });
    const gone = await f.newNumber(accounts.tenant);
    await f.release(gone);
    expect(await failure(apply(accounts.tenant, gone.id, { recording: true }))).toMatchObject({
      type: 'conflict',
      code: 'number_released',
    });
    expect(await failure(validate(accounts.tenant, gone.e164, { recording: true }))).toMatchObject({
      code: 'number_released',
    });
    expect(await failure(apply(stranger.tenant, gone.id, { recording: true }))).toMatchObject({
      code: 'number_not_found',
    });
  });
});
