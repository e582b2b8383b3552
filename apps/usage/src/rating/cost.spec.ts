import { CallRecordV1, MessageRecordV1, UsageRates } from '@did/contracts';
import { billedSeconds, chargeAfter, recordCost, TICKS_PER_MINOR_UNIT, ticksToCentsDecimal } from './cost';

const rates: UsageRates = {
  inbound_per_minute_micros: 850_000, // 0.85 cents a minute
  outbound_per_minute_micros: 1_000_000,
  connect_fee_micros: 100_000,
  billing_initial_seconds: 60,
  billing_increment_seconds: 1,
  message_inbound_micros: 250_000,
  message_outbound_micros: 400_000,
  cnam_lookup_micros: 400_000,
};

function call(overrides: Partial<CallRecordV1> = {}): CallRecordV1 {
  return CallRecordV1.parse({
    record_id: 'r1',
    kind: 'call',
    phone_number: '+15125550100',
    direction: 'inbound',
    from: '+15125550111',
    to: '+15125550100',
    started_at: '2026-12-07T10:00:00Z',
    answered_at: '2026-12-07T10:00:02Z',
    ended_at: '2026-12-07T10:01:33Z',
    billable_seconds: 91,
    connection_id: null,
    hangup_cause: 'normal_clearing',
    ...overrides,
  });
}

describe('billedSeconds', () => {
  it.each([
    [0, 60, 1, 0],
    [1, 60, 1, 60],
    [60, 60, 1, 60],
    [61, 60, 1, 61],
    [61, 60, 60, 120],
    [7, 6, 6, 12],
    [1, 1, 1, 1],
  ])('%i s billed %i/%i is %i s', (billable, initial, increment, expected) => {
    expect(billedSeconds(billable, initial, increment)).toBe(expected);
  });
});

describe('recordCost', () => {
  it('an answered inbound call of 91 s at 0.85/min, 60/1, pays 91 s and the connect fee exactly', () => {
    // 850,000 micros x 91 s (ticks) + 100,000 micros x 60
    expect(recordCost(call(), rates)).toEqual({ ticks: 850_000n * 91n + 6_000_000n, billedSeconds: 91 });
  });

  it('an unanswered call pays only its CNAM dip', () => {
    expect(
      recordCost(
        call({ answered_at: null, billable_seconds: 0, cnam_lookup: true, hangup_cause: 'balance_owed' }),
        rates,
      ),
    ).toEqual({ ticks: 400_000n * 60n, billedSeconds: 0 });
  });

  it('a 911 call costs nothing', () => {
    expect(recordCost(call({ emergency: true, cnam_lookup: true }), rates).ticks).toBe(0n);
  });

  it('an outbound message pays per part', () => {
    const message = MessageRecordV1.parse({
      record_id: 'm1',
      kind: 'message',
      phone_number: '+15125550100',
      direction: 'outbound',
      from: '+15125550100',
      to: '+15125550111',
      sent_at: '2026-12-07T10:00:00Z',
      parts: 3,
      connection_id: null,
    });
    expect(recordCost(message, rates).ticks).toBe(400_000n * 3n * 60n);
  });
});

describe('chargeAfter (carrying the remainder)', () => {
  it('charges whole cents as they accrue and carries the rest', () => {
    let accrued = 0n;
    let charged = 0n;
    const costs = [0.4, 0.4, 0.4, 2.9, 0.05].map((c) => BigInt(Math.round(c * 1_000_000)) * 60n);
    const charges: bigint[] = [];
    for (const ticks of costs) {
      const next = chargeAfter(accrued, charged, ticks);
      accrued = next.accruedTicks;
      charges.push(next.chargeCents);
      charged += next.chargeCents;
    }
    expect(charges).toEqual([0n, 0n, 1n, 3n, 0n]); // 0.4, 0.8, 1.2, 4.1, 4.15 accrued
    expect(charged).toBe(accrued / TICKS_PER_MINOR_UNIT);
  });
});

describe('ticksToCentsDecimal', () => {
  it('shows six places', () => {
    expect(ticksToCentsDecimal(850_000n * 91n)).toBe('1.289167');
  });
});
