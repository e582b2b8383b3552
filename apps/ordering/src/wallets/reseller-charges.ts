import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency, DomainError, ErrorCode, ErrorType, LedgerEntryKind } from '@did/contracts';
import { sql, WALLETS } from '../db/sql';
import { LedgerService } from './ledger.service';

/** One business fact billed on both sides of a resale: the buyer at its price, its partner (if any) at the partner price. */
export interface ResellerCharge {
  kind: LedgerEntryKind;
  buyerAccountId: string;
  /** The buyer's partner, or null when a partner buys for itself. */
  partnerId: string | null;
  currency: Currency;
  /** Positive minor units: debited from the buyer (credited back for a refund). 0 posts nothing. */
  buyerCents: number;
  /** Positive minor units for the partner's side; ignored without a partner. */
  partnerCents: number;
  /** Stable across retries; the partner's entry gets `:partner` appended. */
  key: string;
  description: string;
  reference: string;
}

/**
 * Posts both sides of a resale inside the caller's transaction, so the tenant's debit and the
 * partner's debit commit together or not at all (the partner keeps the difference). Refunds use the
 * same shape with credits. Either balance falling short throws 402 balance_insufficient and, the
 * transaction being rolled back, nothing is posted.
 */
@Injectable()
export class ResellerCharges {
  constructor(private readonly ledger: LedgerService) {}

  async debit(em: EntityManager, charge: ResellerCharge): Promise<void> {
    await this.post(em, charge, -1);
  }

  async credit(em: EntityManager, charge: ResellerCharge): Promise<void> {
    await this.post(em, charge, 1);
  }

  private async post(em: EntityManager, charge: ResellerCharge, sign: 1 | -1): Promise<void> {
    const buyer = await walletIdOf(em, charge.buyerAccountId);
    const partner = charge.partnerId ? await walletIdOf(em, charge.partnerId) : null;
    // Lock order by wallet id: two transactions touching the same pair never wait on each other in a circle.
    const sides = [
      { walletId: buyer, cents: charge.buyerCents, key: charge.key, who: 'buyer' },
      ...(partner ? [{ walletId: partner, cents: charge.partnerCents, key: `${charge.key}:partner`, who: 'partner' }] : []),
    ].sort((a, b) => a.walletId.localeCompare(b.walletId));
    for (const side of sides) {
      if (side.cents === 0) continue;
      try {
        await this.ledger.post(em, {
          walletId: side.walletId,
          kind: charge.kind,
          amountCents: sign * side.cents,
          idempotencyKey: side.key,
          description: side.who === 'partner' ? `${charge.description} (partner price, for tenant ${charge.buyerAccountId})` : charge.description,
          reference: charge.reference,
          currency: charge.currency,
        });
      } catch (err) {
        if (err instanceof DomainError && err.code === ErrorCode.BalanceInsufficient && side.who === 'partner') {
          throw new DomainError(ErrorType.PaymentRequired, ErrorCode.BalanceInsufficient, `The partner's balance does not cover its share (${side.cents} ${charge.currency} minor units); the partner must top up.`);
        }
        throw err;
      }
    }
  }
}

/** The wallet id of an account, or 404 wallet_not_found. */
export async function walletIdOf(em: EntityManager, accountId: string): Promise<string> {
  const [row] = await sql<{ id: string }>(em, `select id from ${WALLETS} where account_id = ?`, [accountId]);
  if (!row) throw new DomainError(ErrorType.NotFound, ErrorCode.WalletNotFound, `Account ${accountId} has no wallet.`);
  return row.id;
}
