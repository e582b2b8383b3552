import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType, Events, ServiceName } from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { keysetPage, Page } from '@did/persistence';
import { CLOCK, Clock, randomId } from '@did/service-kit';
import { actingAccountOf } from '../auth/acting-account';
import { Actor } from '../auth/actor';
import type { Account } from '../accounts/entities/account.entity';
import { generateApiKeySecret } from './api-key-secret';
import { CreateApiKeyBody, ListApiKeysQuery } from './dto/api-key.dto';
import { ApiKey } from './entities/api-key.entity';

const SERVICE = ServiceName.Gateway;

/** API keys of the acting account: issue (secret shown once), list, revoke (effective on the next request). */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, body: CreateApiKeyBody): Promise<{ key: ApiKey; secret: string }> {
    const account = actingAccountOf(actor);
    return this.issue(account, body.name);
  }

  /** Issues a key for `account`; `secret` lets the dev seed install a key fixed by configuration. */
  async issue(
    account: Account,
    name: string,
    secret = generateApiKeySecret(),
  ): Promise<{ key: ApiKey; secret: string }> {
    const now = this.clock.now();
    const key = await this.em.transactional(async (em) => {
      const created = em.create(ApiKey, {
        id: randomId('key'),
        accountId: account.id,
        name,
        prefix: secret.displayPrefix,
        secretHash: secret.hash,
        createdAt: now,
        lastUsedAt: null,
        revokedAt: null,
      });
      await appendToOutbox(
        em,
        SERVICE,
        Events.ApiKeyCreated,
        { api_key_id: created.id, account_id: account.id, name, prefix: created.prefix, created_at: now.toISOString() },
        { accountId: account.id, partnerId: account.parentId },
        now,
      );
      return created;
    });
    this.events.publishSoon();
    return { key, secret: secret.secret };
  }

  async list(actor: Actor, query: ListApiKeysQuery): Promise<Page<ApiKey>> {
    const account = actingAccountOf(actor);
    return keysetPage(
      this.em,
      ApiKey,
      query.include_revoked ? { accountId: account.id } : { accountId: account.id, revokedAt: null },
      query,
    );
  }

  async revoke(actor: Actor, id: string): Promise<ApiKey> {
    const account = actingAccountOf(actor);
    const now = this.clock.now();
    const key = await this.em.transactional(async (em) => {
      const found = await em.findOne(ApiKey, { id, accountId: account.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found)
        throw new DomainError(ErrorType.NotFound, ErrorCode.ApiKeyNotFound, `No API key ${id} on this account.`);
      if (found.revokedAt)
        throw new DomainError(ErrorType.Conflict, ErrorCode.ApiKeyAlreadyRevoked, `API key ${id} was already revoked.`);
      found.revokedAt = now;
      await appendToOutbox(
        em,
        SERVICE,
        Events.ApiKeyRevoked,
        { api_key_id: id, account_id: account.id, revoked_at: now.toISOString() },
        { accountId: account.id, partnerId: account.parentId },
        now,
      );
      return found;
    });
    this.events.publishSoon();
    return key;
  }
}
