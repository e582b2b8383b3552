import type { JetStreamClient } from 'nats';
import { eventSubject, Events, NumberUsageRatesSetV1, usageRecordSubject } from '@did/contracts';
import { BenchNumber, callRecord } from './bench-world';

/** Publishes records 0..count-1 with at most `inflight` acks outstanding; resolves when all are stored. */
export async function publishRecords(
  js: JetStreamClient,
  prefix: string,
  count: number,
  nums: readonly BenchNumber[],
  inflight: number,
): Promise<void> {
  const subject = usageRecordSubject(prefix, 'call');
  let pending = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const done = () => {
    pending--;
    wake?.();
    wake = null;
  };
  for (let i = 0; i < count; i++) {
    while (pending >= inflight) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
    const record = callRecord(i, nums);
    pending++;
    js.publish(subject, JSON.stringify(record), { msgID: record.record_id }).then(
      (ack) => {
        if (ack.duplicate) failure = new Error(`record ${record.record_id} stored twice?`);
        done();
      },
      (err: Error) => {
        failure = err;
        done();
      },
    );
  }
  while (pending > 0) await new Promise<void>((r) => (wake = r));
  if (failure) throw failure;
}

/** ordering's `number.usage_rates_set` for each number, as its outbox relay publishes it. */
export async function publishRates(js: JetStreamClient, prefix: string, nums: readonly BenchNumber[]): Promise<void> {
  await Promise.all(
    nums.map((n, j) => {
      const data: NumberUsageRatesSetV1 = {
        number_id: n.id,
        phone_number: n.e164,
        account_id: n.payer.id,
        partner_id: n.payer.partnerId,
        currency: n.payer.currency,
        rates: n.rates,
        partner_rates: n.partnerRates,
        effective_from: '2020-01-01T00:00:00.000Z',
      };
      const id = `evt_bench_rates_${String(j).padStart(4, '0')}`;
      const envelope = {
        id,
        type: Events.NumberUsageRatesSet.type,
        version: 1,
        occurred_at: new Date().toISOString(),
        producer: 'ordering',
        account_id: n.payer.id,
        partner_id: n.payer.partnerId,
        data,
      };
      return js.publish(eventSubject(prefix, envelope.type), JSON.stringify(envelope), { msgID: id });
    }),
  );
}
