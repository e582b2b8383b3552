import { randomUUID } from 'node:crypto';
import { waitFor } from '@did/testing';
import { ClaimsService } from '../../inventory/src/claims/claims.service'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: widens the claim's windows
import { IngestService } from '../../inventory/src/ingest/ingest.service'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: loads the test's carrier rows
import { houstonRow } from '../../inventory/test/fixture-numbers'; // eslint-disable-line @nx/enforce-module-boundaries -- the shared carrier rows of the tests
import { CrashWorld, startCrashWorld } from './ordering-process';

const KILLS = 22;
const MAX_KILL_DELAY_MS = 400;
const NEW_ORDERS_PER_ROUND = 7;
/** Inventory answers a claim this long after it arrives and again after it committed, so kills land on either side of it. */
const CLAIM_WINDOW_MS = 100;
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** 400 free Houston numbers, 713-700-0000 up. */
const NUMBERS = Array.from({ length: 400 }, (_, i) => `+1713700${String(i).padStart(4, '0')}`);

jest.setTimeout(300_000);

/** mulberry32: a small seeded generator, so a failing run can be replayed with CRASH_SEED. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Buyer = { id: string; key: string; label: string };
interface Attempt {
  buyer: Buyer;
  key: string;
  body: { country_code: 'US'; number_type: 'local'; phone_numbers: string[] };
  outcomes: string[];
  /** A request for it is on its way: a client does not send the same key twice at once. */
  waiting: boolean;
}

/** The orders each step of the saga held when ordering was killed, counted right after each SIGKILL (ordering is down: nothing moves on). */
interface KillPhases {
  /** Opened in ordering, numbers not claimed by inventory yet. */
  claim: Set<string>;
  /** Numbers claimed by inventory, not charged yet. */
  charge: Set<string>;
  /** Charged, numbers with the carrier: no outcome reported yet. */
  carrier: Set<string>;
  /** An outcome (activated or failed) reported by inventory and not yet applied by ordering. */
  outcome: Set<string>;
}

const PHASES: (keyof KillPhases)[] = ['claim', 'charge', 'carrier', 'outcome'];

/** A client's answer that says nothing about the order's fate: it may or may not have been placed. */
const interrupted = (outcome: string) =>
  /^(5\d\d|network|409 (order_in_progress|idempotency_request_in_progress))/.test(outcome);

