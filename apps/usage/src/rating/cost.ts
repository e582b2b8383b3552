import { UsageDirection, UsageRates, UsageRecordKind, UsageRecordV1 } from '@did/contracts';

/**
 * Costs are counted in ticks: 1/60 of a micro-unit, i.e. 1/60,000,000 of a minor unit. A rate in
 * micro-units per minute times a whole number of seconds is then an integer, so every record's cost
 * is exact and sums never drift; wallets are charged whole minor units and the remainder is carried.
 */
export const TICKS_PER_MINOR_UNIT = 60_000_000n;
const TICKS_PER_MICRO = 60n;

/** Seconds a call is billed for: nothing if unanswered, else the initial block, then whole increments. */
export function billedSeconds(billable: number, initial: number, increment: number): number {
  if (billable <= 0) return 0;
  if (billable <= initial) return initial;
  return initial + Math.ceil((billable - initial) / increment) * increment;
}

/** What one record costs at `rates`, in ticks, and the seconds billed (0 for a message). */
export interface RecordCost {
  ticks: bigint;
  billedSeconds: number;
}

/**
 * The exact cost of a record: an answered call pays its connect fee and its billed minutes at the
 * direction's rate; any call whose caller name was looked up pays the dip; a message pays per part.
 * A 911 call costs nothing, whatever the rates say.
 */
export function recordCost(record: UsageRecordV1, rates: UsageRates): RecordCost {
  if (record.kind === UsageRecordKind.Message) {
    const perPart =
      record.direction === UsageDirection.Inbound ? rates.message_inbound_micros : rates.message_outbound_micros;
    return { ticks: BigInt(perPart) * BigInt(record.parts) * TICKS_PER_MICRO, billedSeconds: 0 };
  }
  if (record.emergency) return { ticks: 0n, billedSeconds: 0 };
  const answered = record.answered_at !== null && record.billable_seconds > 0;
  const billed = answered
    ? billedSeconds(record.billable_seconds, rates.billing_initial_seconds, rates.billing_increment_seconds)
    : 0;
  const perMinute =
    record.direction === UsageDirection.Inbound ? rates.inbound_per_minute_micros : rates.outbound_per_minute_micros;
  let ticks = BigInt(perMinute) * BigInt(billed);
  if (answered) ticks += BigInt(rates.connect_fee_micros) * TICKS_PER_MICRO;
  if (record.cnam_lookup) ticks += BigInt(rates.cnam_lookup_micros) * TICKS_PER_MICRO;
  return { ticks, billedSeconds: billed };
}

/**
 * Carrying the remainder: an account has accrued `accruedTicks` in all and been charged
 * `chargedCents`; after `addTicks` more, it is charged whatever whole minor units the new total
 * passes. Over any run of batches the charges equal the exact total rounded down, never off by a cent.
 */
export function chargeAfter(
  accruedTicks: bigint,
  chargedCents: bigint,
  addTicks: bigint,
): { accruedTicks: bigint; chargeCents: bigint } {
  const total = accruedTicks + addTicks;
  return { accruedTicks: total, chargeCents: total / TICKS_PER_MINOR_UNIT - chargedCents };
}

/** Ticks as a decimal string of minor units, six places (display only: sums use ticks). */
export function ticksToCentsDecimal(ticks: bigint): string {
  const microsTimes60 = ticks; // ticks = micros * 60
  const micros = (microsTimes60 + 30n) / 60n; // half-up to the micro-unit
  const whole = micros / 1_000_000n;
  const fraction = (micros % 1_000_000n).toString().padStart(6, '0');
  return `${whole}.${fraction}`;
}
