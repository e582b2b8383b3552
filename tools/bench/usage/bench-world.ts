import type { CallRecordV1, UsageRates } from '@did/contracts';

/** The bench's world: 300 numbers over 50 accounts, and call record i, the same for the service and the baseline. */
export const PARTNERS = 5;
export const TENANTS_PER_PARTNER = 5;
export const DIRECT = 20;
export const NUMBERS = 300;
const RECORD_BASE_MS = Date.parse('2026-03-01T00:00:00.000Z');

export interface BenchAccount {
  id: string;
  partnerId: string | null;
  currency: 'USD' | 'GBP';
}

export interface BenchNumber {
  id: string;
  e164: string;
  payer: BenchAccount;
  rates: UsageRates;
  partnerRates: UsageRates | null;
}

/** 5 partners, 25 tenants under them, 20 direct accounts (the last 5 in GBP). */
export function accounts(): BenchAccount[] {
  const list: BenchAccount[] = [];
  for (let p = 0; p < PARTNERS; p++) list.push({ id: `acc_bench_p${p}`, partnerId: null, currency: 'USD' });
  for (let t = 0; t < PARTNERS * TENANTS_PER_PARTNER; t++)
    list.push({
      id: `acc_bench_t${String(t).padStart(2, '0')}`,
      partnerId: `acc_bench_p${t % PARTNERS}`,
      currency: 'USD',
    });
  for (let d = 0; d < DIRECT; d++)
    list.push({
      id: `acc_bench_d${String(d).padStart(2, '0')}`,
      partnerId: null,
      currency: d >= DIRECT - 5 ? 'GBP' : 'USD',
    });
  return list;
}

const BILLING: [number, number][] = [
  [60, 1],
  [60, 60],
  [6, 6],
  [1, 1],
  [30, 6],
];

/** Varied rates per number (fees, increments); a tenant's number has platform rates for its partner too. */
export function numbers(payers: BenchAccount[]): BenchNumber[] {
  return Array.from({ length: NUMBERS }, (_, j) => {
    const payer = payers[j % payers.length];
    const [initial, increment] = BILLING[j % BILLING.length];
    const rates: UsageRates = {
      inbound_per_minute_micros: 400_000 + (j % 13) * 50_000,
      outbound_per_minute_micros: 900_000 + (j % 7) * 100_003,
      connect_fee_micros: j % 4 === 0 ? 250_000 : 0,
      billing_initial_seconds: initial,
      billing_increment_seconds: increment,
      message_inbound_micros: 400_000,
      message_outbound_micros: 500_000,
      cnam_lookup_micros: j % 3 === 0 ? 0 : 150_000,
    };
    const partnerRates: UsageRates | null = payer.partnerId
      ? {
          ...rates,
          inbound_per_minute_micros: Math.floor(rates.inbound_per_minute_micros * 0.7),
          outbound_per_minute_micros: Math.floor(rates.outbound_per_minute_micros * 0.7),
          connect_fee_micros: Math.floor(rates.connect_fee_micros * 0.7),
          billing_initial_seconds: 60,
          billing_increment_seconds: 1,
          cnam_lookup_micros: Math.floor(rates.cnam_lookup_micros * 0.7),
        }
      : null;
    return { id: `pn_bench_${String(j).padStart(4, '0')}`, e164: `+1737${2_000_000 + j}`, payer, rates, partnerRates };
  });
}

/** Record i, the same on both sides: in/outbound, answered or not, lengths up to 30 min, CNAM dips, a few 911 calls. */
export function callRecord(i: number, nums: readonly BenchNumber[]): CallRecordV1 {
  const n = nums[Number((BigInt(i) * 2654435761n) % BigInt(nums.length))];
  const outbound = i % 3 === 0;
  const answered = i % 11 !== 0;
  const billable = answered ? (i * 7919) % 1800 : 0;
  const started = RECORD_BASE_MS + i * 1000;
  const answeredAt = answered ? started + 5_000 : null;
  const other = `+1512555${String(i % 10_000).padStart(4, '0')}`;
  return {
    record_id: `cdr_bench_${String(i).padStart(8, '0')}`,
    kind: 'call',
    phone_number: n.e164,
    direction: outbound ? 'outbound' : 'inbound',
    from: outbound ? n.e164 : other,
    to: outbound ? other : n.e164,
    started_at: new Date(started).toISOString(),
    answered_at: answeredAt === null ? null : new Date(answeredAt).toISOString(),
    ended_at: new Date((answeredAt ?? started + 20_000) + billable * 1000).toISOString(),
    billable_seconds: billable,
    connection_id: i % 2 ? 'con_bench' : null,
    hangup_cause: answered ? 'normal_clearing' : 'no_answer',
    cnam_lookup: i % 7 === 0,
    emergency: outbound && i % 997 === 0,
  };
}