describe('number orders while ordering is SIGKILLed at random points (real child process)', () => {
  let w: CrashWorld;
  const random = rng(SEED);
  const buyers: Buyer[] = [];
  const attempts: Attempt[] = [];
  let nextNumber = 0;

  const order = async (a: Attempt): Promise<void> => {
    a.waiting = true;
    const res = await w.gw
      .call('POST', '/v1/number-orders', { key: a.buyer.key, headers: { 'idempotency-key': a.key }, body: a.body })
      .catch(() => null);
    a.outcomes.push(res ? `${res.status} ${res.body?.code ?? res.body?.status ?? ''}`.trim() : 'network');
    a.waiting = false;
  };

  const reachedOrdering = (keys: string[]) =>
    waitFor(
      async () =>
        (await w.rows(`select 1 from ordering.number_orders where idempotency_key = any(?) limit 1`, [keys])).length >
        0,
      {
        timeoutMs: 5_000,
        intervalMs: 10,
        what: 'an order of the round in ordering',
      },
    ).catch(() => undefined);

  const topUp = async (who: Buyer, cents: number) => {
    const card = await w.gw.call('POST', '/v1/payment-methods', {
      key: who.key,
      body: { card_number: '4242424242424242', exp_month: 12, exp_year: 2099 },
    });
    expect(card.status).toBe(201);
    const res = await w.gw.call('POST', '/v1/balance/top-ups', {
      key: who.key,
      headers: { 'idempotency-key': randomUUID() },
      body: { amount_cents: cents, payment_method_id: card.body.id },
    });
    expect(res.status).toBe(201);
  };

  /** Every order in the middle of the saga now, with the step it is at. */
  const ordersMidSaga = () =>
    w.rows<{ id: string; phase: keyof KillPhases }>(
      `select o.id, case when coalesce(jsonb_array_length(c.numbers), 0) = 0 then 'claim' else 'charge' end as phase
       from ordering.number_orders o left join inventory.carrier_orders c on c.order_id = o.id where o.status = 'placing'
       union all
       select n.order_id, case when exists (
           select 1 from inventory.outbox_events e where e.type in ('number.activated', 'number.purchase_failed')
             and e.envelope->'data'->>'order_id' = n.order_id and e.envelope->'data'->>'phone_number' = n.e164) then 'outcome' else 'carrier' end
       from ordering.order_numbers n where n.status = 'pending'`,
    );

  /** Waits (a while at most) until some order is at `phase`, so the kill that follows lands there. */
  const aimAt = (phase: keyof KillPhases) =>
    waitFor(async () => (await ordersMidSaga()).some((o) => o.phase === phase), {
      timeoutMs: 8_000,
      intervalMs: 5,
      what: `an order at ${phase}`,
    }).catch(() => undefined);

  beforeAll(async () => {
    console.log(`crash test seed ${SEED} (CRASH_SEED=${SEED} replays it)`);
    w = await startCrashWorld({
      ordering: { ORDER_PLACING_TIMEOUT_MS: '1000', ORDER_RECONCILE_INTERVAL_MS: '200', RPC_TIMEOUT_MS: '3000' },
      // A quarter of the numbers fail at the carrier, so refunds run too.
      sandbox: { ACTIVATION_DELAY_MS: '100', FAILURE_RATE: '0.25', FEED_SEED: `crash-${SEED}` },
      gateway: { RPC_TIMEOUT_MS: '8000' },
    });
    await w.inventory.get(IngestService).ingestRows(NUMBERS.map(houstonRow));
    // Claims take a few milliseconds: without room on both sides of one, few kills would land there.
    const claims = w.inventory.get(ClaimsService);
    const claim = claims.claim.bind(claims);
    const pause = () => new Promise((r) => setTimeout(r, CLAIM_WINDOW_MS));
    claims.claim = async (request) => {
      await pause();
      const reply = await claim(request);
      await pause();
      return reply;
    };
    await w.ordering.start();

    // Every order costs 250 (setup 100 + 30 days 150) on each side it touches.
    const partner = { ...(await w.gw.newPartner('Rich Partner')), label: 'partner' };
    const poorPartner = { ...(await w.gw.newPartner('Poor Partner')), label: 'poor partner' };
    const selfBuyer = { ...(await w.gw.newPartner('Self Buyer')), label: 'self buyer' };
    const smallSelfBuyer = { ...(await w.gw.newPartner('Small Self Buyer')), label: 'small self buyer' };
    await topUp(partner, 1_000_000);
    await topUp(poorPartner, 600);
    await topUp(selfBuyer, 1_000_000);
    await topUp(smallSelfBuyer, 900);
    const tenant = async (p: Buyer, label: string, cents: number) => {
      const t = { ...(await w.gw.newTenant(p, label)), label };
      await topUp(t, cents);
      return t;
    };
    buyers.push(
      selfBuyer,
      smallSelfBuyer,
      await tenant(partner, 'tenant 1', 1_000_000),
      await tenant(partner, 'tenant 2', 1_000_000),
      // Its own wallet runs out after a few orders: tenant-side 402s.
      await tenant(partner, 'small tenant', 800),
      // Its partner's wallet runs out: partner-side 402s, the tenant's debit rolled back with it.
      await tenant(poorPartner, 'tenant of the poor partner', 1_000_000),
    );
  });

  afterAll(async () => {
    await w?.close();
  });

  it('every charge has its order and its numbers or their refunds, never one without the other', async () => {
    // Requests cut off by a kill are answered when the gateway's RPC timeout ends: rounds go on meanwhile.
    const inFlight: Promise<void>[] = [];
    let aimed = 0;
    const phases: KillPhases = { claim: new Set(), charge: new Set(), carrier: new Set(), outcome: new Set() };
    for (let round = 0; round < KILLS; round++) {
      const fresh: Attempt[] = Array.from({ length: NEW_ORDERS_PER_ROUND }, () => {
        const count = random() < 0.25 ? 2 : 1;
        const phone_numbers = NUMBERS.slice(nextNumber, nextNumber + count);
        nextNumber += count;
        return {
          buyer: buyers[Math.floor(random() * buyers.length)],
          key: randomUUID(),
          body: { country_code: 'US', number_type: 'local', phone_numbers },
          outcomes: [],
          waiting: false,
        };
      });
      // As a client would: some orders whose answer was lost are sent again with their key and body.
      const retries = attempts
        .filter((a) => !a.waiting && interrupted(a.outcomes[a.outcomes.length - 1] ?? '') && random() < 0.5)
        .slice(0, 3);
      attempts.push(...fresh);
      inFlight.push(...[...fresh, ...retries].map(order));
      // Two rounds in three aim the kill at one step of the saga in turn (claim, charge, carrier, outcome): a freshly
      // started process answers its first orders slowly, and kills at random times land mostly before the claim.
      // The third kills at a random time, counted from when the round's first order reaches ordering (mostly).
      if (round % 3 !== 2) {
        await aimAt(PHASES[aimed++ % PHASES.length]);
      } else {
        if (random() < 0.8) await reachedOrdering([...fresh, ...retries].map((a) => a.key));
        await new Promise((r) => setTimeout(r, random() * MAX_KILL_DELAY_MS));
      }
      await w.ordering.kill();
      for (const { id, phase } of await ordersMidSaga()) phases[phase].add(id);
      await w.ordering.start();
    }
    await Promise.all(inFlight);
    const roundsEnded = new Date();

    // Ordering stays up now: the clients retry some of what is still unanswered, then everything settles.
    const lastRetries = attempts.filter((a) => interrupted(a.outcomes[a.outcomes.length - 1]) && random() < 0.5);
    await Promise.all(lastRetries.map(order));
    // A consumer killed holding events gets them again after JetStream's ack wait (30 s).
    const unsettled = await settle(w, 120_000);
    expect(unsettled).toEqual([]);

    const outcomes = attempts.flatMap((a) => a.outcomes);
    const tally = outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
    const lastTally = lastRetries.reduce<Record<string, number>>(
      (t, a) => ({ ...t, [a.outcomes[a.outcomes.length - 1]]: (t[a.outcomes[a.outcomes.length - 1]] ?? 0) + 1 }),
      {},
    );
    const rows = await w.rows<{ status: string; code: string | null; n: number }>(
      `select status, rejection->>'code' as code, count(*)::int as n from ordering.number_orders group by 1, 2 order by 1, 2`,
    );
    // Charged during the kill rounds while its client heard only a timeout or a 503: the kill came between the charge and the answer.
    const cutOff = attempts.filter((a) => interrupted(a.outcomes[0])).map((a) => a.key);
    const [{ unanswered }] = await w.rows(
      `select count(*)::int as unanswered from ordering.number_orders where placed_at < ? and idempotency_key = any(?)`,
      [roundsEnded, cutOff],
    );
    console.log(
      `seed ${SEED}: ${w.ordering.kills} kills, ${attempts.length} orders, ${outcomes.length} requests ${JSON.stringify(tally)}; ` +
        `final retries with ordering up ${JSON.stringify(lastTally)}; order rows ${rows.map((r) => `${r.status}${r.code ? `/${r.code}` : ''} ${r.n}`).join(', ')}; ` +
        `${unanswered} orders charged during the kill rounds whose first request was cut off; kills caught orders ${Object.entries(
          phases,
        )
          .map(([phase, ids]) => `${phase} ${ids.size}`)
          .join(', ')}`,
    );
    expect(await invariantViolations(w)).toEqual([]);
    // What the run must have covered: kills inside every step of the saga (before the claim, between claim and charge,
    // while the carrier works, with outcomes not yet applied), charged orders, and both sides' 402s.
    expect(w.ordering.kills).toBe(KILLS);
    for (const [phase, ids] of Object.entries(phases)) expect([phase, ids.size > 0]).toEqual([phase, true]);
    expect(
      rows.filter((r) => ['pending', 'success', 'partial_success', 'failure'].includes(r.status)).length,
    ).toBeGreaterThan(0);
    expect(rows.some((r) => r.code === 'balance_insufficient')).toBe(true);
  });
});

