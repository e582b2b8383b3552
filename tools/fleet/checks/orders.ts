import type { Sent } from '../burst';
import { asProblems, CheckResult, Query } from './check';

const PLACED = `('pending', 'success', 'partial_success', 'failure')`;
/** Exactly one order_charge on the buyer's wallet and, for a tenant's order, one on its partner's. */
const CHARGES_OF = (side: 'account_id' | 'partner_id') =>
  `(select count(*) from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and w.account_id = o.${side})`;
const LINE_PRICE = `n.setup_cents + case when n.is_trial then 0 else n.monthly_cents end`;
const REFUNDS_OF = (suffix: string, extra = '') =>
  `(select count(*) from ordering.ledger_entries e where e.kind = 'refund' and e.idempotency_key = 'refund:' || n.order_id || ':' || n.e164 || '${suffix}'${extra})`;

/**
 * Every order is charged once (on each side it touches) and each of its numbers ended active in
 * inventory or refunded; none is left half-way; each order a client was told about exists once.
 */
export async function checkOrders(q: Query, sent: Sent[]): Promise<CheckResult> {
  const orders = sent.filter((s) => s.kind === 'order');
  const problems: string[] = [];
  const add = async (what: string, text: string, params: unknown[] = []) =>
    problems.push(...asProblems(what, await q(text, params)));

  const byKey = await q<{ key: string; n: number; ids: string[] }>(
    `select idempotency_key as key, count(*)::int as n, array_agg(id) as ids from ordering.number_orders where idempotency_key = any($1) group by 1`,
    [orders.map((o) => o.key)],
  );
  const rowsOf = new Map(byKey.map((r) => [r.key, r]));
  for (const o of orders) {
    const row = rowsOf.get(o.key);
    if (row && row.n > 1) problems.push(`order key ${o.key} made ${row.n} orders`);
    if (o.id && !row?.ids.includes(o.id))
      problems.push(`order ${o.id} answered ${o.statuses.join(',')} to the client is not in ordering`);
    if (!o.answered) problems.push(`order key ${o.key}: the client never got an answer (${o.statuses.join(',')})`);
  }
  await add(
    'order left placing or with a pending number',
    `select o.id, o.status from ordering.number_orders o where o.status = 'placing' or exists (select 1 from ordering.order_numbers n where n.order_id = o.id and n.status = 'pending')`,
  );
  await add(
    'placed order not charged exactly once on each side',
    `select o.id, o.status, ${CHARGES_OF('account_id')} as buyer, ${CHARGES_OF('partner_id')} as partner from ordering.number_orders o
     where o.status in ${PLACED} and (${CHARGES_OF('account_id')} <> 1 or (o.partner_id is not null and ${CHARGES_OF('partner_id')} <> 1))`,
  );
  await add(
    'charge of an order that was not placed',
    `select e.id, e.reference from ordering.ledger_entries e left join ordering.number_orders o on o.id = e.reference where e.kind = 'order_charge' and (o.id is null or o.status not in ${PLACED})`,
  );
  await add(
    'buyer charged other than the order lines',
    `select o.id, o.total_charged_cents, sum(${LINE_PRICE}) as lines from ordering.number_orders o join ordering.order_numbers n on n.order_id = o.id
     where o.status in ${PLACED} group by o.id having sum(${LINE_PRICE}) <> o.total_charged_cents
        or o.total_charged_cents <> (select -sum(e.amount_cents) from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where e.kind = 'order_charge' and e.reference = o.id and w.account_id = o.account_id)`,
  );
  await add(
    'number sold but not active in inventory for its order',
    `select n.order_id, n.e164, i.state, i.purchase_order_id from ordering.order_numbers n left join inventory.numbers i on i.e164 = n.e164
     where n.status = 'success' and (i.state is distinct from 'active' or i.purchase_order_id is distinct from n.order_id)`,
  );
  await add(
    'failed number not refunded exactly once on each charged side',
    `select n.order_id, n.e164, ${REFUNDS_OF('', ` and e.amount_cents = ${LINE_PRICE}`)} as buyer, ${REFUNDS_OF(':partner')} as partner
     from ordering.order_numbers n join ordering.number_orders o on o.id = n.order_id where n.status = 'failure'
       and (${REFUNDS_OF('', ` and e.amount_cents = ${LINE_PRICE}`)} <> 1
         or ${REFUNDS_OF(':partner')} <> case when o.partner_id is not null and n.partner_setup_cents + n.partner_monthly_cents > 0 then 1 else 0 end)`,
  );
  await add(
    'refund of a number that did not fail',
    `select e.id, e.idempotency_key from ordering.ledger_entries e where e.kind = 'refund'
       and not exists (select 1 from ordering.order_numbers n where n.status = 'failure' and e.idempotency_key in ('refund:' || n.order_id || ':' || n.e164, 'refund:' || n.order_id || ':' || n.e164 || ':partner'))`,
  );
  await add(
    'number held in inventory for an order that does not have it',
    `select i.e164, i.state, i.purchase_order_id from inventory.numbers i left join ordering.order_numbers n on n.order_id = i.purchase_order_id and n.e164 = i.e164
     where i.state in ('pending_purchase', 'active') and i.purchase_order_id is not null and (n.order_id is null or n.status = 'failure')`,
  );

  const [lines] = await q<{ active: number; refunded: number; orders: string }>(
    `select count(*) filter (where n.status = 'success')::int as active, count(*) filter (where n.status = 'failure')::int as refunded,
            (select string_agg(s || ' ' || c, ', ') from (select status || coalesce('/' || (rejection->>'code'), '') as s, count(*) as c from ordering.number_orders group by 1 order by 1) s) as orders
     from ordering.order_numbers n`,
  );
  const answered = tally(orders.map((o) => o.statuses.join('>')));
  const figures = `${orders.length} orders sent (client saw ${answered}); order rows: ${lines.orders ?? 'none'}; numbers active ${lines.active}, failed and refunded ${lines.refunded}`;
  return { name: 'every order charged once, its numbers active or refunded', figures, problems };
}

/** `{"201": 30, "503>201": 2}`: how often each sequence of statuses was seen. */
export function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} x${n}`).join(', ');
}
