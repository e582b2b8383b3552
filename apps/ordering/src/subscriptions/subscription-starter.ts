import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency, SubscriptionStatus } from '@did/contracts';
import { BILLING_PERIODS, sql, SUBSCRIPTIONS } from '../db/sql';
import { periodEnd } from './billing-cycle';

/** What an activated number is billed at from now on (the prices it was bought at). */
export interface NewSubscription {
  numberId: string;
  e164: string;
  accountId: string;
  partnerId: string | null;
  orderId: string;
  currency: Currency;
  setupCents: number;
  monthlyCents: number;
  partnerMonthlyCents: number;
  /** What the first period actually cost the buyer (0 for a trial number) and the partner. */
  firstPeriodCents: number;
  firstPeriodPartnerCents: number;
  isTrial: boolean;
  minimumCommitmentMonths: number;
  autoRenew: boolean;
  activatedAt: Date;
}

/**
 * Starts billing a number at its activation, inside the caller's transaction: the subscription and
 * its first period (already paid with the order). Returns false when it was started before (a
 * redelivered activation), so nothing is written twice.
 */
export async function startSubscription(em: EntityManager, s: NewSubscription, now: Date): Promise<boolean> {
  const paidUntil = periodEnd(s.activatedAt);
  const inserted = await sql<{ number_id: string }>(
    em,
    `insert into ${SUBSCRIPTIONS} (number_id, e164, account_id, partner_id, order_id, currency, setup_cents, monthly_cents, partner_monthly_cents, is_trial,
       minimum_commitment_months, status, auto_renew, cancel_at_period_end, billing_started_at, last_billed_at, paid_until, failed_attempts, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0, ?, ?) on conflict (number_id) do nothing returning number_id`,
    [
      s.numberId,
      s.e164,
      s.accountId,
      s.partnerId,
      s.orderId,
      s.currency,
      s.setupCents,
      s.monthlyCents,
      s.partnerMonthlyCents,
      s.isTrial,
      s.minimumCommitmentMonths,
      SubscriptionStatus.Active,
      s.autoRenew,
      s.activatedAt,
      s.activatedAt,
      paidUntil,
      now,
      now,
    ],
  );
  if (!inserted.length) return false;
  await sql(
    em,
    `insert into ${BILLING_PERIODS} (number_id, period_start, period_end, kind, account_id, amount_cents, partner_amount_cents, charged_at) values (?, ?, ?, 'initial', ?, ?, ?, ?)`,
    [s.numberId, s.activatedAt, paidUntil, s.accountId, s.firstPeriodCents, s.firstPeriodPartnerCents, now],
  );
  return true;
}
