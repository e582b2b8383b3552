import { randomUUID } from 'node:crypto';
import { MAX_AMOUNT_CENTS } from '@did/contracts';
import { BenchHttp, expectStatus } from './bench-http';

/** The sandbox processor's card that always succeeds. */
const SANDBOX_CARD = { card_number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2099, cvc: '123' };

export interface Buyer {
  tenantId: string;
  partnerId: string;
  key: string;
}

async function newAccount(http: BenchHttp, asKey: string, name: string): Promise<{ id: string; key: string }> {
  const account = expectStatus(
    await http.request('POST', '/v1/accounts', { key: asKey, body: { name } }),
    201,
    `create account ${name}`,
  );
  const id = account.body.id as string;
  const apiKey = expectStatus(
    await http.request('POST', '/v1/api-keys', {
      key: asKey,
      headers: { 'account-id': id },
      body: { name: `${name} bench key` },
    }),
    201,
    `api key for ${name}`,
  );
  return { id, key: apiKey.body.secret as string };
}

/** Saves the sandbox card on the account and tops its wallet up by `cents` through the public API, as a customer would. */
async function fund(http: BenchHttp, key: string, cents: number): Promise<void> {
  const card = expectStatus(
    await http.request('POST', '/v1/payment-methods', { key, body: SANDBOX_CARD }),
    201,
    'save the sandbox card',
  );
  for (let left = cents; left > 0; left -= MAX_AMOUNT_CENTS) {
    const body = { amount_cents: Math.min(left, MAX_AMOUNT_CENTS), payment_method_id: card.body.id };
    expectStatus(
      await http.request('POST', '/v1/balance/top-ups', { key, headers: { 'idempotency-key': randomUUID() }, body }),
      201,
      'top-up',
    );
  }
}

/**
 * `partners` partners (made with the operator key) and `tenants` tenants spread over them, each with
 * its own API key and a wallet funded with `tenantCents` (partners with `partnerCents`: they pay the
 * partner price of every tenant order).
 */
export async function createBuyers(
  http: BenchHttp,
  operatorKey: string,
  counts: { partners: number; tenants: number },
  funding: { tenantCents: number; partnerCents: number },
): Promise<Buyer[]> {
  const partners = await Promise.all(
    Array.from({ length: counts.partners }, (_, i) => newAccount(http, operatorKey, `Bench Partner ${i + 1}`)),
  );
  await Promise.all(partners.map((p) => fund(http, p.key, funding.partnerCents)));
  return Promise.all(
    Array.from({ length: counts.tenants }, async (_, i) => {
      const partner = partners[i % partners.length];
      const tenant = await newAccount(http, partner.key, `Bench Tenant ${i + 1}`);
      await fund(http, tenant.key, funding.tenantCents);
      return { tenantId: tenant.id, partnerId: partner.id, key: tenant.key };
    }),
  );
}
