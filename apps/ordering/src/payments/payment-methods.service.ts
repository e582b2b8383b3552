import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CreatePaymentMethodRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  ListPaymentMethodsRequest,
  PaymentMethod as PaymentMethodView,
  PaymentMethodList,
  PaymentMethodRefRequest,
} from '@did/contracts';
import { CLOCK, Clock, randomId } from '@did/service-kit';
import { Wallet } from '../wallets/entities/wallet.entity';
import { PaymentMethod } from './entities/payment-method.entity';
import { brandOf, isExpired, luhnValid } from './sandbox-cards';
import { SandboxCardProcessor } from './sandbox-processor';

export function presentPaymentMethod(pm: PaymentMethod): PaymentMethodView {
  return {
    id: pm.id,
    record_type: 'payment_method',
    account_id: pm.accountId,
    brand: pm.brand,
    last4: pm.last4,
    exp_month: pm.expMonth,
    exp_year: pm.expYear,
    created_at: pm.createdAt.toISOString(),
  };
}

/** Saved cards of an account: validated (Luhn, expiry), tokenised by the processor, kept as brand, last4 and expiry only. */
@Injectable()
export class PaymentMethodsService {
  constructor(
    private readonly em: EntityManager,
    private readonly processor: SandboxCardProcessor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(request: CreatePaymentMethodRequest): Promise<PaymentMethodView> {
    const { card, caller } = request;
    const now = this.clock.now();
    if (!luhnValid(card.card_number)) {
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.ValidationFailed,
        'card_number: not a valid card number (Luhn check failed)',
        [{ field: 'card_number', rule: 'luhn', message: 'not a valid card number (Luhn check failed)' }],
      );
    }
    if (isExpired(card.exp_month, card.exp_year, now)) {
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.ValidationFailed,
        `exp_year: the card expired at the end of ${card.exp_year}-${String(card.exp_month).padStart(2, '0')}`,
        [{ field: 'exp_year', rule: 'not_expired', message: 'the card has expired' }],
      );
    }
    const em = this.em.fork();
    const pm = em.create(PaymentMethod, {
      id: randomId('pm'),
      accountId: caller.account_id,
      brand: brandOf(card.card_number),
      last4: card.card_number.slice(-4),
      expMonth: card.exp_month,
      expYear: card.exp_year,
      processorToken: this.processor.tokenize(card.card_number),
      createdAt: now,
      deletedAt: null,
    });
    await em.persist(pm).flush();
    return presentPaymentMethod(pm);
  }

  async list(request: ListPaymentMethodsRequest): Promise<PaymentMethodList> {
    const found = await this.em
      .fork()
      .find(
        PaymentMethod,
        { accountId: request.caller.account_id, deletedAt: null },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
    return { data: found.map(presentPaymentMethod) };
  }

  async get(request: PaymentMethodRefRequest): Promise<PaymentMethodView> {
    return presentPaymentMethod(await this.find(this.em.fork(), request.caller.account_id, request.payment_method_id));
  }

  /** Deleting the card auto-recharge uses is refused (409): silently switching auto-recharge off could let a renewal fail. */
  async delete(request: PaymentMethodRefRequest): Promise<PaymentMethodView> {
    return this.em.fork().transactional(async (em) => {
      const pm = await this.find(em, request.caller.account_id, request.payment_method_id);
      const usedBy = await em.count(Wallet, {
        accountId: pm.accountId,
        autoRechargeEnabled: true,
        autoRechargePaymentMethodId: pm.id,
      });
      if (usedBy) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.PaymentMethodInUse,
          `Auto-recharge charges ${pm.id}: choose another card or disable auto-recharge first.`,
        );
      }
      pm.deletedAt = this.clock.now();
      return presentPaymentMethod(pm);
    });
  }

  /** A live card of `accountId`, or 404: another account's card does not exist for this caller. */
  async find(em: EntityManager, accountId: string, id: string): Promise<PaymentMethod> {
    const pm = await em.findOne(PaymentMethod, { id, accountId, deletedAt: null });
    if (!pm)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.PaymentMethodNotFound,
        `No payment method ${id} on this account.`,
      );
    return pm;
  }

  /** `find`, plus 402 payment_method_expired when the card can no longer be charged. */
  async chargeable(em: EntityManager, accountId: string, id: string): Promise<PaymentMethod> {
    const pm = await this.find(em, accountId, id);
    if (isExpired(pm.expMonth, pm.expYear, this.clock.now())) {
      throw new DomainError(
        ErrorType.PaymentRequired,
        ErrorCode.PaymentMethodExpired,
        `Card ${pm.brand} ending ${pm.last4} expired; add a new card.`,
      );
    }
    return pm;
  }
}
