import { Injectable, Inject } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  LedgerEntryKind,
  PaymentPurpose,
  PaymentStatus,
  TopUp,
  TopUpRequest,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { PAYMENTS, sql } from '../db/sql';
import { LedgerEntry } from '../wallets/entities/ledger-entry.entity';
import { Wallet } from '../wallets/entities/wallet.entity';
import { LedgerService } from '../wallets/ledger.service';
import { WalletsService } from '../wallets/wallets.service';
import { Payment } from './entities/payment.entity';
import { PaymentMethod } from './entities/payment-method.entity';
import { PaymentMethodsService } from './payment-methods.service';
import { ProcessorTimeoutError, SandboxCardProcessor } from './sandbox-processor';
import { UsageBillingService } from '../usage-billing/usage-billing.service';

const SERVICE = 'ordering';

/** One card charge to make (or find again) under the account's idempotency key. */
export interface CardCharge {
  wallet: Wallet;
  paymentMethodId: string;
  amountCents: number;
  idempotencyKey: string;
  purpose: PaymentPurpose;
}

/**
 * Card charges that credit a wallet. The payment row (unique per account and idempotency key) is
 * written before the processor is called, and the processor gets the payment id as its own key, so
 * whatever is retried (the client, a restarted gateway, the reconciler) charges the card at most once
 * and credits the wallet exactly once, in the transaction that marks the payment succeeded.
 */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly wallets: WalletsService,
    private readonly ledger: LedgerService,
    private readonly methods: PaymentMethodsService,
    private readonly processor: SandboxCardProcessor,
    private readonly usageBilling: UsageBillingService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async topUp(request: TopUpRequest): Promise<TopUp> {
    const wallet = await this.wallets.ensure(request.caller);
    const payment = await this.charge({
      wallet,
      paymentMethodId: request.top_up.payment_method_id,
      amountCents: request.top_up.amount_cents,
      // Namespaced so a client's key can never collide with the keys the platform makes (auto-recharge:...).
      idempotencyKey: `client:${request.idempotency_key}`,
      purpose: PaymentPurpose.TopUp,
    });
    return this.presentTopUp(payment);
  }

  /** Charges the card and credits the wallet once; a repeat with the same key returns (or re-throws) the first outcome. */
  async charge(charge: CardCharge): Promise<Payment> {
    const accountId = charge.wallet.accountId;
    let payment = await this.byKey(accountId, charge.idempotencyKey);
    if (!payment) {
      await this.methods.chargeable(this.em.fork(), accountId, charge.paymentMethodId);
      const now = this.clock.now();
      await sql(
        this.em.fork(),
        `insert into ${PAYMENTS} (id, account_id, wallet_id, payment_method_id, purpose, amount_cents, currency, idempotency_key, status, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) on conflict (account_id, idempotency_key) do nothing`,
        [
          sortableId('pay', now),
          accountId,
          charge.wallet.id,
          charge.paymentMethodId,
          charge.purpose,
          charge.amountCents,
          charge.wallet.currency,
          charge.idempotencyKey,
          now,
          now,
        ],
      );
      // Whoever inserted it, this is now the one payment for the key.
      payment = await this.byKey(accountId, charge.idempotencyKey);
      if (!payment) throw new Error(`payment ${charge.idempotencyKey} vanished after its insert`);
    }
    this.assertSameCharge(payment, charge);
    if (payment.status === PaymentStatus.Succeeded) return payment;
    if (payment.status === PaymentStatus.Failed) throw declined(payment);
    return this.settle(payment);
  }

  /** Asks the processor about a pending payment (charging it if it never got there) and records the answer. */
  async settle(payment: Payment): Promise<Payment> {
    const pm = await this.em.fork().findOneOrFail(PaymentMethod, { id: payment.paymentMethodId });
    let result;
    try {
      result = await this.processor.charge({
        token: pm.processorToken,
        amountCents: payment.amountCents,
        currency: payment.currency,
        idempotencyKey: payment.id,
      });
    } catch (err) {
      if (!(err instanceof ProcessorTimeoutError)) throw err;
      throw new DomainError(
        ErrorType.Timeout,
        ErrorCode.PaymentProcessorTimeout,
        `The card processor did not answer for payment ${payment.id}; nothing was credited yet. Retry with the same Idempotency-Key: the payment is settled exactly once (the platform also settles it by itself shortly).`,
      );
    }
    const settled =
      result.status === 'succeeded'
        ? await this.succeed(payment.id, result.chargeId)
        : await this.fail(payment.id, result.chargeId, result.declineCode, result.message);
    this.events.publishSoon();
    if (settled.status === PaymentStatus.Failed) throw declined(settled);
    return settled;
  }

  /** Pending payments older than `olderThanMs` (left by a timeout or a crash), settled one by one; returns how many were settled. */
  async reconcilePending(olderThanMs: number): Promise<number> {
    const before = new Date(this.clock.now().getTime() - olderThanMs);
    const pending = await this.em
      .fork()
      .find(
        Payment,
        { status: PaymentStatus.Pending, createdAt: { $lte: before } },
        { orderBy: { createdAt: 'asc' }, limit: 100 },
      );
    let settled = 0;
    for (const payment of pending) {
      try {
        await this.settle(payment);
        settled++;
      } catch (err) {
        if (err instanceof DomainError && err.code === ErrorCode.PaymentDeclined) settled++;
        else if (!(err instanceof DomainError)) throw err;
      }
    }
    return settled;
  }

  async presentTopUp(payment: Payment): Promise<TopUp> {
    const entry = payment.ledgerEntryId
      ? await this.em.fork().findOne(LedgerEntry, { id: payment.ledgerEntryId })
      : null;
    return {
      id: payment.id,
      record_type: 'top_up',
      account_id: payment.accountId,
      status: payment.status,
      amount_cents: payment.amountCents,
      currency: payment.currency,
      payment_method_id: payment.paymentMethodId,
      processor_charge_id: payment.processorChargeId,
      ledger_entry_id: payment.ledgerEntryId,
      balance_cents: entry?.balanceAfterCents ?? 0,
      created_at: payment.createdAt.toISOString(),
    };
  }

  private async succeed(paymentId: string, chargeId: string): Promise<Payment> {
    return this.em.fork().transactional(async (em) => {
      const payment = await this.lockPending(em, paymentId);
      if (payment.status !== PaymentStatus.Pending) return payment; // a concurrent retry recorded it first
      const now = this.clock.now();
      const pm = await em.findOneOrFail(PaymentMethod, { id: payment.paymentMethodId });
      await this.usageBilling.lockForCredit(em, payment.accountId);
      const posted = await this.ledger.post(em, {
        walletId: payment.walletId,
        kind: LedgerEntryKind.TopUp,
        amountCents: payment.amountCents,
        idempotencyKey: `payment:${payment.id}`,
        reference: payment.id,
        currency: payment.currency,
        description: `${payment.purpose === PaymentPurpose.AutoRecharge ? 'Auto-recharge' : 'Top-up'} by ${pm.brand} card ending ${pm.last4}`,
      });
      // Usage owed is paid first from the money that just arrived (and passed on to a tenant's partner).
      await this.usageBilling.settleDebt(em, payment.accountId, posted.entryId);
      payment.status = PaymentStatus.Succeeded;
      payment.processorChargeId = chargeId;
      payment.ledgerEntryId = posted.entryId;
      payment.updatedAt = now;
      const wallet = await em.findOneOrFail(Wallet, { id: payment.walletId });
      await appendToOutbox(
        em,
        SERVICE,
        Events.PaymentSucceeded,
        {
          payment_id: payment.id,
          account_id: payment.accountId,
          payment_method_id: payment.paymentMethodId,
          purpose: payment.purpose,
          amount_cents: payment.amountCents,
          currency: payment.currency,
          processor_charge_id: chargeId,
          succeeded_at: now.toISOString(),
        },
        { accountId: payment.accountId, partnerId: wallet.partnerId },
        now,
      );
      return payment;
    });
  }

  private async fail(paymentId: string, chargeId: string, code: string, message: string): Promise<Payment> {
    return this.em.fork().transactional(async (em) => {
      const payment = await this.lockPending(em, paymentId);
      if (payment.status !== PaymentStatus.Pending) return payment;
      const now = this.clock.now();
      payment.status = PaymentStatus.Failed;
      payment.processorChargeId = chargeId;
      payment.failureCode = code;
      payment.failureMessage = message;
      payment.updatedAt = now;
      const wallet = await em.findOneOrFail(Wallet, { id: payment.walletId });
      await appendToOutbox(
        em,
        SERVICE,
        Events.PaymentFailed,
        {
          payment_id: payment.id,
          account_id: payment.accountId,
          payment_method_id: payment.paymentMethodId,
          purpose: payment.purpose,
          amount_cents: payment.amountCents,
          currency: payment.currency,
          failure_code: code,
          failure_message: message,
          failed_at: now.toISOString(),
        },
        { accountId: payment.accountId, partnerId: wallet.partnerId },
        now,
      );
      return payment;
    });
  }

  private async lockPending(em: EntityManager, paymentId: string): Promise<Payment> {
    await sql(em, `select id from ${PAYMENTS} where id = ? for update`, [paymentId]);
    return em.findOneOrFail(Payment, { id: paymentId }, { refresh: true });
  }

  private byKey(accountId: string, idempotencyKey: string): Promise<Payment | null> {
    return this.em.fork().findOne(Payment, { accountId, idempotencyKey });
  }

  private assertSameCharge(payment: Payment, charge: CardCharge): void {
    if (
      payment.amountCents !== charge.amountCents ||
      payment.paymentMethodId !== charge.paymentMethodId ||
      payment.purpose !== charge.purpose
    ) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.IdempotencyKeyReused,
        `Idempotency-Key ${charge.idempotencyKey} was first used for ${payment.amountCents} on ${payment.paymentMethodId}; use a new key for a different charge.`,
      );
    }
  }
}

function declined(payment: Payment): DomainError {
  return new DomainError(
    ErrorType.PaymentRequired,
    ErrorCode.PaymentDeclined,
    `${payment.failureMessage ?? 'The card was declined.'} (${payment.failureCode ?? 'card_declined'}); nothing was charged or credited.`,
  );
}
