import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Events, NumberReleaseReason } from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { asDate } from '@did/persistence';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { cents, sql, SUBSCRIPTIONS, WALLETS } from '../db/sql';
import { FundsService } from '../payments/funds.service';
import { partnerShortfall } from '../wallets/reseller-charges';
import { LowBalanceNotices } from './low-balance-notices';
import { partnerCents } from './renewal-outcomes';
import { DUE, RenewalBatch } from './renewal-batch';
import { RenewalPolicy } from './renewal-policy';

import { renewalOutcomes, renewalRuns } from '../metrics/billing-metrics';

/** What one pass of the job did. */
export interface RenewalRun {
  renewed: number;
  failed: number;
  ended: number;
  lowBalanceNotices: number;
}

interface Candidate {
  number_id: string;
  account_id: string;
  partner_id: string | null;
  monthly_cents: number;
  partner_monthly_cents: number;
  paid_until: Date;
  failed_attempts: number;
}

/**
 * The renewal job: ends numbers whose renewal was cancelled (or auto-renew is off) at paid_until,
 * bills every due number once per period in batches, and sends low-balance notices. Safe to run
 * concurrently and repeatedly (SKIP LOCKED, and the billing period's key under every debit).
 */
@Injectable()
export class RenewalsService {
  constructor(
    private readonly em: EntityManager,
    private readonly batch: RenewalBatch,
    private readonly funds: FundsService,
    private readonly notices: LowBalanceNotices,
    private readonly events: JetStreamEvents,
    @Inject(ORDERING_CONFIG) private readonly config: OrderingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get policy(): RenewalPolicy {
    return { retryScheduleMs: this.config.RENEWAL_RETRY_SCHEDULE_MS, graceDays: this.config.RENEWAL_GRACE_DAYS };
  }

  async runOnce(): Promise<RenewalRun> {
    const now = this.clock.now();
    const ended = await this.endLapsed(now);
    const { renewed, failed } = await this.renewDue(now);
    const lowBalanceNotices = await this.notices.send(now);
    this.events.publishSoon();
    renewalRuns.inc();
    renewalOutcomes.inc({ outcome: 'renewed' }, renewed);
    renewalOutcomes.inc({ outcome: 'failed' }, failed);
    renewalOutcomes.inc({ outcome: 'ended' }, ended);
    return { renewed, failed, ended, lowBalanceNotices };
  }

  /** Cancelled renewals (and auto-renew off) reaching paid_until: ended, no charge, number.billing_ended so inventory releases them. */
  private async endLapsed(now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.em.fork().transactional(async (em) => {
        const rows = await sql<{ number_id: string; e164: string; account_id: string; partner_id: string | null }>(
          em,
          `update ${SUBSCRIPTIONS} s set status = 'ended', ended_at = ?, end_reason = ?, next_retry_at = null, updated_at = ?
           where s.number_id in (select number_id from ${SUBSCRIPTIONS} where status <> 'ended' and paid_until <= ? and (cancel_at_period_end or not auto_renew)
                                 order by paid_until limit ? for update skip locked)
           returning s.number_id, s.e164, s.account_id, s.partner_id`,
          [now, NumberReleaseReason.RenewalCancelled, now, now, this.config.RENEWAL_BATCH_SIZE],
        );
        for (const r of rows) {
          const data = {
            number_id: r.number_id,
            phone_number: r.e164,
            account_id: r.account_id,
            reason: NumberReleaseReason.RenewalCancelled,
            ended_at: now.toISOString(),
          };
          await appendToOutbox(
            em,
            'ordering',
            Events.NumberBillingEnded,
            data,
            { accountId: r.account_id, partnerId: r.partner_id },
            now,
          );
        }
        return rows.length;
      });
      total += done;
      if (done < this.config.RENEWAL_BATCH_SIZE) return total;
    }
  }

