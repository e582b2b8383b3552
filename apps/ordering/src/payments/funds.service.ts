import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Balance, DomainError, PaymentPurpose, SetAutoRechargeRequest } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { presentBalance } from '../wallets/wallet.presenter';
import { WalletsService } from '../wallets/wallets.service';
import { Wallet } from '../wallets/entities/wallet.entity';
import { PaymentMethodsService } from './payment-methods.service';
import { AutoRechargeGate } from './auto-recharge-gate';
import { CardCharge, PaymentsService } from './payments.service';

/** What ensureFunds found and did. `covered` is advice: the debit itself is still guarded in SQL. */
export interface FundsCheck {
  covered: boolean;
  balanceCents: number;
  recharge:
    | { status: 'succeeded'; paymentId: string; amountCents: number }
    | { status: 'failed'; code: string; message: string }
    | null;
}

/** Auto-recharge: its settings, and charging the saved card before a charge that would not fit. */
@Injectable()
export class FundsService {
  constructor(
    private readonly em: EntityManager,
    private readonly wallets: WalletsService,
    private readonly payments: PaymentsService,
    private readonly methods: PaymentMethodsService,
    private readonly gate: AutoRechargeGate,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async setAutoRecharge(request: SetAutoRechargeRequest): Promise<Balance> {
    const { caller, settings } = request;
    const wallet = await this.wallets.ensure(caller);
    const em = this.em.fork();
    if (settings.payment_method_id) await this.methods.find(em, caller.account_id, settings.payment_method_id);
    await em.nativeUpdate(
      Wallet,
      { id: wallet.id },
      {
        autoRechargeEnabled: settings.enabled,
        autoRechargeThresholdCents: settings.threshold_cents,
        autoRechargeAmountCents: settings.amount_cents,
        autoRechargePaymentMethodId: settings.payment_method_id,
        updatedAt: this.clock.now(),
      },
    );
    return presentBalance(await this.wallets.byAccount(caller.account_id));
  }

  /** {@link ensureFunds} for both sides of a resale: the buyer under `idempotencyKey`, its partner (if any) under `<key>:partner`. */
  async ensureResaleFunds(
    accountId: string,
    partnerId: string | null,
    buyerCents: number,
    partnerCents: number,
    idempotencyKey: string,
  ): Promise<void> {
    if (buyerCents > 0) await this.ensureFunds(accountId, buyerCents, idempotencyKey);
    if (partnerId && partnerCents > 0) await this.ensureFunds(partnerId, partnerCents, `${idempotencyKey}:partner`);
  }

  /**
   * Before a charge of `amountNeededCents`: when auto-recharge is on and the charge would leave the
   * balance under the threshold (or not fit at all), charges the saved card first: the configured
   * amount, or the shortfall when that is more. `idempotencyKey` names the charge this is for
   * (e.g. `order:<id>`), so a retried order recharges at most once. One recharge is in flight per
   * wallet at a time ({@link AutoRechargeGate}): concurrent charges wait for it and decide again.
   */
  async ensureFunds(accountId: string, amountNeededCents: number, idempotencyKey: string): Promise<FundsCheck> {
    for (;;) {
      const wallet = await this.wallets.byAccount(accountId);
      const balance = wallet.balanceCents;
      const paymentMethodId = wallet.autoRechargePaymentMethodId;
      const wanted =
        wallet.autoRechargeEnabled &&
        paymentMethodId !== null &&
        balance - amountNeededCents < wallet.autoRechargeThresholdCents;
      if (!wanted || paymentMethodId === null)
        return { covered: balance >= amountNeededCents, balanceCents: balance, recharge: null };
      const charge: CardCharge = {
        wallet,
        paymentMethodId,
        amountCents: Math.max(wallet.autoRechargeAmountCents, amountNeededCents - balance),
        idempotencyKey: `auto-recharge:${idempotencyKey}`,
        purpose: PaymentPurpose.AutoRecharge,
      };
      try {
        await this.methods.chargeable(this.em.fork(), accountId, paymentMethodId);
        const claim = await this.gate.claim(charge);
        if (claim.kind === 'in_flight') {
          // Another request is recharging this wallet: once it has settled, decide again on the new balance.
          if (await this.gate.waitSettled(claim.paymentId)) continue;
          return { covered: balance >= amountNeededCents, balanceCents: balance, recharge: null };
        }
        const payment = await this.payments.charge(charge);
        const after = (await this.wallets.byAccount(accountId)).balanceCents;
        return {
          covered: after >= amountNeededCents,
          balanceCents: after,
          recharge: { status: 'succeeded', paymentId: payment.id, amountCents: charge.amountCents },
        };
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        const after = (await this.wallets.byAccount(accountId)).balanceCents;
        return {
          covered: after >= amountNeededCents,
          balanceCents: after,
          recharge: { status: 'failed', code: err.code, message: err.message },
        };
      }
    }
  }
}
