import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency, DomainError, ErrorCode, ErrorType, Events, LedgerEntryKind } from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { cents, LEDGER_ENTRIES, sql, WALLETS } from '../db/sql';

const SERVICE = 'ordering';

/** One movement to write: signed amount, why, and the caller's stable key for it. */
export interface Posting {
  walletId: string;
  kind: LedgerEntryKind;
  /** Signed minor units: positive credits, negative debits. Never zero. */
  amountCents: number;
  /**
   * Unique per wallet, stable across retries of the same business fact (`payment:<id>`,
   * `order:<order id>:<e164>`, `renewal:<number>:<period start>`): a second post with it writes nothing.
   */
  idempotencyKey: string;
  description: string;
  reference?: string | null;
  /** When given, the wallet must be in this currency (no FX). */
  currency?: Currency;
}

/** What a post left behind: the entry, and whether it already existed (a retry). */
export interface Posted {
  entryId: string;
  balanceAfterCents: number;
  sequence: number;
  replayed: boolean;
}

interface WalletRow {
  id: string;
  account_id: string;
  partner_id: string | null;
  currency: Currency;
  balance_cents: string;
}

interface EntryRow {
  id: string;
  kind: LedgerEntryKind;
  amount_cents: string;
  balance_after_cents: string;
  sequence: number;
}

/**
 * The only writer of balances. Every change is one ledger entry and one balance update in the
 * caller's transaction, under the wallet's row lock; the non-negative guard is in the UPDATE's WHERE
 * (and the table's CHECK), never a JavaScript comparison.
 */
@Injectable()
export class LedgerService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Writes `posting` inside `em`'s transaction (the caller must have opened one). 402 balance_insufficient when a debit does not fit. */
  async post(em: EntityManager, posting: Posting): Promise<Posted> {
    if (!em.isInTransaction()) throw new Error('LedgerService.post needs a transaction: the entry and the balance change commit together');
    if (!Number.isSafeInteger(posting.amountCents) || posting.amountCents === 0) throw new Error(`invalid ledger amount ${posting.amountCents}`);
    const now = this.clock.now();
    // The lock serialises a wallet's postings: sequence numbers and running balances follow one another.
    const [wallet] = await sql<WalletRow>(em, `select id, account_id, partner_id, currency, balance_cents from ${WALLETS} where id = ? for update`, [posting.walletId]);
    if (!wallet) throw new DomainError(ErrorType.NotFound, ErrorCode.WalletNotFound, `No wallet ${posting.walletId}.`);
    if (posting.currency && posting.currency !== wallet.currency) {
      throw new DomainError(ErrorType.Unprocessable, ErrorCode.CurrencyMismatch, `The wallet is in ${wallet.currency}; a ${posting.currency} amount cannot be posted to it (no FX).`);
    }
    const [existing] = await sql<EntryRow>(em, `select id, kind, amount_cents, balance_after_cents, sequence from ${LEDGER_ENTRIES} where wallet_id = ? and idempotency_key = ?`, [wallet.id, posting.idempotencyKey]);
    if (existing) return this.replay(existing, posting);

    const [updated] = await sql<{ balance_cents: string; last_sequence: number }>(
      em,
      `update ${WALLETS} set balance_cents = balance_cents + ?, last_sequence = last_sequence + 1, updated_at = ? where id = ? and balance_cents + ? >= 0 returning balance_cents, last_sequence`,
      [posting.amountCents, now, wallet.id, posting.amountCents],
    );
    if (!updated) {
      throw new DomainError(
        ErrorType.PaymentRequired,
        ErrorCode.BalanceInsufficient,
        `The balance (${cents(wallet.balance_cents)} ${wallet.currency} minor units) does not cover ${-posting.amountCents}; top up or enable auto-recharge.`,
      );
    }
    const entryId = sortableId('led', now);
    const balanceAfter = cents(updated.balance_cents);
    await sql(
      em,
      `insert into ${LEDGER_ENTRIES} (id, wallet_id, account_id, kind, amount_cents, balance_after_cents, currency, sequence, reference, description, idempotency_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [entryId, wallet.id, wallet.account_id, posting.kind, posting.amountCents, balanceAfter, wallet.currency, updated.last_sequence, posting.reference ?? null, posting.description, posting.idempotencyKey, now],
    );
    appendToOutbox(
      em,
      SERVICE,
      Events.LedgerEntryCreated,
      {
        entry_id: entryId,
        wallet_id: wallet.id,
        account_id: wallet.account_id,
        kind: posting.kind,
        amount_cents: posting.amountCents,
        balance_after_cents: balanceAfter,
        currency: wallet.currency,
        sequence: updated.last_sequence,
        reference: posting.reference ?? null,
        created_at: now.toISOString(),
      },
      { accountId: wallet.account_id, partnerId: wallet.partner_id },
      now,
    );
    return { entryId, balanceAfterCents: balanceAfter, sequence: updated.last_sequence, replayed: false };
  }

  private replay(existing: EntryRow, posting: Posting): Posted {
    if (existing.kind !== posting.kind || cents(existing.amount_cents) !== posting.amountCents) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.IdempotencyKeyReused,
        `Ledger key ${posting.idempotencyKey} already recorded a ${existing.kind} of ${cents(existing.amount_cents)}; it cannot record a ${posting.kind} of ${posting.amountCents}.`,
      );
    }
    return { entryId: existing.id, balanceAfterCents: cents(existing.balance_after_cents), sequence: existing.sequence, replayed: true };
  }
}
