import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AccountStatus,
  AccountType,
  Currency,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  ServiceName,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { keysetPage, Page } from '@did/persistence';
import { CLOCK, Clock, randomId } from '@did/service-kit';
import { Actor } from '../auth/actor';
import { canAccess } from '../auth/actor';
import { CreateAccountBody, ListAccountsQuery } from './dto/account.dto';
import { Account } from './entities/account.entity';

const SERVICE = ServiceName.Gateway;

/**
 * The account tree: the operator creates partners, a partner creates tenants under itself.
 * A tenant cannot have sub-accounts, and never sees its partner or its siblings.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, body: CreateAccountBody): Promise<Account> {
    const parent = actor.account;
    if (parent?.type === AccountType.Tenant) {
      throw new DomainError(
        ErrorType.Forbidden,
        ErrorCode.TenantCannotHaveSubaccounts,
        'A tenant account cannot create accounts.',
      );
    }
    const currency = this.currencyFor(parent, body.currency);
    const now = this.clock.now();
    const account = await this.em.transactional(async (em) => {
      const created = em.create(Account, {
        id: randomId('acc'),
        type: parent ? AccountType.Tenant : AccountType.Partner,
        parentId: parent?.id ?? null,
        name: body.name,
        email: body.email ?? null,
        currency,
        status: AccountStatus.Active,
        externalReference: body.external_reference ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await appendToOutbox(
        em,
        SERVICE,
        Events.AccountCreated,
        {
          account_id: created.id,
          type: created.type,
          parent_id: created.parentId,
          name: created.name,
          currency,
          created_at: now.toISOString(),
        },
        { accountId: created.id, partnerId: created.parentId },
        now,
      );
      return created;
    });
    this.events.publishSoon();
    return account;
  }

  /** The operator lists partners; a partner lists its tenants. */
  async list(actor: Actor, query: ListAccountsQuery): Promise<Page<Account>> {
    const parent = actor.account;
    if (parent?.type === AccountType.Tenant) {
      throw new DomainError(
        ErrorType.Forbidden,
        ErrorCode.TenantCannotHaveSubaccounts,
        'A tenant account has no sub-accounts to list.',
      );
    }
    const where = parent ? { parentId: parent.id } : { type: AccountType.Partner };
    return keysetPage(this.em, Account, where, query);
  }

  async get(actor: Actor, id: string): Promise<Account> {
    const account = await this.em.findOne(Account, { id });
    if (!account || !canAccess(actor, account)) {
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.AccountNotFound,
        `No account ${id} is visible to this API key.`,
      );
    }
    return account;
  }

  private currencyFor(parent: Account | null, requested: Currency | undefined): Currency {
    if (!parent) return requested ?? 'USD';
    if (requested && requested !== parent.currency) {
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.ValidationFailed,
        `A tenant bills in its partner's currency (${parent.currency}).`,
        [
          {
            field: 'currency',
            rule: `equals:${parent.currency}`,
            message: `must be ${parent.currency}, the partner's currency`,
          },
        ],
      );
    }
    return parent.currency;
  }
}
