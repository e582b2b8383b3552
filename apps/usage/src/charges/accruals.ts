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
 * Adds each charge's new usage to its exact accrual (per account, and per tenant for a partner's
 * platform-price share) and returns the whole minor units that passes. The rows are created first (a
 * concurrent first batch waits on the insert) and then locked in key order, so two replicas never
 * lose an accrual or wait on each other in a circle.
 */
export async function accrue(em: EntityManager, usages: readonly AccountUsage[], now: Date): Promise<AccountCharge[]> {
  if (!usages.length) return [];
  const accounts = usages.map((u) => u.accountId);
  const behalf = usages.map((u) => u.onBehalfOf ?? '');
  await sql(
    em,
    `insert into ${USAGE_ACCRUALS} (account_id, on_behalf_of, currency, accrued_ticks, charged_cents, updated_at)
     select account_id, on_behalf_of, currency, 0, 0, ? from unnest(?::text[], ?::text[], ?::text[]) as a(account_id, on_behalf_of, currency)
     order by account_id, on_behalf_of on conflict (account_id, on_behalf_of) do nothing`,
    [now, accounts, behalf, usages.map((u) => u.currency)],
  );
  const rows = await sql<{ account_id: string; on_behalf_of: string; accrued_ticks: string; charged_cents: string }>(
    em,
    `select a.account_id, a.on_behalf_of, a.accrued_ticks::text, a.charged_cents::text from ${USAGE_ACCRUALS} a
     join unnest(?::text[], ?::text[]) as k(account_id, on_behalf_of) using (account_id, on_behalf_of)
     order by a.account_id, a.on_behalf_of for update of a`,
    [accounts, behalf],
  );
  const current = new Map(rows.map((r) => [`${r.account_id}|${r.on_behalf_of}`, r]));
  const charges: AccountCharge[] = [];
  const next: { id: string; behalf: string; accrued: string; charged: string }[] = [];
  for (const usage of usages) {
    const row = current.get(`${usage.accountId}|${usage.onBehalfOf ?? ''}`);
    if (!row) throw new Error(`accrual of ${usage.accountId} missing after its insert`);
    const charged = BigInt(row.charged_cents);
    const after = chargeAfter(BigInt(row.accrued_ticks), charged, usage.ticks);
    charges.push({ usage, amountCents: after.chargeCents });
    next.push({
      id: usage.accountId,
      behalf: usage.onBehalfOf ?? '',
      accrued: after.accruedTicks.toString(),
      charged: (charged + after.chargeCents).toString(),
    });
  }
  await sql(
    em,
    `update ${USAGE_ACCRUALS} a set accrued_ticks = n.accrued, charged_cents = n.charged, updated_at = ?
     from unnest(?::text[], ?::text[], ?::numeric[], ?::bigint[]) as n(id, behalf, accrued, charged) where a.account_id = n.id and a.on_behalf_of = n.behalf`,
    [now, next.map((n) => n.id), next.map((n) => n.behalf), next.map((n) => n.accrued), next.map((n) => n.charged)],
  );
  return charges;
}
