import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency, Events } from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { cents, sql, WALLETS } from '../db/sql';

const SERVICE = 'ordering';

/** The wallets involved in a usage payment, locked in id order (the order every multi-wallet writer uses). */
export interface LockedWallet {
  id: string;
  account_id: string;
  partner_id: string | null;
  currency: Currency;
  balance: number;
  owed: number;
}

export async function lockWallets(
  em: EntityManager,
  accountIds: readonly string[],
): Promise<Map<string, LockedWallet>> {
  const rows = await sql<{
    id: string;
    account_id: string;
    partner_id: string | null;
    currency: Currency;
    balance_cents: string;
    owed_cents: string;
  }>(
    em,
    `select id, account_id, partner_id, currency, balance_cents, owed_cents from ${WALLETS} where account_id = any(?) order by id for update`,
    [[...new Set(accountIds)]],
  );
  return new Map(
    rows.map((r) => [
      r.account_id,
      {
        id: r.id,
        account_id: r.account_id,
        partner_id: r.partner_id,
        currency: r.currency,
        balance: cents(r.balance_cents),
        owed: cents(r.owed_cents),
      },
    ]),
  );
}

/**
 * Moves a wallet's usage debt by `delta` (positive: more owed) and tells routing and webhooks
 * (wallet.debt_changed). The CHECK keeps it from going below zero whatever the caller computed.
 */
export async function changeDebt(em: EntityManager, wallet: LockedWallet, delta: number, now: Date): Promise<void> {
  if (delta === 0) return;
  const [row] = await sql<{ owed_cents: string; debt_sequence: number }>(
    em,
    `update ${WALLETS} set owed_cents = owed_cents + ?, debt_sequence = debt_sequence + 1, updated_at = ? where id = ? returning owed_cents, debt_sequence`,
    [delta, now, wallet.id],
  );
  const owed = cents(row.owed_cents);
  await appendToOutbox(
    em,
    SERVICE,
    Events.WalletDebtChanged,
    {
      wallet_id: wallet.id,
      account_id: wallet.account_id,
      currency: wallet.currency,
      owed_cents: owed,
      previous_owed_cents: wallet.owed,
      sequence: row.debt_sequence,
      changed_at: now.toISOString(),
    },
    { accountId: wallet.account_id, partnerId: wallet.partner_id },
    now,
  );
  wallet.owed = owed;
}
