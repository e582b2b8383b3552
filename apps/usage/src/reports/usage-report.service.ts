import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Currency, UsageReport, UsageReportGroup, UsageReportRequest } from '@did/contracts';
import { sql, USAGE_RECORDS } from '../db/sql';
import { ticksToCentsDecimal } from '../rating/cost';
import { filterCondition, visibleBranches } from './usage-scope';

/** The grouping key of each report row. WARNING: `day` is the UTC calendar day the usage started on. */
const GROUP_KEY: Record<UsageReportGroup, string> = {
  day: `to_char(started_at at time zone 'UTC', 'YYYY-MM-DD')`,
  phone_number: 'e164',
  tenant: 'account_id',
  kind: 'kind',
};

interface TotalsRow {
  is_total: boolean;
  key: string | null;
  currency: Currency | null;
  calls: string;
  messages: string;
  message_parts: string;
  billed_seconds: string;
  cost_ticks: string;
}

/** `billed_seconds / 60` to two decimals, half up, exact. */
export function minutesDecimal(billedSeconds: bigint): string {
  const hundredths = (billedSeconds * 100n + 30n) / 60n;
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/**
 * Usage summed per day, number, payer or kind, and in total, in one set-based statement (grouping
 * sets): the totals are the sums of the same rows, and costs are summed in ticks before they are
 * rendered, so the report equals the records to the sub-cent digit.
 */
@Injectable()
export class UsageReportService {
  constructor(private readonly em: EntityManager) {}

  async report({ caller, query }: UsageReportRequest): Promise<UsageReport> {
    const branches = visibleBranches(caller, query.tenant_id);
    const filters = filterCondition(caller, query);
    const rows = await sql<TotalsRow>(
      this.em.fork(),
      `select grouping(key) = 1 as is_total, key, min(currency) as currency,
         count(*) filter (where kind = 'call')::text as calls, count(*) filter (where kind = 'message')::text as messages,
         coalesce(sum(parts) filter (where kind = 'message'), 0)::text as message_parts,
         coalesce(sum(billed_seconds), 0)::text as billed_seconds, coalesce(sum(cost_ticks), 0)::text as cost_ticks
       from (select ${GROUP_KEY[query.group_by]} as key, kind, currency, parts, billed_seconds, cost_ticks from ${USAGE_RECORDS}
             where (${branches.map((b) => `(${b.text})`).join(' or ')}) and ${filters.text}) as visible
       group by grouping sets ((key), ())
       order by is_total, key`,
      [...branches.flatMap((b) => b.params), ...filters.params],
    );
    const total = rows.find((r) => r.is_total);
    return {
      record_type: 'usage_report',
      group_by: query.group_by,
      currency: total?.currency ?? null,
      data: rows.filter((r) => !r.is_total).map((r) => ({ key: r.key ?? '', ...totalsOf(r) })),
      totals: total
        ? totalsOf(total)
        : totalsOf({ calls: '0', messages: '0', message_parts: '0', billed_seconds: '0', cost_ticks: '0' }),
    };
  }
}

function totalsOf(row: Pick<TotalsRow, 'calls' | 'messages' | 'message_parts' | 'billed_seconds' | 'cost_ticks'>) {
  const billed = BigInt(row.billed_seconds);
  return {
    calls: Number(row.calls),
    messages: Number(row.messages),
    message_parts: Number(row.message_parts),
    billed_seconds: Number(billed),
    minutes_decimal: minutesDecimal(billed),
    cost_cents_decimal: ticksToCentsDecimal(BigInt(row.cost_ticks)),
  };
}
