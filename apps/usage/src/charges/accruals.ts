import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, USAGE_ACCRUALS } from '../db/sql';
import { AccountUsage } from '../rating/rate-batch';
import { chargeAfter } from '../rating/cost';

/** What an account is charged now for its batch usage, after carrying its earlier remainder. */
export interface AccountCharge {
  usage: AccountUsage;
  amountCents: bigint;
}

/**
 * Adds each account's new usage to its exact accrual and returns the whole minor units that passes.
 * The rows are created first (a concurrent first batch waits on the insert) and then locked in
 * account order, so two replicas never lose an accrual or wait on each other in a circle.
 */
export async function accrue(em: EntityManager, usages: readonly AccountUsage[], now: Date): Promise<AccountCharge[]> {
  if (!usages.length) return [];
  const ids = usages.map((u) => u.accountId);
  await sql(
    em,
    `insert into ${USAGE_ACCRUALS} (account_id, currency, accrued_ticks, charged_cents, updated_at)
     select account_id, currency, 0, 0, ? from unnest(?::text[], ?::text[]) as a(account_id, currency) order by account_id on conflict (account_id) do nothing`,
    [now, ids, usages.map((u) => u.currency)],
  );
  const rows = await sql<{ account_id: string; accrued_ticks: string; charged_cents: string }>(
    em,
    `select account_id, accrued_ticks::text, charged_cents::text from ${USAGE_ACCRUALS} where account_id = any(?) order by account_id for update`,
    [ids],
  );
  const current = new Map(rows.map((r) => [r.account_id, r]));
  const charges: AccountCharge[] = [];
  const next: { id: string; accrued: string; charged: string }[] = [];
  for (const usage of usages) {
    const row = current.get(usage.accountId)!;
    const charged = BigInt(row.charged_cents);
    const after = chargeAfter(BigInt(row.accrued_ticks), charged, usage.ticks);
    charges.push({ usage, amountCents: after.chargeCents });
    next.push({ id: usage.accountId, accrued: after.accruedTicks.toString(), charged: (charged + after.chargeCents).toString() });
  }
  await sql(
    em,
    `update ${USAGE_ACCRUALS} a set accrued_ticks = n.accrued, charged_cents = n.charged, updated_at = ?
     from unnest(?::text[], ?::numeric[], ?::bigint[]) as n(id, accrued, charged) where a.account_id = n.id`,
    [now, next.map((n) => n.id), next.map((n) => n.accrued), next.map((n) => n.charged)],
  );
  return charges;
}
