import type { Sent } from '../burst';
import { asProblems, CheckResult, Query } from './check';
import { tally } from './orders';

/**
 * Every wallet's balance is the sum of its ledger, entry by entry; every top-up is one succeeded payment
 * with one top_up credit and one charge at the card processor; no payment is left pending.
 */
export async function checkLedgers(q: Query, sent: Sent[]): Promise<CheckResult> {
  const topUps = sent.filter((s) => s.kind === 'top_up');
  const problems: string[] = [];
  const add = async (what: string, text: string, params: unknown[] = []) =>
    problems.push(...asProblems(what, await q(text, params)));

  await add(
    'wallet balance differs from the sum of its entries',
    `select w.account_id, w.balance_cents, coalesce(sum(e.amount_cents), 0) as entries from ordering.wallets w left join ordering.ledger_entries e on e.wallet_id = w.id
     group by w.id having w.balance_cents <> coalesce(sum(e.amount_cents), 0)`,
  );
  await add(
    'running balance broken',
    `select wallet_id, sequence, balance_after_cents, running from (
       select wallet_id, sequence, balance_after_cents, sum(amount_cents) over (partition by wallet_id order by sequence) as running from ordering.ledger_entries) x
     where balance_after_cents <> running`,
  );
  await add(
    'payment left pending',
    `select id, account_id, created_at from ordering.payments where status = 'pending'`,
  );
  await add(
    'top-up key not exactly one payment',
    `select k as idempotency_key, (select count(*) from ordering.payments p where p.idempotency_key = k)::int as payments from unnest($1::text[]) k
     where (select count(*) from ordering.payments p where p.idempotency_key = k) > 1`,
    [topUps.map((t) => t.key)],
  );
  await add(
    'succeeded payment without exactly one top_up credit of its amount',
    `select p.id, p.amount_cents, (select count(*) from ordering.ledger_entries e where e.kind = 'top_up' and e.reference = p.id and e.amount_cents = p.amount_cents)::int as credits
     from ordering.payments p where p.status = 'succeeded' and (select count(*) from ordering.ledger_entries e where e.kind = 'top_up' and e.reference = p.id) <> 1`,
  );
  await add(
    'top_up credit without a succeeded payment',
    `select e.id, e.reference from ordering.ledger_entries e left join ordering.payments p on p.id = e.reference where e.kind = 'top_up' and p.status is distinct from 'succeeded'`,
  );
  await add(
    'payment charged at the processor other than once',
    `select p.id, p.status, (select count(*) from ordering.sandbox_processor_charges c where c.idempotency_key = p.id)::int as charges from ordering.payments p
     where (select count(*) from ordering.sandbox_processor_charges c where c.idempotency_key = p.id) > 1
        or (p.status = 'succeeded' and not exists (select 1 from ordering.sandbox_processor_charges c where c.idempotency_key = p.id))`,
  );
  for (const t of topUps.filter((t) => !t.answered))
    problems.push(`top-up key ${t.key}: the client never got an answer (${t.statuses.join(',')})`);
  for (const t of topUps.filter((t) => t.id)) {
    const [row] = await q(`select status from ordering.payments where id = $1`, [t.id]);
    if (row?.status !== 'succeeded')
      problems.push(
        `top-up ${t.id} answered ${t.statuses.join(',')} to the client is ${row?.status ?? 'missing'} in ordering`,
      );
  }

  const [figures] = await q<{ wallets: number; entries: number; kinds: string; payments: string }>(
    `select (select count(*)::int from ordering.wallets) as wallets, (select count(*)::int from ordering.ledger_entries) as entries,
            (select string_agg(kind || ' ' || c, ', ') from (select kind, count(*) as c from ordering.ledger_entries group by 1 order by 1) k) as kinds,
            (select string_agg(status || ' ' || c, ', ') from (select status, count(*) as c from ordering.payments group by 1 order by 1) p) as payments`,
  );
  return {
    name: 'every ledger sums to its balance, every top-up credited once',
    figures: `${topUps.length} top-ups sent (client saw ${tally(topUps.map((t) => t.statuses.join('>')))}); payments: ${figures.payments}; ${figures.wallets} wallets, ${figures.entries} entries (${figures.kinds})`,
    problems,
  };
}
