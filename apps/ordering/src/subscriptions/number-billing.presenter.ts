import { NumberBilling, SubscriptionStatus } from '@did/contracts';
import { commitmentEnd } from './billing-cycle';
import { releaseAt, RenewalPolicy } from './renewal-policy';
import { renewsItself, SubscriptionRow } from './subscription-row';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The billing part of the PhoneNumber resource. `next_billing_date`: when the next charge is tried
 * (the retry for a past-due number), null when it will not renew. `release_at`: when billing ends
 * unless something changes: paid_until + grace when past due, paid_until when it will not renew.
 */
export function presentNumberBilling(s: SubscriptionRow, policy: RenewalPolicy): NumberBilling {
  const ended = s.status === SubscriptionStatus.Ended;
  const renews = !ended && renewsItself(s);
  const pastDue = s.status === SubscriptionStatus.PastDue;
  return {
    record_type: 'number_billing',
    number_id: s.number_id,
    phone_number: s.e164,
    account_id: s.account_id,
    order_id: s.order_id,
    status: s.status,
    currency: s.currency,
    setup_price_cents: s.setup_cents,
    monthly_price_cents: s.monthly_cents,
    is_trial_number: s.is_trial,
    minimum_commitment_months: s.minimum_commitment_months,
    commitment_ends_at: iso(commitmentEnd(s.billing_started_at, s.minimum_commitment_months)),
    usage_rates: s.usage_rates,
    auto_renew: s.auto_renew,
    cancel_at_period_end: s.cancel_at_period_end,
    billing_started_at: iso(s.billing_started_at),
    last_billed_at: iso(s.last_billed_at),
    paid_until: iso(s.paid_until),
    next_billing_date: renews ? iso(pastDue ? (s.next_retry_at ?? s.paid_until) : s.paid_until) : null,
    next_retry_at: iso(s.next_retry_at),
    release_at: ended ? null : pastDue ? iso(releaseAt(s.paid_until, policy)) : renews ? null : iso(s.paid_until),
    ended_at: iso(s.ended_at),
  };
}
