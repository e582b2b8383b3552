import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LedgerEntryKind, PartnerStatement, PartnerStatementRequest } from '@did/contracts';
import { cents, LEDGER_ENTRIES, sql } from '../db/sql';
import { WalletsService } from '../wallets/wallets.service';
import { partnerOf } from './partner-caller';

interface TenantRow {
  tenant_account_id: string;
  paid: string;
  charged: string;
  transferred: string;
}

type Figures = PartnerStatement['totals'];

/**
 * A partner's resale money per tenant over [from, to), read from its own ledger: every partner-side
 * entry of a resale carries the tenant it is for (tenant_account_id), so the statement is a sum of
 * entries and always agrees with the ledger. tenant_payment entries are what tenants paid (a refund
 * posts a negative one); transfers are money the partner gave; every other kind is the platform
 * price (a refund posts it back as a credit).
 */
@Injectable()
export class PartnerStatementService {
  constructor(
    private readonly em: EntityManager,
    private readonly wallets: WalletsService,
  ) {}

  async statement(request: PartnerStatementRequest): Promise<PartnerStatement> {
    const partnerId = partnerOf(request.caller);
    const wallet = await this.wallets.ensure(request.caller);
    const { from, to } = request.query;
    // Served by ledger_entries_tenant_idx (wallet_id, tenant_account_id, created_at).
    const rows = await sql<TenantRow>(
      this.em.fork(),
      `select tenant_account_id,
              coalesce(sum(amount_cents) filter (where kind = ?), 0) as paid,
              coalesce(-sum(amount_cents) filter (where kind not in (?, ?)), 0) as charged,
              coalesce(-sum(amount_cents) filter (where kind = ?), 0) as transferred
       from ${LEDGER_ENTRIES} where wallet_id = ? and tenant_account_id is not null and created_at >= ? and created_at < ?
       group by tenant_account_id order by tenant_account_id`,
      [
        LedgerEntryKind.TenantPayment,
        LedgerEntryKind.TenantPayment,
        LedgerEntryKind.Transfer,
        LedgerEntryKind.Transfer,
        wallet.id,
        new Date(from),
        new Date(to),
      ],
    );
    const data = rows.map((r) => ({
      tenant_account_id: r.tenant_account_id,
      ...figures(cents(r.paid), cents(r.charged), cents(r.transferred)),
    }));
    const sum = (pick: (f: Figures) => number) => data.reduce((s, f) => s + pick(f), 0);
    return {
      record_type: 'partner_statement',
      account_id: partnerId,
      currency: wallet.currency,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      data,
      totals: figures(
        sum((f) => f.tenant_paid_cents),
        sum((f) => f.platform_charged_cents),
        sum((f) => f.transferred_cents),
      ),
    };
  }
}

function figures(paid: number, charged: number, transferred: number): Figures {
  return {
    tenant_paid_cents: paid,
    platform_charged_cents: charged,
    margin_cents: paid - charged,
    transferred_cents: transferred,
  };
}
