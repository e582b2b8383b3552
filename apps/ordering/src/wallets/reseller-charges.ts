import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency, DomainError, ErrorCode, ErrorType, LedgerEntryKind } from '@did/contracts';
import { sql, WALLETS } from '../db/sql';
import { CLOCK, Clock } from '@did/service-kit';
import { LedgerService, Posting } from './ledger.service';
import { changeDebt, lockWallets } from './wallet-debt';

/** One business fact billed on both sides of a resale: the buyer at its price, its partner (if any) at the platform price. */
export interface ResellerCharge {
  kind: LedgerEntryKind;
  buyerAccountId: string;
  /** The buyer's partner, or null when a partner buys for itself. */
  partnerId: string | null;
  currency: Currency;
  /** Positive minor units: debited from the buyer (credited back for a refund) and credited to its partner as the tenant's payment. 0 posts nothing. */
  buyerCents: number;
  /** Positive minor units: the platform price the partner pays; ignored without a partner. */
  partnerCents: number;
  /** Stable across retries; the partner's entries append `:partner` (platform price) and `:tenant-payment`. */
  key: string;
  description: string;
  reference: string;
}

/** Which side of a resale a posting is. */
export type ResaleSide = 'buyer' | 'platform_price' | 'tenant_payment';

export type ResalePosting = Posting & { side: ResaleSide };

/**
 * The entries of a resale charge (sign -1) or its refund (sign +1): the buyer's, then on the
 * partner's wallet the tenant's payment and the platform price, each tagged with the tenant so
 * statements can group by it. Returned in lock order: by wallet id, and within the partner's wallet
 * credit first, so a partner with no balance but a positive margin is never refused.
 */
export function resalePostings(
  charge: ResellerCharge,
  wallets: { buyer: string; partner: string | null },
  sign: 1 | -1,
): ResalePosting[] {
  const common = { reference: charge.reference, currency: charge.currency };
  const buyer: ResalePosting = {
    ...common,
    side: 'buyer',
    walletId: wallets.buyer,
    kind: charge.kind,
    amountCents: sign * charge.buyerCents,
    idempotencyKey: charge.key,
    description: charge.description,
  };
  const partner: ResalePosting[] = [];
  if (wallets.partner) {
    const tenant = charge.buyerAccountId;
    const forTenant = { ...common, walletId: wallets.partner, tenantAccountId: tenant };
    const payment: ResalePosting = {
      ...forTenant,
      side: 'tenant_payment',
      kind: LedgerEntryKind.TenantPayment,
      amountCents: -sign * charge.buyerCents,
      idempotencyKey: `${charge.key}:tenant-payment`,
      description: `${charge.description} (${sign < 0 ? 'paid by' : 'refunded to'} tenant ${tenant})`,
    };
    const price: ResalePosting = {
      ...forTenant,
      side: 'platform_price',
      kind: charge.kind,
      amountCents: sign * charge.partnerCents,
      idempotencyKey: `${charge.key}:partner`,
      description: `${charge.description} (platform price, for tenant ${tenant})`,
    };
    partner.push(...(sign < 0 ? [payment, price] : [price, payment]));
  }
  // Array sort is stable: the partner's credit-first order survives the sort by wallet id.
  return [buyer, ...partner].filter((p) => p.amountCents !== 0).sort((a, b) => a.walletId.localeCompare(b.walletId));
}

/** What the partner's wallet must hold for a resale: the platform price beyond its tenant's payment (credited first). */
export function partnerShortfall(buyerCents: number, partnerCents: number): number {
  return Math.max(0, partnerCents - buyerCents);
}

/**
 * Posts both sides of a resale inside the caller's transaction: the tenant pays its price, the
 * payment is credited to its partner, the partner pays the platform price, all committed together
 * or not at all, so the platform keeps exactly its price. Refunds reverse all three. A charge that
 * does not fit either wallet throws 402 balance_insufficient and, rolled back, posts nothing.
 */
@Injectable()
export class ResellerCharges {
  private readonly logger = new Logger('ResellerCharges');

  constructor(
    private readonly ledger: LedgerService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async reverseWhatFits(em: EntityManager, posting: ResalePosting, charge: ResellerCharge): Promise<void> {
    const owed = await reverseWhatFitsImpl(this.ledger, em, posting, charge, this.clock.now());
    this.logger.warn(
      `refund ${charge.key}: partner ${charge.partnerId} could not give back all of tenant ${charge.buyerAccountId}'s payment; it owes ${owed} ${charge.currency}`,
    );
  }

  async debit(em: EntityManager, charge: ResellerCharge): Promise<void> {
    await this.post(em, charge, -1);
  }

  /**
   * A refund. The tenant is always credited back: its refund must not fail because of its partner.
   * When the partner's balance cannot give the tenant's payment back (its margin), it gives what the
   * balance holds and owes the rest (wallets.owed_cents, paid first by its next top-up), so the
   * platform never refunds more than its own price.
   */
  async credit(em: EntityManager, charge: ResellerCharge): Promise<void> {
    await this.post(em, charge, 1);
  }

  private async post(em: EntityManager, charge: ResellerCharge, sign: 1 | -1): Promise<void> {
    const wallets = {
      buyer: await walletIdOf(em, charge.buyerAccountId),
      partner: charge.partnerId ? await walletIdOf(em, charge.partnerId) : null,
    };
    for (const posting of resalePostings(charge, wallets, sign)) {
      try {
        await this.ledger.post(em, posting);
      } catch (err) {
        if (!(err instanceof DomainError && err.code === ErrorCode.BalanceInsufficient) || posting.side === 'buyer')
          throw err;
        if (sign > 0) {
          // The guarded UPDATE changed nothing (no SQL error), so the transaction goes on with the tenant's refund.
          await this.reverseWhatFits(em, posting, charge);
          continue;
        }
        throw new DomainError(
          ErrorType.PaymentRequired,
          ErrorCode.BalanceInsufficient,
          `The partner's balance does not cover its share (${charge.partnerCents - charge.buyerCents} ${charge.currency} minor units beyond its tenant's payment); the partner must top up.`,
        );
      }
    }
  }
}

/** Reverses as much of a partner's credit as its balance holds; the rest becomes its debt. */
async function reverseWhatFitsImpl(
  ledger: LedgerService,
  em: EntityManager,
  posting: ResalePosting,
  charge: ResellerCharge,
  now: Date,
): Promise<number> {
  const partner = (await lockWallets(em, [charge.partnerId!])).get(charge.partnerId!);
  if (!partner)
    throw new DomainError(ErrorType.NotFound, ErrorCode.WalletNotFound, `Account ${charge.partnerId} has no wallet.`);
  const due = -posting.amountCents;
  const paid = Math.min(partner.balance, due);
  if (paid > 0)
    await ledger.post(em, { ...posting, amountCents: -paid, idempotencyKey: `${posting.idempotencyKey}:partial` });
  await changeDebt(em, partner, due - paid, now);
  return due - paid;
}

/** The wallet id of an account, or 404 wallet_not_found. */
export async function walletIdOf(em: EntityManager, accountId: string): Promise<string> {
  const [row] = await sql<{ id: string }>(em, `select id from ${WALLETS} where account_id = ?`, [accountId]);
  if (!row) throw new DomainError(ErrorType.NotFound, ErrorCode.WalletNotFound, `Account ${accountId} has no wallet.`);
  return row.id;
}
