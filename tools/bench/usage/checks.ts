import type { Pool } from 'pg';
import { PARTNERS, TENANTS_PER_PARTNER } from './bench-world';

const TICKS_PER_MINOR_UNIT = 60_000_000n;

/** What the measured run left in the database, checked against itself and the baseline. */
export interface UsageChecks {
  problems: string[];
  rows: number;
  held: number;
  accruals: number;
  totalTicks: bigint;
  totalCents: bigint;
  accounts: number;
  floorExact: number;
  charges: { n: string; outbox: string };
}

/**
 * N rated rows, none held; per accrual key (account, and the tenant a partner's platform-price share
 * is for when the service keys it so): accrued = its rows' costs = the baseline's; charged =
 * floor(accrued / 60,000,000) = its usage_charges = its usage.rated events.
 */
export async function checkUsage(
  pool: Pool,
  records: number,
  payers: number,
  perTenant: boolean,
): Promise<UsageChecks> {
  const count = async (text: string) => Number((await pool.query<{ n: string }>(text)).rows[0].n);
  const problems: string[] = [];
  const rows = await count('select count(*) as n from usage.usage_records');
  if (rows !== records) problems.push(`${rows} rated rows, not ${records}`);
  const held = await count('select count(*) as n from usage.held_records');
  if (held) problems.push(`${held} records held`);
  // Per accrual key (account, and the tenant a partner's platform-price share is for when the service keys it so):
  // accrued = its rows' costs = the baseline's; charged = floor(accrued / 60,000,000) = its usage_charges = its usage.rated events.
  const behalfOfPartnerSide = perTenant ? 'account_id' : "''";
  const keys = (
    await pool.query<{
      account_id: string;
      behalf: string;
      accrued: string | null;
      charged: string | null;
      cost: string;
      charges: string;
      rated_events: string;
      base_accrued: string | null;
      base_charged: string | null;
    }>(`
      with costs as (
        select account_id, ''::text as behalf, cost_ticks as ticks from usage.usage_records
        union all select partner_id, ${behalfOfPartnerSide}, partner_cost_ticks from usage.usage_records where partner_id is not null and partner_cost_ticks is not null
      ), cost as (select account_id, behalf, sum(ticks) as ticks from costs group by 1, 2),
      charges as (select account_id, ${perTenant ? "coalesce(on_behalf_of, '')" : "''"} as behalf, sum(amount_cents) as cents from usage.usage_charges group by 1, 2),
      rated as (select envelope->'data'->>'account_id' as account_id, coalesce(envelope->'data'->>'tenant_account_id', '') as behalf, sum((envelope->'data'->>'amount_cents')::bigint) as cents
                from usage.outbox_events where type = 'usage.rated' group by 1, 2),
      accruals as (select account_id, ${perTenant ? 'on_behalf_of' : "''"} as behalf, accrued_ticks, charged_cents from usage.usage_accruals),
      base as (select account_id, on_behalf_of as behalf, accrued_ticks, charged_cents from bench_base.accruals)
      select account_id, behalf, a.accrued_ticks::text as accrued, a.charged_cents::text as charged, coalesce(cost.ticks, 0)::text as cost, coalesce(charges.cents, 0)::text as charges,
             coalesce(rated.cents, 0)::text as rated_events, b.accrued_ticks::text as base_accrued, b.charged_cents::text as base_charged
      from accruals a left join cost using (account_id, behalf) left join charges using (account_id, behalf) left join rated using (account_id, behalf)
      full join base b using (account_id, behalf) order by 1, 2`)
  ).rows;
  let totalTicks = 0n;
  let totalCents = 0n;
  const byAccount = new Map<string, { ticks: bigint; cents: bigint }>();
  for (const a of keys) {
    const key = a.behalf ? `${a.account_id} for ${a.behalf}` : a.account_id;
    if (a.accrued === null || a.charged === null) {
      problems.push(`${key}: in the baseline, no accrual in usage`);
      continue;
    }
    const accrued = BigInt(a.accrued);
    const expected = accrued / TICKS_PER_MINOR_UNIT;
    totalTicks += accrued;
    totalCents += BigInt(a.charged);
    const account = byAccount.get(a.account_id) ?? { ticks: 0n, cents: 0n };
    byAccount.set(a.account_id, { ticks: account.ticks + accrued, cents: account.cents + BigInt(a.charged) });
    if (BigInt(a.cost) !== accrued) problems.push(`${key}: accrued ${a.accrued} ticks, its rated rows cost ${a.cost}`);
    else if (BigInt(a.charged) !== expected)
      problems.push(`${key}: charged ${a.charged} cents, floor(accrued / 60,000,000) = ${expected}`);
    else if (BigInt(a.charges) !== expected)
      problems.push(`${key}: usage_charges sum to ${a.charges} cents, expected ${expected}`);
    else if (BigInt(a.rated_events) !== expected)
      problems.push(`${key}: usage.rated events sum to ${a.rated_events} cents, expected ${expected}`);
    else if (a.base_accrued !== a.accrued || a.base_charged !== a.charged)
      problems.push(
        `${key}: baseline accrued ${a.base_accrued} / charged ${a.base_charged}, usage ${a.accrued} / ${a.charged}`,
      );
  }
  const tenants = PARTNERS * TENANTS_PER_PARTNER;
  const expectedKeys = payers + (perTenant ? tenants : 0);
  if (keys.length !== expectedKeys) problems.push(`${keys.length} accruals, not ${expectedKeys}`);
  // Per account: charged = floor(total cost / 60,000,000). Exact with one accrual per account; with per-tenant
  // accruals a partner may be charged up to a cent less per tenant (each remainder is carried on its own).
  const floorExact = [...byAccount.values()].filter((a) => a.cents === a.ticks / TICKS_PER_MINOR_UNIT).length;
  if (!perTenant && floorExact !== byAccount.size)
    problems.push(`${byAccount.size - floorExact} accounts not charged floor(total cost / 60,000,000)`);
  const [charges] = (
    await pool.query<{ n: string; outbox: string }>(
      `select (select count(*) from usage.usage_charges) as n, (select count(*) from usage.outbox_events where type = 'usage.rated') as outbox`,
    )
  ).rows;
  return {
    problems,
    rows,
    held,
    accruals: keys.length,
    totalTicks,
    totalCents,
    accounts: byAccount.size,
    floorExact,
    charges,
  };
}
