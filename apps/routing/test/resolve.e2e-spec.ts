import { ResolveReply, RoutingPatterns } from '@did/contracts';
import { failure, RoutingFixture, startRouting } from './routing-fixture';

describe('routing.resolve: the voice edge’s answer, from memory, invalidated by routing’s writes and inventory’s events', () => {
  let f: RoutingFixture;
  let accounts: ReturnType<RoutingFixture['newAccounts']>;

  const resolve = (to: string, extra: object = {}) =>
    f.rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to, from: '+14155550123', ...extra });
  const apply = (caller: object, number_id: string, patch: object) =>
    f.rpc.request(RoutingPatterns.SettingsApply, { caller, number_id, patch });
  const setDefaults = (caller: object, patch: object) => f.rpc.request(RoutingPatterns.DefaultsSet, { caller, patch });

  beforeAll(async () => {
    f = await startRouting({ RESOLVE_CACHE_TTL_MS: '3600000' });
    accounts = f.newAccounts();
  });

  afterAll(async () => {
    await f.close();
  });

  it('an unconfigured number plays the announcement by default, with its own number as caller ID and 2 channels', async () => {
    const n = await f.newNumber(accounts.tenant);
    expect(await resolve(n.e164)).toMatchObject({
      number_id: n.id,
      owner_account_id: accounts.tenant.account_id,
      action: 'announcement',
      reason: 'number_not_configured',
      configured: false,
      destination: null,
      caller_id: n.e164,
      cnam: null,
      recording: false,
      max_channels: 2,
      screening: { mode: 'disabled', decision: 'allow' },
      emergency: null,
    });
  });

  it('an assigned number follows its tenant’s defaults (CNAM, recording, channels, unconfigured behaviour) until it has its own values', async () => {
    const n = await f.newNumber(accounts.partner);
    await f.assign(n, accounts.tenant);
    await setDefaults(accounts.tenant, {
      cnam_display_name: 'Acme Plumbing',
      recording: true,
      max_channels: 4,
      unconfigured_number: { action: 'route', destination: { type: 'voicemail', target: 'vm_main' } },
    });
    expect(await resolve(n.e164)).toMatchObject({
      tenant_account_id: accounts.tenant.account_id,
      action: 'route',
      destination: { type: 'voicemail', target: 'vm_main' },
      configured: false,
      cnam: 'Acme Plumbing',
      recording: true,
      max_channels: 4,
    });

    await apply(accounts.tenant, n.id, {
      voice_destination: { type: 'queue', target: 'q_support' },
      cnam_display_name: 'Acme Support',
      max_channels: 6,
    });
    expect(await resolve(n.e164)).toMatchObject({
      action: 'route',
      destination: { type: 'queue', target: 'q_support' },
      configured: true,
      cnam: 'Acme Support',
      recording: true,
      max_channels: 6,
    });

    await setDefaults(accounts.tenant, { unconfigured_number: { action: 'reject' }, recording: false });
    expect(await resolve(n.e164)).toMatchObject({
      destination: { type: 'queue' },
      recording: false,
      cnam: 'Acme Support',
    });

    // Unassigned again: the partner's (platform) defaults apply.
    await f.assign(n, null);
    expect(await resolve(n.e164)).toMatchObject({
      tenant_account_id: null,
      cnam: 'Acme Support',
      recording: false,
      max_channels: 6,
    });
  });

  it('a settings change is visible to the next resolve (the cache entry was dropped by the write)', async () => {
    const { tenant } = f.newAccounts();
    const n = await f.newNumber(tenant);
    await apply(tenant, n.id, { voice_destination: { type: 'extension', target: '100' } });
    expect((await resolve(n.e164)).destination).toEqual({ type: 'extension', target: '100' });
    await apply(tenant, n.id, { voice_destination: { type: 'extension', target: '200' } });
    expect((await resolve(n.e164)).destination).toEqual({ type: 'extension', target: '200' });
    await apply(tenant, n.id, { voice_destination: null });
    expect(await resolve(n.e164)).toMatchObject({ action: 'announcement', configured: false });
  });

  it('number.released drops the cached answer: resolve then answers 404 number_not_found', async () => {
    const n = await f.newNumber(accounts.tenant);
    await apply(accounts.tenant, n.id, { voice_destination: { type: 'queue', target: 'q1' } });
    expect((await resolve(n.e164)).action).toBe('route');
    await f.release(n);
    expect(await failure(resolve(n.e164))).toMatchObject({ type: 'not_found', code: 'number_not_found' });
  });

  it('a caller ID number that is released falls back to the number itself', async () => {
    const n = await f.newNumber(accounts.tenant);
    const shown = await f.newNumber(accounts.tenant);
    await apply(accounts.tenant, n.id, { caller_id: shown.e164 });
    expect((await resolve(n.e164)).caller_id).toBe(shown.e164);
    await f.release(shown);
    expect((await resolve(n.e164)).caller_id).toBe(n.e164);
  });

  it('screening: flag_calls flags calls without a usable calling number; reject_calls rejects them; a normal caller is allowed', async () => {
    const n = await f.newNumber(accounts.tenant);
    await apply(accounts.tenant, n.id, {
      inbound_call_screening: 'flag_calls',
      voice_destination: { type: 'queue', target: 'q1' },
    });
    expect((await resolve(n.e164)).screening).toEqual({ mode: 'flag_calls', decision: 'allow' });
    expect(await resolve(n.e164, { from: 'anonymous' })).toMatchObject({
      action: 'route',
      screening: { decision: 'flag' },
    });
    await apply(accounts.tenant, n.id, { inbound_call_screening: 'reject_calls' });
    expect(await resolve(n.e164, { from: undefined })).toMatchObject({
      action: 'reject',
      reason: 'call_screened',
      screening: { decision: 'reject' },
    });
  });

  it('an emergency call from a number without an active emergency address is rejected', async () => {
    const n = await f.newNumber(accounts.tenant);
    expect(await resolve(n.e164, { emergency: true })).toMatchObject({
      action: 'reject',
      reason: 'emergency_not_covered',
      emergency: { covered: false, status: 'disabled' },
    });
  });

  it('unknown and pending numbers are not resolved; a malformed request is 400', async () => {
    expect(await failure(resolve('+15550000000'))).toMatchObject({ code: 'number_not_found' });
    const pending = await f.newPendingNumber(accounts.tenant);
    expect(await failure(resolve(pending.e164))).toMatchObject({ code: 'number_not_found' });
    expect(await failure(resolve('5125550100'))).toMatchObject({ type: 'invalid_request', errors: [{ field: 'to' }] });
  });
});
