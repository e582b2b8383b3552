import { randomUUID } from 'node:crypto';
import { Answer, ApiClient } from './api-client';
import { WebhookReceiver } from './webhook-receiver';

/** A buyer of the burst: an account with an API key, a saved card and a webhook endpoint subscribed to every event. */
export interface Buyer {
  label: string;
  id: string;
  key: string;
  cardId: string;
  /** The receiver path of its endpoint, and when the endpoint was created (it receives what happens after). */
  hookPath: string;
  endpointCreatedAt: Date;
}

const INITIAL_TOP_UP_CENTS = 20_000;

/**
 * Two partners with one tenant each, made through the public API as a partner would: accounts, keys,
 * a card, a first top-up and a webhook endpoint per account (tenants' events also reach their own endpoint).
 */
export async function createBuyers(api: ApiClient, operatorKey: string, receiver: WebhookReceiver): Promise<Buyer[]> {
  const buyers: Buyer[] = [];
  for (const partnerName of ['Partner A', 'Partner B']) {
    const partner = await account(api, operatorKey, partnerName);
    buyers.push(await equip(api, receiver, partnerName, partner));
    const tenantName = `${partnerName} tenant`;
    buyers.push(await equip(api, receiver, tenantName, await account(api, partner.key, tenantName)));
  }
  return buyers;
}

async function account(api: ApiClient, asKey: string, name: string): Promise<{ id: string; key: string }> {
  const created = await expectStatus(
    api.call<{ id: string }>('POST', '/v1/accounts', { key: asKey, body: { name } }),
    201,
    `create account ${name}`,
  );
  const key = await expectStatus(
    api.call<{ secret: string }>('POST', '/v1/api-keys', {
      key: asKey,
      headers: { 'account-id': created.id },
      body: { name: 'fleet' },
    }),
    201,
    `API key of ${name}`,
  );
  return { id: created.id, key: key.secret };
}

async function equip(
  api: ApiClient,
  receiver: WebhookReceiver,
  label: string,
  who: { id: string; key: string },
): Promise<Buyer> {
  const hookPath = `/hooks/${label.replace(/\W+/g, '-').toLowerCase()}`;
  const endpoint = await expectStatus(
    api.call<{ created_at: string }>('POST', '/v1/webhook-endpoints', {
      key: who.key,
      body: { url: receiver.baseUrl + hookPath, events: ['*'] },
    }),
    201,
    `webhook endpoint of ${label}`,
  );
  const card = await expectStatus(
    api.call<{ id: string }>('POST', '/v1/payment-methods', {
      key: who.key,
      body: { card_number: '4242424242424242', exp_month: 12, exp_year: 2099 },
    }),
    201,
    `card of ${label}`,
  );
  await expectStatus(
    api.call('POST', '/v1/balance/top-ups', {
      key: who.key,
      headers: { 'idempotency-key': randomUUID() },
      body: { amount_cents: INITIAL_TOP_UP_CENTS, payment_method_id: card.id },
    }),
    201,
    `first top-up of ${label}`,
  );
  return {
    label,
    id: who.id,
    key: who.key,
    cardId: card.id,
    hookPath,
    endpointCreatedAt: new Date(endpoint.created_at),
  };
}

async function expectStatus<T>(pending: Promise<Answer<T>>, status: number, what: string): Promise<T> {
  const answer = await pending;
  if (answer.status !== status)
    throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Numbers the registry offers in the US, one page per search, until `count` are found. */
export async function availableNumbers(api: ApiClient, key: string, count: number): Promise<string[]> {
  const found = new Set<string>();
  for (const prefix of ['', ...'23456789'.split('')]) {
    if (found.size >= count) break;
    const res = await api.call<{ data: { phone_number?: string; e164?: string }[] }>(
      'GET',
      `/v1/numbers/available?country_code=US&limit=100${prefix ? `&starts_with=${prefix}` : ''}`,
      { key },
    );
    if (res.status !== 200) throw new Error(`number search: ${res.status} ${JSON.stringify(res.body)}`);
    for (const n of res.body.data) found.add((n.phone_number ?? n.e164) as string);
  }
  if (found.size < count) throw new Error(`only ${found.size} numbers available, the burst needs ${count}`);
  return [...found].slice(0, count);
}