/** Waits until nothing is left in between (no order placing, every rejected order's claims given back, no number pending, outboxes empty); returns what is still unsettled at the deadline. */
async function settle(w: CrashWorld, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [s] = await w.rows(
      `select (select count(*)::int from ordering.number_orders where status = 'placing') as placing,
              (select count(*)::int from ordering.number_orders where status = 'rejected' and claims_released_at is null) as unreleased,
              (select count(*)::int from ordering.order_numbers where status = 'pending') as pending_lines,
              (select count(*)::int from inventory.numbers where state = 'pending_purchase') as pending_numbers,
              (select count(*)::int from ordering.outbox_events where published_at is null) as ordering_outbox,
              (select count(*)::int from inventory.outbox_events where published_at is null) as inventory_outbox`,
    );
    if (Object.values(s).every((n) => n === 0)) return [];
    if (Date.now() > deadline) {
      const detail = await w.rows(
        `select o.id, o.status, o.rejection->>'code' as rejection, o.claims_released_at, o.updated_at, c.status as carrier_order, c.submit_attempts,
                (select string_agg(n.e164 || ':' || n.status, ' ') from ordering.order_numbers n where n.order_id = o.id) as lines,
                (select string_agg(i.e164 || ':' || i.state, ' ') from inventory.numbers i where i.purchase_order_id = o.id) as numbers
         from ordering.number_orders o left join inventory.carrier_orders c on c.order_id = o.id
         where o.status = 'placing' or (o.status = 'rejected' and o.claims_released_at is null) or exists (select 1 from ordering.order_numbers n where n.order_id = o.id and n.status = 'pending')
            or exists (select 1 from inventory.numbers i where i.purchase_order_id = o.id and i.state = 'pending_purchase') limit 10`,
      );
      return [
        `unsettled after ${timeoutMs} ms: ${JSON.stringify(s)}`,
        ...detail.map((d) => JSON.stringify(d)),
        `ordering output:\n${w.ordering.output()}`,
      ];
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Every broken money invariant, as one readable line each (empty when the books are right). */
async function invariantViolations(w: CrashWorld): Promise<string[]> {
  const found: string[] = [];
  const check = async (what: string, text: string) => {
    const rows = await w.rows(text);
    for (const r of rows.slice(0, 10)) found.push(`${what}: ${JSON.stringify(r)}`);
    if (rows.length > 10) found.push(`${what}: ... ${rows.length - 10} more`);
  };
  const PLACED = `('pending', 'success', 'partial_success', 'failure')`;

  await check(
    'order_charge without a placed order that has numbers',
    `select e.id, e.reference from ordering.ledger_entries e left join ordering.number_orders o on o.id = e.reference
     where e.kind = 'order_charge' and (o.id is null or o.status not in ${PLACED} or not exists (select 1 from ordering.order_numbers n where n.order_id = o.id))`,
  );
  await check(
    'placed order without its charges (buyer, and partner when it has one)',
    `select o.id, o.status, o.partner_id,
            (select count(*) from ordering.ledger_entries e join ordering.wallets wb on wb.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and wb.account_id = o.account_id) as buyer_entries,
            (select count(*) from ordering.ledger_entries e join ordering.wallets wp on wp.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and wp.account_id = o.partner_id) as partner_entries
     from ordering.number_orders o where o.status in ${PLACED}
       and ((select count(*) from ordering.ledger_entries e join ordering.wallets wb on wb.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and wb.account_id = o.account_id) <> 1
         or (o.partner_id is not null and (select count(*) from ordering.ledger_entries e join ordering.wallets wp on wp.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and wp.account_id = o.partner_id) <> 1))`,
  );
  await check(
    'order charged twice on one side',
    `select reference, wallet_id, count(*)::int as entries from ordering.ledger_entries where kind = 'order_charge' group by 1, 2 having count(*) > 1`,
  );
  await check(
    'charge amount differs from the order lines',
    `select o.id, o.total_charged_cents, o.partner_charged_cents, sum(n.setup_cents + case when n.is_trial then 0 else n.monthly_cents end) as lines_buyer,
            (select -sum(e.amount_cents) from ordering.ledger_entries e join ordering.wallets wb on wb.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and wb.account_id = o.account_id) as debited
     from ordering.number_orders o join ordering.order_numbers n on n.order_id = o.id where o.status in ${PLACED}
     group by o.id having sum(n.setup_cents + case when n.is_trial then 0 else n.monthly_cents end) <> o.total_charged_cents
        or (select -sum(e.amount_cents) from ordering.ledger_entries e join ordering.wallets wb on wb.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and wb.account_id = o.account_id) <> o.total_charged_cents`,
  );
  await check(
    'rejected or placing order with a ledger entry',
    `select o.id, o.status, e.kind, e.amount_cents from ordering.number_orders o join ordering.ledger_entries e on e.reference = o.id where o.status in ('placing', 'rejected')`,
  );
  await check(
    'failed number without exactly its refund on each charged side',
    `select n.order_id, n.e164, o.partner_id,
            (select count(*) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key = 'refund:' || n.order_id || ':' || n.e164 and e.amount_cents = n.setup_cents + case when n.is_trial then 0 else n.monthly_cents end) as buyer_refunds,
            (select count(*) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key = 'refund:' || n.order_id || ':' || n.e164 || ':partner') as partner_refunds
     from ordering.order_numbers n join ordering.number_orders o on o.id = n.order_id where n.status = 'failure'
       and ((select count(*) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key = 'refund:' || n.order_id || ':' || n.e164 and e.amount_cents = n.setup_cents + case when n.is_trial then 0 else n.monthly_cents end) <> 1
         or (select count(*) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key = 'refund:' || n.order_id || ':' || n.e164 || ':partner') <> case when o.partner_id is not null and n.partner_setup_cents + n.partner_monthly_cents > 0 then 1 else 0 end)`,
  );
  await check(
    'refund for a number that did not fail',
    `select e.id, e.idempotency_key from ordering.ledger_entries e where e.kind = 'refund'
       and not exists (select 1 from ordering.order_numbers n where n.status = 'failure' and e.idempotency_key in ('refund:' || n.order_id || ':' || n.e164, 'refund:' || n.order_id || ':' || n.e164 || ':partner'))`,
  );
  await check(
    'wallet balance differs from the sum of its entries',
    `select w.account_id, w.balance_cents, coalesce(sum(e.amount_cents), 0) as entries from ordering.wallets w left join ordering.ledger_entries e on e.wallet_id = w.id group by w.id having w.balance_cents <> coalesce(sum(e.amount_cents), 0)`,
  );
  await check(
    'running balance broken or negative',
    `select wallet_id, sequence, balance_after_cents, running from (
       select wallet_id, sequence, balance_after_cents, sum(amount_cents) over (partition by wallet_id order by sequence) as running from ordering.ledger_entries) x
     where balance_after_cents <> running or running < 0`,
  );
  await check(
    'number held or active in inventory for an order ordering never charged (or without its order line)',
    `select i.e164, i.state, i.purchase_order_id from inventory.numbers i left join ordering.number_orders o on o.id = i.purchase_order_id
     where i.state in ('pending_purchase', 'active') and i.purchase_order_id is not null
       and (o.id is null or o.status not in ${PLACED} or not exists (select 1 from ordering.order_numbers n where n.order_id = o.id and n.e164 = i.e164 and n.number_id = i.number_id))`,
  );
  await check(
    'active number whose order line is not success, or successful line whose number is not active for it',
    `select n.order_id, n.e164, n.status, i.state, i.purchase_order_id from ordering.order_numbers n join inventory.numbers i on i.e164 = n.e164
     where (n.status = 'success') <> (i.state = 'active' and i.purchase_order_id = n.order_id and i.number_id = n.number_id)`,
  );
  return found;
}
