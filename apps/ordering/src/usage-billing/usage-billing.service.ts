import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Events, LedgerEntryKind, UsageRatedV1 } from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { sql, USAGE_CHARGES, WALLETS } from '../db/sql';
import { LedgerService } from '../wallets/ledger.service';
import { changeDebt, LockedWallet, lockWallets } from '../wallets/wallet-debt';

const SERVICE = 'ordering';

/**
 * Charges rated usage to wallets, in arrears (docs/usage-charging.md). Usage is never lost: what the
 * balance cannot cover is added to the wallet's debt, paid first by its next top-up. In a resale the
 * tenant's payment goes to its partner as it is paid (now, or when the debt is settled); the
 * partner's platform price arrives as a usage charge of its own.
 */
@Injectable()
export class UsageBillingService {
  constructor(
    private readonly ledger: LedgerService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Applies one usage.rated batch, once (its charge id is the key of everything it writes). */
  async apply(em: EntityManager, charge: UsageRatedV1): Promise<void> {
    const [done] = await sql(em, `select 1 from ${USAGE_CHARGES} where charge_id = ?`, [charge.charge_id]);
    if (done) return;
    const now = this.clock.now();
    const wallets = await lockWallets(
      em,
      charge.partner_id ? [charge.account_id, charge.partner_id] : [charge.account_id],
    );
    const payer = wallets.get(charge.account_id);
    // A wallet is opened with its account (account.created); until then the usage is owed to nobody we can debit: retry.
    if (!payer) throw new Error(`no wallet for ${charge.account_id} yet`);
    const paid = Math.min(payer.balance, charge.amount_cents);
    const owed = charge.amount_cents - paid;
    const what = `Usage: ${charge.record_count} call and message record(s), ${charge.first_record_at.slice(0, 10)} to ${charge.last_record_at.slice(0, 10)}`;
    if (paid > 0) {
      await this.ledger.post(em, {
        walletId: payer.id,
        kind: LedgerEntryKind.Usage,
        amountCents: -paid,
        idempotencyKey: `usage:${charge.charge_id}`,
        reference: charge.charge_id,
        description: charge.tenant_account_id
          ? `${what}, platform price of tenant ${charge.tenant_account_id}'s usage`
          : what,
        currency: charge.currency,
        tenantAccountId: charge.tenant_account_id,
      });
      payer.balance -= paid;
      await this.creditPartner(
        em,
        wallets,
        payer,
        paid,
        `usage:${charge.charge_id}:tenant-payment`,
        charge.charge_id,
        `${what} paid by tenant ${payer.account_id}`,
      );
    }
    await changeDebt(em, payer, owed, now);
    await sql(
      em,
      `insert into ${USAGE_CHARGES} (charge_id, account_id, partner_id, currency, amount_cents, paid_cents, owed_cents, record_count, first_record_at, last_record_at, applied_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        charge.charge_id,
        charge.account_id,
        charge.partner_id,
        charge.currency,
        charge.amount_cents,
        paid,
        owed,
        charge.record_count,
        charge.first_record_at,
        charge.last_record_at,
        now,
      ],
    );
    await appendToOutbox(
      em,
      SERVICE,
      Events.UsageCharged,
      {
        charge_id: charge.charge_id,
        wallet_id: payer.id,
        account_id: payer.account_id,
        currency: charge.currency,
        amount_cents: charge.amount_cents,
        paid_cents: paid,
        owed_cents: owed,
        record_count: charge.record_count,
        first_record_at: charge.first_record_at,
        last_record_at: charge.last_record_at,
        charged_at: now.toISOString(),
      },
      { accountId: payer.account_id, partnerId: payer.partner_id },
      now,
    );
  }

  /**
   * After a credit (top-up, auto-recharge, transfer) to `accountId`'s wallet: pays its usage debt
   * first, as far as the balance goes, and passes a tenant's payment on to its partner. Call it in
   * the credit's transaction, after {@link lockForCredit}, with the credit's entry id as the key.
   */
  async settleDebt(em: EntityManager, accountId: string, creditEntryId: string): Promise<void> {
    const wallets = await lockWallets(em, [accountId]);
    const payer = wallets.get(accountId);
    if (!payer || payer.owed === 0 || payer.balance === 0) return;
    if (payer.partner_id) for (const [id, w] of await lockWallets(em, [payer.partner_id])) wallets.set(id, w);
    const now = this.clock.now();
    const paid = Math.min(payer.balance, payer.owed);
    const what = `Owed (unpaid usage or a refund's margin), settled from the balance`;
    await this.ledger.post(em, {
      walletId: payer.id,
      kind: LedgerEntryKind.Usage,
      amountCents: -paid,
      idempotencyKey: `usage-settlement:${creditEntryId}`,
      reference: creditEntryId,
      description: what,
    });
    payer.balance -= paid;
    await this.creditPartner(
      em,
      wallets,
      payer,
      paid,
      `usage-settlement:${creditEntryId}:tenant-payment`,
      creditEntryId,
      `${what} by tenant ${payer.account_id}`,
    );
    await changeDebt(em, payer, -paid, now);
  }

  /**
   * Locks the wallet about to be credited together with its partner's, in id order, before the
   * credit: settling a tenant's debt credits its partner, and taking the partner's lock after the
   * tenant's could wait in a circle with an order that locks both in id order.
   */
  async lockForCredit(em: EntityManager, accountId: string): Promise<void> {
    const [row] = await sql<{ partner_id: string | null; owed_cents: string }>(
      em,
      `select partner_id, owed_cents from ${WALLETS} where account_id = ?`,
      [accountId],
    );
    if (row?.partner_id && Number(row.owed_cents) > 0) await lockWallets(em, [accountId, row.partner_id]);
  }

  private async creditPartner(
    em: EntityManager,
    wallets: Map<string, LockedWallet>,
    tenant: LockedWallet,
    amount: number,
    key: string,
    reference: string,
    description: string,
  ): Promise<void> {
    if (!tenant.partner_id) return;
    const partner = wallets.get(tenant.partner_id);
    if (!partner) throw new Error(`no wallet for partner ${tenant.partner_id}`);
    await this.ledger.post(em, {
      walletId: partner.id,
      kind: LedgerEntryKind.TenantPayment,
      amountCents: amount,
      idempotencyKey: key,
      reference,
      description,
      tenantAccountId: tenant.account_id,
    });
    partner.balance += amount;
  }
}
