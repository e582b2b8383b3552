import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BillingRefRequestSchema, DomainError, ErrorCode, ErrorType, NumberBilling } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { BILLING_PERIODS, isUniqueViolation, sql } from '../db/sql';
import { FundsService } from '../payments/funds.service';
import { CYCLE_MS } from './billing-cycle';
import { partnerShortfall, ResellerCharges } from '../wallets/reseller-charges';
import { NumberBillingService } from './number-billing.service';
import { presentNumberBilling } from './number-billing.presenter';
import { chargeOf } from './renewal-batch';
import { insertPeriods, partnerCents, recordRenewed } from './renewal-outcomes';
import { isPaidAhead } from './renewal-policy';
import { assertNotEnded, findSubscription } from './subscription-finder';
import { SubscriptionRow } from './subscription-row';

/** `renew` with the gateway's Idempotency-Key (the contract's request plus the key). */
export const RenewRequestSchema = BillingRefRequestSchema.extend({
  idempotency_key: z.string().min(1).max(255).nullish(),
});
export type RenewRequest = z.infer<typeof RenewRequestSchema>;

/**
 * Renew now: pays the period starting at paid_until at once (for auto-renew off, or early), at most
 * one period ahead: while the period after the current one is already paid, 409 renewal_not_due. A
 * past-due number is settled this way too. The same Idempotency-Key again answers with the billing
 * instead of charging or refusing. 402 balance_insufficient (after auto-recharge) charges nothing.
 */
@Injectable()
export class ManualRenewals {
  constructor(
    private readonly em: EntityManager,
    private readonly funds: FundsService,
    private readonly charges: ResellerCharges,
    private readonly billing: NumberBillingService,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async renew(request: RenewRequest): Promise<NumberBilling> {
    const now = this.clock.now();
    const key = request.idempotency_key ?? null;
    const sub = await findSubscription(this.em.fork(), request.caller, request.number);
    if (key && (await this.renewedWith(sub.number_id, key)))
      return this.billing.get({ caller: request.caller, number: sub.number_id });
    assertNotEnded(sub);
    assertDue(sub, now);
    // Auto-recharge first, outside the transaction (a card charge must not hold the locks).
    const fundsKey = `renew:${sub.number_id}:${sub.paid_until.toISOString()}`;
    if (sub.monthly_cents > 0) await this.funds.ensureFunds(sub.account_id, sub.monthly_cents, fundsKey);
    // The partner is credited its tenant's payment first: it needs only the platform price beyond it.
    const partnerNeeds = sub.partner_id ? partnerShortfall(sub.monthly_cents, partnerCents(sub)) : 0;
    if (partnerNeeds > 0) await this.funds.ensureFunds(sub.partner_id!, partnerNeeds, `${fundsKey}:partner`);
    try {
      await this.em.fork().transactional(async (em) => {
        const locked = await findSubscription(em, request.caller, sub.number_id, true);
        assertNotEnded(locked);
        assertDue(locked, now);
        const fresh = await insertPeriods(em, [{ sub: locked, requestKey: key }], now);
        if (!fresh.size) throw notDue(locked);
        await this.charges.debit(em, chargeOf(locked));
        await recordRenewed(em, [locked], now);
      });
    } catch (err) {
      // The same key at the same time: the other request renewed.
      if (!(key && isUniqueViolation(err))) throw err;
    }
    this.events.publishSoon();
    return presentNumberBilling(
      await findSubscription(this.em.fork(), request.caller, sub.number_id),
      this.billing.policy,
    );
  }

  private async renewedWith(numberId: string, key: string): Promise<boolean> {
    return (
      (
        await sql(this.em.fork(), `select 1 from ${BILLING_PERIODS} where number_id = ? and request_key = ?`, [
          numberId,
          key,
        ])
      ).length > 0
    );
  }
}

function assertDue(sub: SubscriptionRow, now: Date): void {
  if (isPaidAhead(sub.paid_until, now)) throw notDue(sub);
}

function notDue(sub: SubscriptionRow): DomainError {
  return new DomainError(
    ErrorType.Conflict,
    ErrorCode.RenewalNotDue,
    `${sub.e164} is already paid one period ahead, until ${sub.paid_until.toISOString()}; it can be renewed again from ${new Date(sub.paid_until.getTime() - CYCLE_MS).toISOString()}.`,
  );
}
