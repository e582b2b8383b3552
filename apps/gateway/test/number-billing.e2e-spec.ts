import { EntityManager } from '@mikro-orm/postgresql';
import { LedgerEntryKind } from '@did/contracts';
import { randomId } from '@did/service-kit';
import { randomUUID } from 'node:crypto';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: numbers start billing the way ordering starts them at activation
import { startSubscription } from '../../ordering/src/subscriptions/subscription-starter';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: funding the wallet directly
import { LedgerService } from '../../ordering/src/wallets/ledger.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: funding the wallet directly
import { WalletsService } from '../../ordering/src/wallets/wallets.service';
import { BillingWorld, startBillingWorld } from './billing-world';

type Key = { id: string; key: string };
const CYCLE_MS = 30 * 86_400_000;

describe('number billing routes: renew, cancel-renewal, resume-renewal, GET billing, GET /v1/billing/upcoming (gateway + ordering)', () => {
  let w: BillingWorld;
  let partner: Key;
  let tenant: Key;
  let other: Key;
  const call = (
    method: string,
    path: string,
    who: Key,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => w.gw.call(method, path, { key: who.key, ...options });

  /** A number of the tenant, active since now, as ordering starts it at activation. */
  async function newNumber(monthlyCents: number): Promise<string> {
    const numberId = randomId('pn');
    const now = w.clock.now();
    await w.ordering
      .get(EntityManager)
      .fork()
      .transactional((em) =>
        startSubscription(
          em,
          {
            numberId,
            e164: `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`,
            accountId: tenant.id,
            partnerId: partner.id,
            orderId: randomId('ord'),
            currency: 'USD',
            setupCents: 0,
            monthlyCents,
            partnerMonthlyCents: 0,
            firstPeriodCents: monthlyCents,
            firstPeriodPartnerCents: 0,
            isTrial: false,
            minimumCommitmentMonths: 0,
            autoRenew: true,
            activatedAt: now,
          },
          now,
        ),
      );
    return numberId;
  }

  beforeAll(async () => {
    w = await startBillingWorld();
    partner = await w.gw.newPartner('Billing Partner');
    tenant = await w.gw.newTenant(partner, 'Billing Tenant');
    other = await w.gw.newPartner('Other Partner');
    const wallet = await w.ordering
      .get(WalletsService)
      .ensure({ account_id: tenant.id, partner_id: partner.id, currency: 'USD' });
    await w.ordering
      .get(EntityManager)
      .fork()
      .transactional((em) =>
        w.ordering.get(LedgerService).post(em, {
          walletId: wallet.id,
          kind: LedgerEntryKind.TopUp,
          amountCents: 1_000,
          idempotencyKey: 'fund',
          description: 'test funding',
        }),
      );
  });

  afterAll(async () => {
    await w.close();
  });

  it('GET /v1/numbers/{id}/billing for the buyer and its partner; another account gets 404 number_not_found; a bad id is 400 naming path.id', async () => {
    const id = await newNumber(300);
    const res = await call('GET', `/v1/numbers/${id}/billing`, tenant);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      record_type: 'number_billing',
      number_id: id,
      account_id: tenant.id,
      status: 'active',
      monthly_fee_cents: 300,
      auto_renew: true,
    });
    expect(
      (await call('GET', `/v1/numbers/${id}/billing`, partner, { headers: { 'account-id': tenant.id } })).status,
    ).toBe(200);
    for (const [method, path] of [
      ['GET', `/v1/numbers/${id}/billing`],
      ['POST', `/v1/numbers/${id}/actions/cancel-renewal`],
      ['POST', `/v1/numbers/${id}/actions/resume-renewal`],
    ]) {
      const denied = await call(method, path, other);
      expect(denied.status).toBe(404);
      expect(denied.body).toMatchObject({ code: 'number_not_found' });
    }
    const renewDenied = await call('POST', `/v1/numbers/${id}/actions/renew`, other, {
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(renewDenied.status).toBe(404);
    const bad = await call('GET', '/v1/numbers/nope/billing', tenant);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: [expect.objectContaining({ field: 'path.id' })] });
  });

  it('renew: Idempotency-Key required; pays one period; the same key replays; another renew while paid ahead is 409 renewal_not_due', async () => {
    const id = await newNumber(200);
    const path = `/v1/numbers/${id}/actions/renew`;
    const missing = await call('POST', path, tenant);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'idempotency_key_required' });
    const key = randomUUID();
    const before = (await call('GET', `/v1/numbers/${id}/billing`, tenant)).body;
    const renewed = await call('POST', path, tenant, { headers: { 'idempotency-key': key } });
    expect(renewed.status).toBe(200);
    expect(renewed.body.paid_until).toBe(new Date(new Date(before.paid_until).getTime() + CYCLE_MS).toISOString());
    const replay = await call('POST', path, tenant, { headers: { 'idempotency-key': key } });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(renewed.body);
    const again = await call('POST', path, tenant, { headers: { 'idempotency-key': randomUUID() } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'renewal_not_due' });
    const ledger = await call('GET', '/v1/ledger?kind=renewal', tenant);
    expect(ledger.body.data.filter((e: { reference: string }) => e.reference === id)).toHaveLength(1);
  });

  it('cancel-renewal then resume-renewal; twice is 409', async () => {
    const id = await newNumber(100);
    const cancelled = await call('POST', `/v1/numbers/${id}/actions/cancel-renewal`, tenant);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ cancel_at_period_end: true, next_billing_date: null });
    expect((await call('POST', `/v1/numbers/${id}/actions/cancel-renewal`, tenant)).body).toMatchObject({
      code: 'renewal_already_cancelled',
    });
    const resumed = await call('POST', `/v1/numbers/${id}/actions/resume-renewal`, tenant);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ cancel_at_period_end: false });
    const twice = await call('POST', `/v1/numbers/${id}/actions/resume-renewal`, tenant);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'renewal_not_cancelled' });
  });

  it('GET /v1/billing/upcoming?days= lists the charges and whether the balance covers them; days out of range is 400', async () => {
    const res = await call('GET', '/v1/billing/upcoming?days=45', tenant);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ record_type: 'upcoming_charges', account_id: tenant.id, currency: 'USD' });
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.total_due_cents).toBe(
      res.body.data.reduce((s: number, c: { amount_cents: number }) => s + c.amount_cents, 0),
    );
    const bad = await call('GET', '/v1/billing/upcoming?days=0', tenant);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: [expect.objectContaining({ field: 'query.days', rule: 'min:1' })] });
  });
});
