import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Balance,
  Currency,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  LedgerEntryList,
  ListLedgerRequest,
  WalletCaller,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { keysetPage } from '@did/persistence';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { sql, WALLETS } from '../db/sql';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Wallet } from './entities/wallet.entity';
import { presentBalance, presentLedgerEntry } from './wallet.presenter';
import { readWallet } from './wallet-rows';

const SERVICE = 'ordering';

/** The account a wallet is opened for. */
export interface WalletOwner {
  accountId: string;
  partnerId: string | null;
  currency: Currency;
  /** The account's plan includes a trial number (its first number's first cycle is free). */
  trialNumber?: boolean;
}

/** Wallets: opened once per account (from account.created, or on first use), read with their ledger. */
@Injectable()
export class WalletsService {
  private readonly logger = new Logger('Wallets');

  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ORDERING_CONFIG) private readonly config: OrderingConfig,
  ) {}

  /** See {@link openWallet}; the wallet is opened at the service clock's now, with the plan's trial number when new accounts get one. */
  openIn(em: EntityManager, owner: WalletOwner): Promise<boolean> {
    return openWallet(
      em,
      { ...owner, trialNumber: owner.trialNumber ?? this.config.TRIAL_NUMBER_FOR_NEW_ACCOUNTS },
      this.clock.now(),
      this.logger,
    );
  }

  /** The caller's wallet, opened now if account.created has not been processed yet. */
  async ensure(caller: WalletCaller): Promise<Wallet> {
    const found = await readWallet(this.em.fork(), caller.account_id);
    if (found) return this.checkCurrency(found, caller.currency);
    const created = await this.em
      .fork()
      .transactional((em) =>
        this.openIn(em, { accountId: caller.account_id, partnerId: caller.partner_id, currency: caller.currency }),
      );
    if (created) this.events.publishSoon();
    return this.checkCurrency(await this.byAccount(caller.account_id), caller.currency);
  }

  /** The buyer's wallet and, for a tenant, its partner's (same currency): both sides of a resale must be able to post. */
  async ensureBuyer(caller: WalletCaller): Promise<Wallet> {
    const wallet = await this.ensure(caller);
    if (caller.partner_id)
      await this.ensure({ account_id: caller.partner_id, partner_id: null, currency: wallet.currency });
    return wallet;
  }

  /** The wallet of `accountId` as stored now, or 404 wallet_not_found. */
  async byAccount(accountId: string, em: EntityManager = this.em.fork()): Promise<Wallet> {
    const wallet = await readWallet(em, accountId);
    if (!wallet)
      throw new DomainError(ErrorType.NotFound, ErrorCode.WalletNotFound, `Account ${accountId} has no wallet.`);
    return wallet;
  }

  async balance(caller: WalletCaller): Promise<Balance> {
    return presentBalance(await this.ensure(caller));
  }

  async ledger(request: ListLedgerRequest): Promise<LedgerEntryList> {
    const wallet = await this.ensure(request.caller);
    const { query } = request;
    const where: Record<string, unknown> = { walletId: wallet.id };
    if (query.kind) where.kind = query.kind;
    const createdAt: Record<string, Date> = {};
    if (query.created_after) createdAt.$gte = new Date(query.created_after);
    if (query.created_before) createdAt.$lt = new Date(query.created_before);
    if (Object.keys(createdAt).length) where.createdAt = createdAt;
    const page = await keysetPage(this.em.fork(), LedgerEntry, where, query);
    return { data: page.data.map(presentLedgerEntry), meta: { total: page.total, next_cursor: page.nextCursor } };
  }

  private checkCurrency(wallet: Wallet, currency: Currency): Wallet {
    if (wallet.currency !== currency) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.CurrencyMismatch,
        `The wallet of ${wallet.accountId} is in ${wallet.currency}, not ${currency}.`,
      );
    }
    return wallet;
  }
}

/**
 * Opens the account's wallet inside `em`'s transaction unless it exists (one per account, by a unique
 * key, so concurrent openers cannot make two), with its wallet.created event. Returns whether this
 * call created it.
 */
export async function openWallet(em: EntityManager, owner: WalletOwner, now: Date, logger?: Logger): Promise<boolean> {
  const id = sortableId('wal', now);
  const inserted = await sql<{ id: string }>(
    em,
    `insert into ${WALLETS} (id, account_id, partner_id, currency, balance_cents, last_sequence, auto_recharge_enabled, auto_recharge_threshold_cents, auto_recharge_amount_cents, trial_number_available, created_at, updated_at)
     values (?, ?, ?, ?, 0, 0, false, 0, 0, ?, ?, ?) on conflict (account_id) do nothing returning id`,
    [id, owner.accountId, owner.partnerId, owner.currency, owner.trialNumber ?? false, now, now],
  );
  if (!inserted.length) {
    const [existing] = await sql<{ currency: string }>(em, `select currency from ${WALLETS} where account_id = ?`, [
      owner.accountId,
    ]);
    // The account's currency never changes; a mismatch means a wallet was opened from a wrong guess.
    if (existing && existing.currency !== owner.currency)
      logger?.error(`wallet of ${owner.accountId} is in ${existing.currency}, the account in ${owner.currency}`);
    return false;
  }
  await appendToOutbox(
    em,
    SERVICE,
    Events.WalletCreated,
    { wallet_id: id, account_id: owner.accountId, currency: owner.currency, created_at: now.toISOString() },
    { accountId: owner.accountId, partnerId: owner.partnerId },
    now,
  );
  return true;
}
