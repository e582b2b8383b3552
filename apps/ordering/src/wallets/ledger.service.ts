import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency, DomainError, ErrorCode, ErrorType, Events, LedgerEntryKind } from '@did/contracts';
import { appendManyToOutbox, appendToOutbox } from '@did/messaging';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { cents, LEDGER_ENTRIES, sql, WALLETS } from '../db/sql';
import type { WalletRow as FullWalletRow } from './wallet-rows';

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
  /** On a partner's wallet: the tenant this entry is for (statements group by it). */
  tenantAccountId?: string | null;
}

/** What a post left behind: the entry, and whether it already existed (a retry). */
export interface Posted {
  entryId: string;
  balanceAfterCents: number;
  sequence: number;
  replayed: boolean;
}

/** What a posting reads of the wallet it locks. */
type WalletRow = Pick<FullWalletRow, 'id' | 'account_id' | 'partner_id' | 'currency' | 'balance_cents'>;

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
    if (!em.isInTransaction())
      throw new Error('LedgerService.post needs a transaction: the entry and the balance change commit together');
    if (!Number.isSafeInteger(posting.amountCents) || posting.amountCents === 0)
      throw new Error(`invalid ledger amount ${posting.amountCents}`);
    const now = this.clock.now();
    // The lock serialises a wallet's postings: sequence numbers and running balances follow one another.
    const [wallet] = await sql<WalletRow>(
      em,
      `select id, account_id, partner_id, currency, balance_cents from ${WALLETS} where id = ? for update`,
      [posting.walletId],
    );
    if (!wallet) throw new DomainError(ErrorType.NotFound, ErrorCode.WalletNotFound, `No wallet ${posting.walletId}.`);
    if (posting.currency && posting.currency !== wallet.currency) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.CurrencyMismatch,
        `The wallet is in ${wallet.currency}; a ${posting.currency} amount cannot be posted to it (no FX).`,
      );
    }
    const [existing] = await sql<EntryRow>(
      em,
      `select id, kind, amount_cents, balance_after_cents, sequence from ${LEDGER_ENTRIES} where wallet_id = ? and idempotency_key = ?`,
      [wallet.id, posting.idempotencyKey],
    );
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
      `insert into ${LEDGER_ENTRIES} (id, wallet_id, account_id, kind, amount_cents, balance_after_cents, currency, sequence, reference, description, idempotency_key, tenant_account_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entryId,
        wallet.id,
        wallet.account_id,
        posting.kind,
        posting.amountCents,
        balanceAfter,
        wallet.currency,
        updated.last_sequence,
        posting.reference ?? null,
        posting.description,
        posting.idempotencyKey,
        posting.tenantAccountId ?? null,
        now,
      ],
    );
    await appendToOutbox(
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

  /**
   * Writes many new postings at once inside `em`'s transaction (the renewal job's batches): the same
   * entries, sequences, running balances and events as one post() each in the given order, with one
   * lock, one guarded UPDATE (the net change per wallet, guarded in SQL) and one multi-row insert.
   * Keys must be new: a key written before fails the call on the unique key, and the caller rolls
   * back (and may retry one post() at a time, which replays). 402 balance_insufficient when a
   * wallet cannot cover its net debit; the entries' CHECK refuses a running balance dipping below zero.
   */
  async postMany(em: EntityManager, postings: readonly Posting[]): Promise<Posted[]> {
    if (!em.isInTransaction())
      throw new Error(
        'LedgerService.postMany needs a transaction: the entries and the balance changes commit together',
      );
    if (!postings.length) return [];
    for (const p of postings)
      if (!Number.isSafeInteger(p.amountCents) || p.amountCents === 0)
        throw new Error(`invalid ledger amount ${p.amountCents}`);
    const now = this.clock.now();
    const byWallet = new Map<string, { total: number; count: number }>();
    for (const p of postings) {
      const w = byWallet.get(p.walletId) ?? { total: 0, count: 0 };
      w.total += p.amountCents;
      w.count += 1;
      byWallet.set(p.walletId, w);
    }
    const ids = [...byWallet.keys()].sort();
    // Locked in id order, like every other multi-wallet writer, so two batches never wait in a circle.
    const wallets = new Map(
      (
        await sql<WalletRow>(
          em,
          `select id, account_id, partner_id, currency, balance_cents from ${WALLETS} where id = any(?) order by id for update`,
          [ids],
        )
      ).map((w) => [w.id, w]),
    );
    for (const p of postings) {
      const wallet = wallets.get(p.walletId);
      if (!wallet) throw new DomainError(ErrorType.NotFound, ErrorCode.WalletNotFound, `No wallet ${p.walletId}.`);
      if (p.currency && p.currency !== wallet.currency) {
        throw new DomainError(
          ErrorType.Unprocessable,
          ErrorCode.CurrencyMismatch,
          `The wallet is in ${wallet.currency}; a ${p.currency} amount cannot be posted to it (no FX).`,
        );
      }
    }
    const totals = ids.map((id) => byWallet.get(id)!);
    const updated = await sql<{ id: string; balance_cents: string; last_sequence: number }>(
      em,
      `update ${WALLETS} w set balance_cents = w.balance_cents + d.total, last_sequence = w.last_sequence + d.n, updated_at = ?
       from unnest(?::text[], ?::bigint[], ?::int[]) as d(id, total, n)
       where w.id = d.id and w.balance_cents + d.total >= 0 returning w.id, w.balance_cents, w.last_sequence`,
      [now, ids, totals.map((t) => t.total), totals.map((t) => t.count)],
    );
    if (updated.length !== ids.length) {
      const short = ids.find((id) => !updated.some((u) => u.id === id))!;
      const wallet = wallets.get(short)!;
      throw new DomainError(
        ErrorType.PaymentRequired,
        ErrorCode.BalanceInsufficient,
        `The balance (${cents(wallet.balance_cents)} ${wallet.currency} minor units) does not cover ${-byWallet.get(short)!.total}; top up or enable auto-recharge.`,
      );
    }
    // Each wallet's entries continue its chain from where it stood before this UPDATE.
    const cursor = new Map(
      updated.map((u) => [
        u.id,
        {
          balance: cents(u.balance_cents) - byWallet.get(u.id)!.total,
          sequence: u.last_sequence - byWallet.get(u.id)!.count,
        },
      ]),
    );
    const rows = postings.map((p) => {
      const at = cursor.get(p.walletId)!;
      at.balance += p.amountCents;
      at.sequence += 1;
      return {
        posting: p,
        wallet: wallets.get(p.walletId)!,
        entryId: sortableId('led', now),
        balanceAfter: at.balance,
        sequence: at.sequence,
      };
    });
    await sql(
      em,
      `insert into ${LEDGER_ENTRIES} (id, wallet_id, account_id, kind, amount_cents, balance_after_cents, currency, sequence, reference, description, idempotency_key, tenant_account_id, created_at)
       select id, wallet_id, account_id, kind, amount_cents, balance_after_cents, currency, sequence, reference, description, idempotency_key, tenant_account_id, ?
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[])
         as t(id, wallet_id, account_id, kind, amount_cents, balance_after_cents, currency, sequence, reference, description, idempotency_key, tenant_account_id)`,
      [
        now,
        rows.map((r) => r.entryId),
        rows.map((r) => r.wallet.id),
        rows.map((r) => r.wallet.account_id),
        rows.map((r) => r.posting.kind),
        rows.map((r) => r.posting.amountCents),
        rows.map((r) => r.balanceAfter),
        rows.map((r) => r.wallet.currency),
        rows.map((r) => r.sequence),
        rows.map((r) => r.posting.reference ?? null),
        rows.map((r) => r.posting.description),
        rows.map((r) => r.posting.idempotencyKey),
        rows.map((r) => r.posting.tenantAccountId ?? null),
      ],
    );
    await appendManyToOutbox(
      em,
      SERVICE,
      rows.map((r) => ({
        definition: Events.LedgerEntryCreated,
        data: {
          entry_id: r.entryId,
          wallet_id: r.wallet.id,
          account_id: r.wallet.account_id,
          kind: r.posting.kind,
          amount_cents: r.posting.amountCents,
          balance_after_cents: r.balanceAfter,
          currency: r.wallet.currency,
          sequence: r.sequence,
          reference: r.posting.reference ?? null,
          created_at: now.toISOString(),
        },
        scope: { accountId: r.wallet.account_id, partnerId: r.wallet.partner_id },
      })),
      now,
    );
    return rows.map((r) => ({
      entryId: r.entryId,
      balanceAfterCents: r.balanceAfter,
      sequence: r.sequence,
      replayed: false,
    }));
  }

  private replay(existing: EntryRow, posting: Posting): Posted {
    if (existing.kind !== posting.kind || cents(existing.amount_cents) !== posting.amountCents) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.IdempotencyKeyReused,
        `Ledger key ${posting.idempotencyKey} already recorded a ${existing.kind} of ${cents(existing.amount_cents)}; it cannot record a ${posting.kind} of ${posting.amountCents}.`,
      );
    }
    return {
      entryId: existing.id,
      balanceAfterCents: cents(existing.balance_after_cents),
      sequence: existing.sequence,
      replayed: true,
    };
  }
}
