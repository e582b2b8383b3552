import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Events as NatsEvents, JSONCodec, NatsConnection, Subscription } from 'nats';
import { EventEnvelope, Events, eventSubject } from '@did/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '@did/messaging';
import { Account } from '../accounts/entities/account.entity';
import { ApiKey } from '../api-keys/entities/api-key.entity';
import { CredentialCache } from './credential-cache';

const codec = JSONCodec<unknown>();

/** Drops a key or account from the cache when this process changes it through the ORM (a revoke here fails the key on the very next request). */
class OrmChanges implements EventSubscriber<ApiKey | Account> {
  constructor(private readonly cache: CredentialCache) {}

  getSubscribedEntities() {
    return [ApiKey, Account];
  }

  afterUpdate(args: EventArgs<ApiKey | Account>): void {
    this.forget(args.entity);
  }

  afterDelete(args: EventArgs<ApiKey | Account>): void {
    this.forget(args.entity);
  }

  private forget(entity: ApiKey | Account): void {
    if (entity instanceof ApiKey) this.cache.forgetKey(entity.id);
    else this.cache.forgetAccount(entity.id);
  }
}

/**
 * Keeps the {@link CredentialCache} honest. Local changes: a MikroORM subscriber. Changes on other
 * gateway replicas: every replica listens to `api_key.revoked` with a plain NATS subscription (not a
 * durable consumer, which would hand each event to one replica only). While the connection is down
 * events can be missed, so the cache is emptied on disconnect and on reconnect; a lost event is
 * still bounded by the cache TTL.
 */
@Injectable()
export class CredentialInvalidation implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(CredentialInvalidation.name);
  private subscription: Subscription | null = null;

  constructor(
    private readonly cache: CredentialCache,
    private readonly orm: MikroORM,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onModuleInit(): void {
    this.orm.em.getEventManager().registerSubscriber(new OrmChanges(this.cache));
    this.subscription = this.nc.subscribe(eventSubject(this.options.prefix, Events.ApiKeyRevoked.type), {
      callback: (err, msg) => (err ? this.cache.clear() : this.onRevoked(msg.data)),
    });
    void this.watchConnection();
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private onRevoked(bytes: Uint8Array): void {
    const envelope = EventEnvelope.safeParse(safeDecode(bytes));
    const data = envelope.success ? Events.ApiKeyRevoked.schema.safeParse(envelope.data.data) : null;
    if (data?.success) return this.cache.forgetKey(data.data.api_key_id);
    // Unreadable: which key it was about is unknown, so forget them all.
    this.logger.warn('unreadable api_key.revoked message: credential cache emptied');
    this.cache.clear();
  }

  private async watchConnection(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === NatsEvents.Disconnect || status.type === NatsEvents.Reconnect) this.cache.clear();
    }
  }
}

function safeDecode(bytes: Uint8Array): unknown {
  try {
    return codec.decode(bytes);
  } catch {
    return null;
  }
}
