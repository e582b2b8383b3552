import { randomUUID } from 'node:crypto';
import { ApiClient, undecided } from './api-client';
import type { Buyer } from './world';

export interface BurstPlan {
  orders: number;
  topUps: number;
  /** The requests start spread over this long, so the faults land in the middle of them. */
  spreadMs: number;
}

/** One request of the burst as the client saw it: its idempotency key, every status, and the id of what it made. */
export interface Sent {
  kind: 'order' | 'top_up';
  buyer: Buyer;
  key: string;
  statuses: number[];
  /** The order or payment id when the last answer was a 2xx. */
  id: string | null;
  /** The client learnt the request's fate: its last answer was neither missing, a 5xx nor "still in progress". */
  answered: boolean;
  amountCents?: number;
}

/** mulberry32: a small seeded generator, so a run can be replayed with FLEET_SEED. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Orders (one or two numbers each, from `numbers`, none shared between orders) and top-ups by random
 * buyers at random moments within the spread, each retried with its key while its answer is undecided.
 */
export async function runBurst(
  api: ApiClient,
  buyers: Buyer[],
  numbers: string[],
  plan: BurstPlan,
  random: () => number,
): Promise<Sent[]> {
  const sent: Sent[] = [];
  let nextNumber = 0;
  const requests: Promise<void>[] = [];
  const pick = () => buyers[Math.floor(random() * buyers.length)];
  for (let i = 0; i < plan.orders; i++) {
    const count = random() < 0.3 ? 2 : 1;
    const phone_numbers = numbers.slice(nextNumber, nextNumber + count);
    nextNumber += count;
    const item: Sent = { kind: 'order', buyer: pick(), key: randomUUID(), statuses: [], id: null, answered: false };
    sent.push(item);
    requests.push(
      later(random() * plan.spreadMs, () =>
        send(api, item, '/v1/number-orders', { country_code: 'US', number_type: 'local', phone_numbers }),
      ),
    );
  }
  for (let i = 0; i < plan.topUps; i++) {
    const item: Sent = {
      kind: 'top_up',
      buyer: pick(),
      key: randomUUID(),
      statuses: [],
      id: null,
      answered: false,
      amountCents: 500 + Math.floor(random() * 20) * 100,
    };
    sent.push(item);
    requests.push(
      later(random() * plan.spreadMs, () =>
        send(api, item, '/v1/balance/top-ups', {
          amount_cents: item.amountCents,
          payment_method_id: item.buyer.cardId,
        }),
      ),
    );
  }
  await Promise.all(requests);
  return sent;
}

async function send(api: ApiClient, item: Sent, path: string, body: unknown): Promise<void> {
  const { statuses, last } = await api.callUntilAnswered<{ id?: string } | undefined>('POST', path, {
    key: item.buyer.key,
    headers: { 'idempotency-key': item.key },
    body,
  });
  item.statuses = statuses;
  item.answered = !undecided(last);
  item.id = last.status >= 200 && last.status < 300 ? (last.body?.id ?? null) : null;
}

async function later(ms: number, work: () => Promise<void>): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await work();
}
