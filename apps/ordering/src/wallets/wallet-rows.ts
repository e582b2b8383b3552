import type { EntityManager } from '@mikro-orm/postgresql';
import type { Currency } from '@did/contracts';
import { cents, sql, WALLETS } from '../db/sql';
import type { Wallet } from './entities/wallet.entity';

/** A wallets row as PostgreSQL returns it (bigint amounts as strings). */
export interface WalletRow {
  id: string;
  account_id: string;
  partner_id: string | null;
  currency: Currency;
  balance_cents: string;
  owed_cents: string;
  debt_sequence: number;
  last_sequence: number;
  auto_recharge_enabled: boolean;
  auto_recharge_threshold_cents: string;
  auto_recharge_amount_cents: string;
  auto_recharge_payment_method_id: string | null;
  trial_number_available: boolean;
  created_at: string;
  updated_at: string;
}

/**
 * The wallet of `accountId` as stored now (in `em`'s transaction when it has one), or null: a plain
 * read, not a managed entity. Every order reads its buyer's wallets several times, and the ORM's
 * findOne costs about six times the statement in CPU (`npm run bench:orm`).
 */
export async function readWallet(em: EntityManager, accountId: string): Promise<Wallet | null> {
  const [row] = await sql<WalletRow>(em, `select * from ${WALLETS} where account_id = ?`, [accountId]);
  if (!row) return null;
  return {
    id: row.id,
    accountId: row.account_id,
    partnerId: row.partner_id,
    currency: row.currency,
    balanceCents: cents(row.balance_cents),
    owedCents: cents(row.owed_cents),
    debtSequence: row.debt_sequence,
    lastSequence: row.last_sequence,
    autoRechargeEnabled: row.auto_recharge_enabled,
    autoRechargeThresholdCents: cents(row.auto_recharge_threshold_cents),
    autoRechargeAmountCents: cents(row.auto_recharge_amount_cents),
    autoRechargePaymentMethodId: row.auto_recharge_payment_method_id,
    trialNumberAvailable: row.trial_number_available,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
