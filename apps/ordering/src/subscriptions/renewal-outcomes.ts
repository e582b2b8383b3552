import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, Events, NumberReleaseReason, SubscriptionStatus } from '@did/contracts';
import { appendManyToOutbox, appendToOutbox } from '@did/messaging';
import { BILLING_PERIODS, sql, SUBSCRIPTIONS } from '../db/sql';
import { periodEnd } from './billing-cycle';
import { nextRetryAt, releaseAt, RenewalPolicy } from './renewal-policy';
import { SubscriptionRow } from './subscription-row';

const SERVICE = 'ordering';

/** A period about to be paid: its billing_periods row (the once-per-period key) goes in with the debits. */
export interface PeriodToCharge {
  sub: SubscriptionRow;
  /** A manual renewal's Idempotency-Key. */
  requestKey?: string | null;
}

/**
 * Inserts the periods starting at each subscription's paid_until, in the caller's transaction;
 * returns the number ids whose period was new (a period already there was charged before and must
 * not be charged again).
 */
export async function insertPeriods(
  em: EntityManager,
  periods: readonly PeriodToCharge[],
  now: Date,
): Promise<Set<string>> {
  if (!periods.length) return new Set();
  const inserted = await sql<{ number_id: string }>(
    em,
    `insert into ${BILLING_PERIODS} (number_id, period_start, period_end, kind, account_id, amount_cents, partner_amount_cents, charged_at, request_key)
     select number_id, period_start, period_end, 'renewal', account_id, amount_cents, partner_amount_cents, ?, request_key
     from unnest(?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::int[], ?::int[], ?::text[])
       as t(number_id, period_start, period_end, account_id, amount_cents, partner_amount_cents, request_key)
     on conflict (number_id, period_start) do nothing returning number_id`,
    [
      now,
      periods.map((p) => p.sub.number_id),
      periods.map((p) => p.sub.paid_until),
      periods.map((p) => periodEnd(p.sub.paid_until)),
      periods.map((p) => p.sub.account_id),
      periods.map((p) => p.sub.monthly_cents),
      periods.map((p) => partnerCents(p.sub)),
      periods.map((p) => p.requestKey ?? null),
    ],
  );
  return new Set(inserted.map((r) => r.number_id));
}

/** What the partner pays for a period (nothing when a partner bought for itself). */
export function partnerCents(sub: Pick<SubscriptionRow, 'partner_id' | 'partner_monthly_cents'>): number {
  return sub.partner_id ? sub.partner_monthly_cents : 0;
}

/** The ledger key of a period: `renewal:<number id>:<period start>` (the partner's side appends `:partner`). */
export function renewalKey(sub: SubscriptionRow): string {
  return `renewal:${sub.number_id}:${sub.paid_until.toISOString()}`;
}

/*
 * The batch updates below join the subscriptions to an unnest of the batch and also say
 * `s.number_id = any(<the same ids>)`. Without that second condition PostgreSQL planned the join as a
 * hash of the whole subscriptions table (a sequential scan per batch: 28 ms of a 55 ms statement at
 * 100,000 subscriptions, and growing with the table); with it, the batch's rows come from the primary key.
 */

/** Paid: one period further, active again, number.renewed each. */
export async function recordRenewed(em: EntityManager, subs: readonly SubscriptionRow[], now: Date): Promise<void> {
  if (!subs.length) return;
  await sql(
    em,
    `update ${SUBSCRIPTIONS} s set paid_until = d.paid_until, last_billed_at = ?, status = 'active', next_retry_at = null, failed_attempts = 0, updated_at = ?
     from unnest(?::text[], ?::timestamptz[]) as d(number_id, paid_until) where s.number_id = d.number_id and s.number_id = any(?::text[])`,
    [now, now, subs.map((s) => s.number_id), subs.map((s) => periodEnd(s.paid_until)), subs.map((s) => s.number_id)],
  );
  await appendManyToOutbox(
    em,
    SERVICE,
    subs.map((s) => ({
      definition: Events.NumberRenewed,
      data: {
        number_id: s.number_id,
        phone_number: s.e164,
        account_id: s.account_id,
        period_start: s.paid_until.toISOString(),
        period_end: periodEnd(s.paid_until).toISOString(),
        amount_cents: s.monthly_cents,
        currency: s.currency,
        renewed_at: now.toISOString(),
      },
      scope: { accountId: s.account_id, partnerId: s.partner_id },
    })),
    now,
  );
}

/**
 * Could not be paid: past due and retried on the schedule (number.renewal_failed), or, once the grace
 * period is over, ended unpaid (number.billing_ended: inventory releases the number).
 */
export async function recordFailed(
  em: EntityManager,
  subs: readonly SubscriptionRow[],
  now: Date,
  policy: RenewalPolicy,
): Promise<void> {
  if (!subs.length) return;
  const outcomes = subs.map((s) => ({
    sub: s,
    attempts: s.failed_attempts + 1,
    retry: nextRetryAt(now, s.failed_attempts + 1, s.paid_until, policy),
  }));
  await sql(
    em,
    `update ${SUBSCRIPTIONS} s set status = d.status, next_retry_at = d.next_retry_at, failed_attempts = s.failed_attempts + 1,
       ended_at = case when d.status = 'ended' then ?::timestamptz end, end_reason = case when d.status = 'ended' then ? end, updated_at = ?
     from unnest(?::text[], ?::text[], ?::timestamptz[]) as d(number_id, status, next_retry_at) where s.number_id = d.number_id and s.number_id = any(?::text[])`,
    [
      now,
      NumberReleaseReason.Unpaid,
      now,
      outcomes.map((o) => o.sub.number_id),
      outcomes.map((o) => (o.retry ? SubscriptionStatus.PastDue : SubscriptionStatus.Ended)),
      outcomes.map((o) => o.retry),
      outcomes.map((o) => o.sub.number_id),
    ],
  );
  for (const { sub: s, retry } of outcomes) {
    const scope = { accountId: s.account_id, partnerId: s.partner_id };
    if (!retry) {
      await appendToOutbox(
        em,
        SERVICE,
        Events.NumberBillingEnded,
        {
          number_id: s.number_id,
          phone_number: s.e164,
          account_id: s.account_id,
          reason: NumberReleaseReason.Unpaid,
          ended_at: now.toISOString(),
        },
        scope,
        now,
      );
      continue;
    }
    await appendToOutbox(
      em,
      SERVICE,
      Events.NumberRenewalFailed,
      {
        number_id: s.number_id,
        phone_number: s.e164,
        account_id: s.account_id,
        period_start: s.paid_until.toISOString(),
        amount_cents: s.monthly_cents,
        currency: s.currency,
        failure_code: ErrorCode.BalanceInsufficient,
        next_retry_at: retry.toISOString(),
        release_at: releaseAt(s.paid_until, policy).toISOString(),
        failed_at: now.toISOString(),
      },
      scope,
      now,
    );
  }
}
