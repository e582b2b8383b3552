import type { UsageRates } from '../../api/types';
import { moneyMicros } from '../../format';

/** "60/1": the first 60 seconds billed in full, then every second. */
export function increments(rates: UsageRates): string {
  return `${rates.billing_initial_seconds}/${rates.billing_increment_seconds}`;
}

export function incrementsMeaning(rates: UsageRates): string {
  const { billing_initial_seconds: first, billing_increment_seconds: next } = rates;
  return `first ${first} s billed in full, then per ${next === 1 ? 'second' : `${next} s`}`;
}

/** "None" or "12 months": how long a bought number must be kept. */
export function minimumPeriod(months: number): string {
  if (!months) return 'None';
  return `${months} month${months > 1 ? 's' : ''}`;
}

/**
 * What calls and messages to a number cost, exact to the micro-unit, charged in arrears from the
 * wallet: the rates a search result, a quote or the price list carries.
 */
export function UsageRatesFacts({
  rates,
  currency,
  minimumMonths,
  testId,
}: {
  rates: UsageRates;
  currency: string;
  minimumMonths?: number;
  testId?: string;
}) {
  return (
    <dl className="rates" data-testid={testId}>
      <dt>Per minute (inbound)</dt>
      <dd>{moneyMicros(rates.inbound_per_minute_micros, currency)}</dd>
      <dt>Per minute (outbound)</dt>
      <dd>{moneyMicros(rates.outbound_per_minute_micros, currency)}</dd>
      <dt>Connect fee</dt>
      <dd>{moneyMicros(rates.connect_fee_micros, currency)} per answered call</dd>
      <dt>Increments</dt>
      <dd>
        {increments(rates)} ({incrementsMeaning(rates)})
      </dd>
      <dt>Per message part</dt>
      <dd>
        {moneyMicros(rates.message_inbound_micros, currency)} received,{' '}
        {moneyMicros(rates.message_outbound_micros, currency)} sent
      </dd>
      <dt>Caller-name lookup</dt>
      <dd>{moneyMicros(rates.cnam_lookup_micros, currency)} per call</dd>
      {minimumMonths !== undefined ? (
        <>
          <dt>Minimum period</dt>
          <dd>{minimumPeriod(minimumMonths)}</dd>
        </>
      ) : null}
    </dl>
  );
}