  /** Every due subscription, billed by RENEWAL_WORKERS loops side by side, each on its own payers. */
  private async renewDue(now: Date): Promise<{ renewed: number; failed: number }> {
    const workers = this.config.RENEWAL_WORKERS;
    // Every loop ends before the run does (a failing one must not leave the others running into the next run).
    const settled = await Promise.allSettled(
      Array.from({ length: workers }, (_, share) => this.renewShare(now, share, workers)),
    );
    const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    return settled.reduce(
      (sum, r) =>
        r.status === 'fulfilled'
          ? { renewed: sum.renewed + r.value.renewed, failed: sum.failed + r.value.failed }
          : sum,
      { renewed: 0, failed: 0 },
    );
  }

  /**
   * Walks the due subscriptions of one share of the payers in (paid_until, number_id) order; one
   * renewed but still due (the job was off for months) comes round again. A payer is the partner when
   * there is one (it pays for every tenant's number), else the account, so every wallet a batch locks
   * belongs to this share alone, and each wallet's renewals stay in due order. (The hash is widened to
   * bigint before abs(): abs of int4's lowest value is out of range, which would stop every run.)
   */
  private async renewShare(now: Date, share: number, shares: number): Promise<{ renewed: number; failed: number }> {
    const result = { renewed: 0, failed: 0 };
    let after: { paidUntil: Date; numberId: string } | null = null;
    for (;;) {
      const candidates: Candidate[] = (
        await sql<Candidate>(
          this.em.fork(),
          `select s.number_id, s.account_id, s.partner_id, s.monthly_cents, s.partner_monthly_cents, s.paid_until, s.failed_attempts from ${SUBSCRIPTIONS} s
         where ${DUE} ${shares > 1 ? 'and mod(abs(hashtext(coalesce(s.partner_id, s.account_id))::bigint), ?) = ?' : ''}
         ${after ? 'and (s.paid_until, s.number_id) > (?, ?)' : ''} order by s.paid_until, s.number_id limit ?`,
          [
            now,
            now,
            ...(shares > 1 ? [shares, share] : []),
            ...(after ? [after.paidUntil, after.numberId] : []),
            this.config.RENEWAL_BATCH_SIZE,
          ],
        )
      ).map((c) => ({ ...c, paid_until: asDate(c.paid_until) }));
      if (!candidates.length) return result;
      await this.rechargeFirst(candidates);
      const done = await this.batch.run(
        candidates.map((c) => c.number_id),
        now,
        this.policy,
      );
      result.renewed += done.renewed;
      result.failed += done.failed;
      const last = candidates[candidates.length - 1];
      after = { paidUntil: last.paid_until, numberId: last.number_id };
    }
  }

  /**
   * Auto-recharge before the batch's transaction, for every wallet (buyer or partner) with it on that
   * the batch would take under its threshold. The key names the wallet's first renewal of the batch
   * and its attempt, so concurrent runs recharge once and a later retry may recharge again.
   */
  private async rechargeFirst(candidates: readonly Candidate[]): Promise<void> {
    const need = new Map<string, { cents: number; key: string }>();
    const add = (accountId: string, amount: number, c: Candidate) => {
      if (amount <= 0) return;
      const entry = need.get(accountId) ?? {
        cents: 0,
        key: `renewal:${c.number_id}:${c.paid_until.toISOString()}:${c.failed_attempts}`,
      };
      entry.cents += amount;
      need.set(accountId, entry);
    };
    for (const c of candidates) {
      add(c.account_id, c.monthly_cents, c);
      // The partner is credited its tenant's payment first: only the platform price beyond it can take its balance down.
      if (c.partner_id) add(c.partner_id, partnerShortfall(c.monthly_cents, partnerCents(c)), c);
    }
    const rows = await sql<{ account_id: string; balance_cents: string; auto_recharge_threshold_cents: string }>(
      this.em.fork(),
      `select account_id, balance_cents, auto_recharge_threshold_cents from ${WALLETS} where account_id = any(?) and auto_recharge_enabled and auto_recharge_payment_method_id is not null`,
      [[...need.keys()]],
    );
    for (const w of rows) {
      const wanted = need.get(w.account_id)!;
      if (cents(w.balance_cents) - wanted.cents < cents(w.auto_recharge_threshold_cents))
        await this.funds.ensureFunds(w.account_id, wanted.cents, wanted.key);
    }
  }
}
