import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CreateTransferRequest, DomainError, ErrorCode, ErrorType, LedgerEntryKind, Transfer } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { cents, LEDGER_ENTRIES, sql } from '../db/sql';
import { LedgerService, Posted, Posting } from '../wallets/ledger.service';
import { WalletsService } from '../wallets/wallets.service';
import { partnerOf } from './partner-caller';
import { UsageBillingService } from '../usage-billing/usage-billing.service';

interface PartnerEntry {
  reference: string;
  tenant_account_id: string | null;
  description: string;
  balance_after_cents: string;
  created_at: Date | string;
}

/**
 * A partner moves money from its balance to one of its tenants': a `transfer` debit on the
 * partner's ledger and a `transfer` credit on the tenant's, in one transaction, both under
 * `transfer:<Idempotency-Key>`, so a retry replays instead of moving the money twice. 402
 * balance_insufficient when the partner cannot cover it (nothing moves).
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly em: EntityManager,
    private readonly wallets: WalletsService,
    private readonly ledger: LedgerService,
    private readonly events: JetStreamEvents,
    private readonly usageBilling: UsageBillingService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(request: CreateTransferRequest): Promise<Transfer> {
    const partnerId = partnerOf(request.caller);
    const { tenant_account_id: tenantId, amount_cents: amount, description } = request.transfer;
    const partner = await this.wallets.ensure(request.caller);
    // The gateway has checked the account tree; a tenant whose account.created is not processed yet gets its wallet now.
    const tenant = await this.wallets.ensure({
      account_id: tenantId,
      partner_id: partnerId,
      currency: partner.currency,
    });
    if (tenant.partnerId !== partnerId)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.AccountNotFound,
        `Account ${tenantId} is not one of your tenants.`,
      );

    const key = `transfer:${request.idempotency_key}`;
    const id = sortableId('trf', this.clock.now());
    const suffix = description ? `: ${description}` : '';
    const out: Posting = {
      walletId: partner.id,
      kind: LedgerEntryKind.Transfer,
      amountCents: -amount,
      idempotencyKey: key,
      description: `Transfer to tenant ${tenantId}${suffix}`,
      reference: id,
      tenantAccountId: tenantId,
    };
    const into: Posting = {
      walletId: tenant.id,
      kind: LedgerEntryKind.Transfer,
      amountCents: amount,
      idempotencyKey: key,
      description: `Transfer from partner ${partnerId}${suffix}`,
      reference: id,
    };
    const entry = await this.em.fork().transactional(async (em) => {
      // Lock order by wallet id, like every multi-wallet writer.
      const posted = new Map<Posting, Posted>();
      for (const posting of [out, into].sort((a, b) => a.walletId.localeCompare(b.walletId)))
        posted.set(posting, await this.ledger.post(em, posting));
      // Money reaching a tenant pays its usage debt first, as a top-up does (both wallets are locked already).
      const credit = posted.get(into)!;
      if (!credit.replayed) await this.usageBilling.settleDebt(em, tenantId, credit.entryId);
      const [stored] = await sql<PartnerEntry>(
        em,
        `select reference, tenant_account_id, description, balance_after_cents, created_at from ${LEDGER_ENTRIES} where wallet_id = ? and idempotency_key = ?`,
        [partner.id, key],
      );
      // The ledger's replay checks kind and amount; a key reused for another tenant or description would credit the wrong wallet.
      if (stored.tenant_account_id !== tenantId || stored.description !== out.description) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.IdempotencyKeyReused,
          `Idempotency-Key ${request.idempotency_key} was used for another transfer; use a new key for a new transfer.`,
        );
      }
      return stored;
    });
    this.events.publishSoon();
    return {
      id: entry.reference,
      record_type: 'transfer',
      account_id: partnerId,
      tenant_account_id: tenantId,
      amount_cents: amount,
      currency: partner.currency,
      description: description ?? null,
      balance_after_cents: cents(entry.balance_after_cents),
      created_at: new Date(entry.created_at).toISOString(),
    };
  }
}
