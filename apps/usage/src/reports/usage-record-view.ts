import type { Currency, UsageCaller, UsageDirection, UsageRecordKind, UsageRecordView } from '@did/contracts';
import { ticksToCentsDecimal } from '../rating/cost';

/** The columns a record view reads (timestamps as the driver returns them: text). */
export interface UsageRecordRow {
  record_id: string;
  kind: UsageRecordKind;
  e164: string;
  account_id: string;
  partner_id: string | null;
  currency: Currency;
  direction: UsageDirection;
  from_number: string;
  to_number: string;
  started_at: string;
  answered_at: string | null;
  ended_at: string | null;
  billable_seconds: number;
  billed_seconds: number;
  parts: number | null;
  connection_id: string | null;
  hangup_cause: string | null;
  cost_ticks: string;
  partner_cost_ticks: string | null;
  charge_id: string;
  partner_charge_id: string | null;
}

export const USAGE_RECORD_COLUMNS =
  'record_id, kind, e164, account_id, partner_id, currency, direction, from_number, to_number, started_at, answered_at, ended_at, billable_seconds, billed_seconds, parts, connection_id, hangup_cause, cost_ticks::text as cost_ticks, partner_cost_ticks::text as partner_cost_ticks, charge_id, partner_charge_id';

const iso = (value: string) => new Date(value).toISOString();
const isoOrNull = (value: string | null) => (value === null ? null : iso(value));

/**
 * A record as the caller sees it: the payer's exact cost; the platform's cost to the partner only
 * when the caller is that partner (a tenant never sees what its partner pays).
 */
export function presentUsageRecord(row: UsageRecordRow, caller: UsageCaller): UsageRecordView {
  const asPartner = caller.is_partner && row.partner_id === caller.account_id;
  return {
    id: row.record_id,
    record_type: 'usage_record',
    kind: row.kind,
    phone_number: row.e164,
    account_id: row.account_id,
    direction: row.direction,
    from: row.from_number,
    to: row.to_number,
    started_at: iso(row.started_at),
    answered_at: isoOrNull(row.answered_at),
    ended_at: isoOrNull(row.ended_at),
    billable_seconds: row.billable_seconds,
    billed_seconds: row.billed_seconds,
    parts: row.parts,
    hangup_cause: row.hangup_cause,
    connection_id: row.connection_id,
    currency: row.currency,
    cost_cents_decimal: ticksToCentsDecimal(BigInt(row.cost_ticks)),
    charge_id: row.charge_id,
    partner_cost_cents_decimal:
      asPartner && row.partner_cost_ticks !== null ? ticksToCentsDecimal(BigInt(row.partner_cost_ticks)) : null,
    partner_charge_id: asPartner ? row.partner_charge_id : null,
  };
}
