import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AccountType,
  CreateTransferBody,
  DomainError,
  ErrorCode,
  ErrorType,
  PartnerStatement,
  PartnerStatementQuery,
  PartnerStatementSchema,
  ResalePatterns,
  Transfer,
  TransferSchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Account } from '../accounts/entities/account.entity';
import { actingAccountOf } from '../auth/acting-account';
import { Actor } from '../auth/actor';
import { walletCallerOf } from '../billing/wallet-caller';

/** A partner's resale money, held by ordering: transfers to its tenants and its statement per tenant. */
@Injectable()
export class ResaleService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly em: EntityManager,
  ) {}

  /** The gateway owns the account tree, so it checks the tenant here; ordering stores `idempotencyKey` with both entries. */
  async transfer(actor: Actor, body: CreateTransferBody, idempotencyKey: string): Promise<Transfer> {
    const partner = partnerOf(actor);
    const tenant = await this.em.fork().findOne(Account, { id: body.tenant_account_id, parentId: partner.id });
    if (!tenant)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.AccountNotFound,
        `No tenant ${body.tenant_account_id} of this partner (tenant_account_id).`,
      );
    return this.rpc.request(
      ResalePatterns.CreateTransfer,
      { caller: walletCallerOf(actor), transfer: body, idempotency_key: idempotencyKey },
      { reply: TransferSchema },
    );
  }

  statement(actor: Actor, query: PartnerStatementQuery): Promise<PartnerStatement> {
    partnerOf(actor);
    return this.rpc.request(
      ResalePatterns.Statement,
      { caller: walletCallerOf(actor), query },
      { reply: PartnerStatementSchema },
    );
  }
}

/** The acting partner; a tenant (or a partner acting as one with Account-Id) gets 403 partner_only before anything is looked up. */
function partnerOf(actor: Actor): Account {
  const account = actingAccountOf(actor);
  if (account.type !== AccountType.Partner)
    throw new DomainError(
      ErrorType.Forbidden,
      ErrorCode.PartnerOnly,
      'Only a partner moves money to its tenants and reads its resale statement.',
    );
  return account;
}
