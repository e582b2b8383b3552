import { startUsage, UsageWorld } from './usage-world';

describe('usage reports', () => {
  let u: UsageWorld;

  beforeAll(async () => {
    u = await startUsage();
  });

  afterAll(async () => {
    await u?.close();
  });

  it('the world rates a published record and holds one for a number without rates', async () => {
    const { tenant } = u.newAccounts();
    const n = await u.newNumber(tenant);
    const [row] = await u.publishRated([u.call(n)]);
    expect(row).toMatchObject({ account_id: tenant.account_id, partner_id: tenant.partner_id, billed_seconds: 120 });
    const unknown = u.message('+15125559999');
    await u.publishRecord(unknown);
    expect(await u.held(unknown.record_id)).toMatchObject({ reason: 'number_unknown' });
  });
});
