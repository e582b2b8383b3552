import { ResolveMessageReply, ResolveReply, RoutingPatterns } from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { failure, RoutingFixture, startRouting } from './routing-fixture';

/** Routing's side of issue 17: numbers porting in are projected (configurable, not resolved), land with their settings, or leave when the port is abandoned. */
describe('routing projects numbers that port in, and what each number can do', () => {
  let f: RoutingFixture;
  let accounts: ReturnType<RoutingFixture['newAccounts']>;

  const apply = (caller: object, number_id: string, patch: object) =>
    f.rpc.request<any>(RoutingPatterns.SettingsApply, { caller, number_id, patch });
  const resolve = (to: string) => f.rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to, from: '+14155550123' });
  const resolveMessage = (phone_number: string) =>
    f.rpc.request<ResolveMessageReply>(RoutingPatterns.ResolveMessage, { phone_number });
  let serial = 0;
  const fresh = () => `+1512${String((Date.now() + serial++) % 10_000_000).padStart(7, '0')}`;

  /** A number porting in for the tenant (partner in the envelope), as inventory announces it on prepare. */
  async function portingIn(capabilities: string[]): Promise<{ id: string; e164: string }> {
    const n = { id: sortableId('pn').toLowerCase(), e164: fresh() };
    const facts = {
      number_id: n.id,
      phone_number: n.e164,
      account_id: accounts.tenant.account_id,
      country_code: 'US',
      number_type: 'local',
    };
    await f.publish(
      'number.porting_in',
      { ...facts, capabilities, port_order_id: 'po_1', porting_since: new Date().toISOString() },
      accounts.tenant,
    );
    await f.projected(n.id, 'porting_in');
    return n;
  }

  beforeAll(async () => {
    f = await startRouting();
    accounts = f.newAccounts();
  });

  afterAll(async () => {
    await f.close();
  });

  it('a porting_in number takes settings but resolves to nothing; activated, it routes with them', async () => {
    const n = await portingIn(['voice', 'sms']);
    expect(
      (
        await apply(accounts.tenant, n.id, {
          voice_destination: { type: 'extension', target: '101' },
          messaging_enabled: true,
        })
      ).changed,
    ).toEqual(['messaging_enabled', 'voice_destination']);
    expect(await failure(resolve(n.e164))).toMatchObject({ code: 'number_not_found' });
    expect(await failure(resolveMessage(n.e164))).toMatchObject({ code: 'number_not_found' });

    // Port completed: inventory's number.activated for the same id (capabilities from an older producer may be missing: kept).
    const facts = {
      number_id: n.id,
      phone_number: n.e164,
      account_id: accounts.tenant.account_id,
      country_code: 'US',
      number_type: 'local',
    };
    await f.publish(
      'number.activated',
      { ...facts, order_id: null, activated_at: new Date().toISOString() },
      accounts.tenant,
    );
    await f.projected(n.id, 'active');
    expect(await resolve(n.e164)).toMatchObject({
      number_id: n.id,
      action: 'route',
      destination: { type: 'extension', target: '101' },
      messaging_enabled: true,
    });
    expect(await resolveMessage(n.e164)).toMatchObject({ number_id: n.id, action: 'deliver', reason: null });
    expect(
      (await f.rows(`select capabilities from routing.numbers where number_id = ?`, [n.id]))[0].capabilities,
    ).toEqual(['voice', 'sms']);
  });

  it('an abandoned port releases the number in routing: no more settings', async () => {
    const n = await portingIn(['voice']);
    await f.publish(
      'number.port_abandoned',
      {
        number_id: n.id,
        phone_number: n.e164,
        account_id: accounts.tenant.account_id,
        country_code: 'US',
        number_type: 'local',
        port_order_id: 'po_1',
        abandoned_at: new Date().toISOString(),
      },
      accounts.tenant,
    );
    await f.projected(n.id, 'released');
    expect(await failure(apply(accounts.tenant, n.id, { recording: true }))).toMatchObject({ code: 'number_released' });
  });

  it('messaging cannot be enabled on a number the carrier gives no SMS (422 requires_sms_capability), even while porting in', async () => {
    const n = await portingIn(['voice']);
    const err = await failure(apply(accounts.tenant, n.id, { messaging_enabled: true }));
    expect(err).toMatchObject({
      code: 'number_settings_invalid',
      errors: [expect.objectContaining({ field: 'messaging_enabled', rule: 'requires_sms_capability' })],
    });
  });
});
