import { useMemo } from 'react';
import { newIdempotencyKey, ok } from '../../api/client';
import { useConsole } from '../../context';
import { date, label, money, moneyMicros } from '../../format';
import { Async, Live } from '../../ui/async';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { increments, incrementsMeaning } from '../numbers/usage-rates';
import type { TabProps } from './edit-number';

/**
 * Billing: the number's subscription (GET /v1/numbers/{id}/billing), auto-renew (PATCH) and renew now.
 * The billing view does not carry the usage rates the number was bought at, so the minute rate shown
 * is today's price list for the number's country and type (GET /v1/pricing).
 */
export function BillingTab({ number, reload }: TabProps) {
  const { api } = useConsole();
  const path = { path: { id: number.id } };
  const billing = useResource(
    () => ok(api.client.GET('/v1/numbers/{id}/billing', { params: path })),
    [number.id, number.updated_at],
  );
  const pricing = useResource(() => ok(api.client.GET('/v1/pricing')), []);
  const price = pricing.data?.data.find(
    (p) => p.country_code === number.country_code && p.number_type === number.number_type,
  );
  // One key per billing state: a retried click renews the same period once; after it succeeds the billing changes and so does the key.
  const renewKey = useMemo(() => newIdempotencyKey('renew'), [billing.data?.paid_until]);
  const action = useAction();

  const setAutoRenew = (on: boolean) =>
    action.run(async () => {
      await ok(api.client.PATCH('/v1/numbers/{id}', { params: path, body: { auto_renew: on } }));
      await Promise.all([reload(), billing.reload()]);
      return on
        ? 'Auto-renew is on.'
        : 'Auto-renew is off: the number ends at the paid-until date unless renewed by hand.';
    });
  const renew = () =>
    action.run(async () => {
      const b = await ok(
        api.client.POST('/v1/numbers/{id}/actions/renew', {
          params: { ...path, header: { 'Idempotency-Key': renewKey } },
        }),
      );
      await Promise.all([reload(), billing.reload()]);
      return `Renewed: paid until ${date(b.paid_until)}.`;
    });

  return (
    <Async resource={billing} label="billing">
      {(b) => (
        <>
          <dl className="facts">
            <dt>Billing status</dt>
            <dd>{label(b.status)}</dd>
            <dt>Billing start</dt>
            <dd>{date(b.billing_started_at)}</dd>
            <dt>Paid until</dt>
            <dd data-testid="paid-until">{date(b.paid_until)}</dd>
            <dt>Next billing date</dt>
            <dd>
              {b.cancel_at_period_end || !b.auto_renew ? `None: ends ${date(b.paid_until)}` : date(b.next_billing_date)}
            </dd>
            <dt>Monthly cost</dt>
            <dd>{money(b.monthly_fee_cents, b.currency)} per 30 days</dd>
            <dt>Setup fee paid</dt>
            <dd>{money(b.setup_fee_cents, b.currency)}</dd>
            <dt>Minute rate</dt>
            <dd data-testid="billing-minute-rate">
              {price ? (
                <>
                  {moneyMicros(price.usage_rates.inbound_per_minute_micros, price.currency)} per minute inbound,{' '}
                  {moneyMicros(price.usage_rates.outbound_per_minute_micros, price.currency)} outbound; connect fee{' '}
                  {moneyMicros(price.usage_rates.connect_fee_micros, price.currency)}
                  <div className="hint">
                    Today's price list for {label(number.number_type)} numbers in {number.country_code}; calls are
                    charged in arrears.
                  </div>
                </>
              ) : (
                '—'
              )}
            </dd>
            <dt>Increments</dt>
            <dd data-testid="billing-increments">
              {price ? `${increments(price.usage_rates)} (${incrementsMeaning(price.usage_rates)})` : '—'}
            </dd>
            {b.minimum_commitment_months ? (
              <>
                <dt>Minimum commitment</dt>
                <dd>
                  {b.minimum_commitment_months} months (until {date(b.commitment_ends_at)})
                </dd>
              </>
            ) : null}
            {b.status === 'past_due' ? (
              <>
                <dt>Past due</dt>
                <dd>
                  Next retry {date(b.next_retry_at)}; released {date(b.release_at)} unless paid
                </dd>
              </>
            ) : null}
          </dl>
          <div className="field checkbox">
            <input
              id="billing-auto-renew"
              type="checkbox"
              role="switch"
              checked={b.auto_renew}
              disabled={action.busy || b.status === 'ended'}
              onChange={(e) => void setAutoRenew(e.target.checked)}
            />
            <label htmlFor="billing-auto-renew">Auto-renew every 30 days from the wallet</label>
          </div>
          <ProblemBox problem={action.error} />
          <Live>{action.message}</Live>
          <button type="button" onClick={() => void renew()} disabled={action.busy || b.status === 'ended'}>
            {action.busy ? 'Working…' : `Renew now (${money(b.monthly_fee_cents, b.currency)})`}
          </button>
          <p className="hint">Renew now pays the next 30-day period at once, at most one period ahead.</p>
        </>
      )}
    </Async>
  );
}
