import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  BillingRefRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  NumberBilling,
  SetAutoRenewRequest,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { sql, SUBSCRIPTIONS } from '../db/sql';
import { commitmentEnd } from './billing-cycle';
import { presentNumberBilling } from './number-billing.presenter';
import { RenewalPolicy } from './renewal-policy';
import { assertNotEnded, findSubscription } from './subscription-finder';
import { SubscriptionRow } from './subscription-row';

/** A number's billing as its buyer (or the buyer's partner) sees and changes it: get, cancel and resume renewal, auto-renew, the release check. */
@Injectable()
export class NumberBillingService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    @Inject(ORDERING_CONFIG) private readonly config: OrderingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get policy(): RenewalPolicy {
    return { retryScheduleMs: this.config.RENEWAL_RETRY_SCHEDULE_MS, graceDays: this.config.RENEWAL_GRACE_DAYS };
  }

  async get(request: BillingRefRequest): Promise<NumberBilling> {
    return presentNumberBilling(await findSubscription(this.em.fork(), request.caller, request.number), this.policy);
  }

  /** The number stays active until paid_until, then billing ends with no further charge (number.cancellation_scheduled now). */
  cancelRenewal(request: BillingRefRequest): Promise<NumberBilling> {
    return this.change(request, (sub) => {
      if (sub.cancel_at_period_end)
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.RenewalAlreadyCancelled,
          `Renewal of ${sub.e164} is already cancelled; it ends at ${sub.paid_until.toISOString()}.`,
        );
      assertCommitmentAllowsEnd(sub, sub.paid_until, 'cancel its renewal');
      return { set: 'cancel_at_period_end = true', event: true };
    });
  }

  /** Undoes a cancellation while the paid period lasts. */
  resumeRenewal(request: BillingRefRequest): Promise<NumberBilling> {
    return this.change(request, (sub, now) => {
      if (!sub.cancel_at_period_end)
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.RenewalNotCancelled,
          `Renewal of ${sub.e164} is not cancelled.`,
        );
      if (sub.paid_until <= now)
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.NumberAlreadyReleased,
          `The paid period of ${sub.e164} ended at ${sub.paid_until.toISOString()}; its billing has ended.`,
        );
      return { set: 'cancel_at_period_end = false' };
    });
  }

  /** `PATCH auto_renew`. Off: billing ends at paid_until unless renewed by hand before. */
  setAutoRenew(request: SetAutoRenewRequest): Promise<NumberBilling> {
    return this.change(request, (sub) => {
      if (!request.auto_renew) assertCommitmentAllowsEnd(sub, sub.paid_until, 'turn auto-renew off');
      return { set: `auto_renew = ${request.auto_renew ? 'true' : 'false'}` };
    });
  }

  /** Asked before a release now: refused (409 minimum_commitment_active) inside the minimum commitment, counted in 30-day cycles from activation. */
  async checkRelease(request: BillingRefRequest): Promise<NumberBilling> {
    const sub = await findSubscription(this.em.fork(), request.caller, request.number);
    assertNotEnded(sub);
    assertCommitmentAllowsEnd(sub, this.clock.now(), 'release it');
    return presentNumberBilling(sub, this.policy);
  }

  private async change(
    request: BillingRefRequest,
    decide: (sub: SubscriptionRow, now: Date) => { set: string; event?: boolean },
  ): Promise<NumberBilling> {
    const now = this.clock.now();
    const updated = await this.em.fork().transactional(async (em) => {
      const sub = await findSubscription(em, request.caller, request.number, true);
      assertNotEnded(sub);
      const { set, event } = decide(sub, now);
      await sql(em, `update ${SUBSCRIPTIONS} set ${set}, updated_at = ? where number_id = ?`, [now, sub.number_id]);
      if (event) {
        const data = {
          number_id: sub.number_id,
          phone_number: sub.e164,
          account_id: sub.account_id,
          paid_until: sub.paid_until.toISOString(),
          scheduled_at: now.toISOString(),
        };
        await appendToOutbox(
          em,
          'ordering',
          Events.NumberCancellationScheduled,
          data,
          { accountId: sub.account_id, partnerId: sub.partner_id },
          now,
        );
      }
      return findSubscription(em, request.caller, sub.number_id);
    });
    this.events.publishSoon();
    return presentNumberBilling(updated, this.policy);
  }
}

/**
 * 409 minimum_commitment_active when an action would end the number's billing at `endsAt`, before
 * its minimum commitment (30-day cycles from activation) is over: a release now, or a cancelled or
 * non-renewing subscription whose paid period ends first.
 */
function assertCommitmentAllowsEnd(sub: SubscriptionRow, endsAt: Date, action: string): void {
  const ends = commitmentEnd(sub.billing_started_at, sub.minimum_commitment_months);
  if (ends && ends > endsAt) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.MinimumCommitmentActive,
      `${sub.e164} has a minimum commitment of ${sub.minimum_commitment_months} month(s) until ${ends.toISOString()}; you can ${action} so that it ends from then on.`,
    );
  }
}
