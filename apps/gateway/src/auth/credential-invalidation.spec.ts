import type { MikroORM } from '@mikro-orm/postgresql';
import { connect, NatsConnection } from 'nats';
import { eventSubject, Events } from '@did/contracts';
import type { MessagingOptions } from '@did/messaging';
import { newNatsPrefix, testNatsUrl, waitFor } from '@did/testing';
import { Account } from '../accounts/entities/account.entity';
import { CredentialCache } from './credential-cache';
import { CredentialInvalidation } from './credential-invalidation';

/** Only the event manager is used here (local ORM changes are covered by the accounts e2e revoke test). */
const ormWithoutChanges = {
  em: { getEventManager: () => ({ registerSubscriber: () => undefined }) },
} as unknown as MikroORM;

function revokedEnvelope(apiKeyId: string) {
  return {
    id: `evt_${apiKeyId}`,
    type: Events.ApiKeyRevoked.type,
    version: Events.ApiKeyRevoked.version,
    occurred_at: new Date().toISOString(),
    producer: 'gateway',
    account_id: 'acc_1',
    partner_id: null,
    data: { api_key_id: apiKeyId, account_id: 'acc_1', revoked_at: new Date().toISOString() },
  };
}

/** A revocation made on another gateway replica reaches this one as an `api_key.revoked` message on real NATS. */
describe('CredentialInvalidation', () => {
  let nc: NatsConnection;
  let publisher: NatsConnection;
  let invalidation: CredentialInvalidation;
  // The cache's clock never moves: an entry can only go because a message removed it.
  const cache = new CredentialCache(() => 0);
  const prefix = newNatsPrefix();

  beforeAll(async () => {
    nc = await connect({ servers: testNatsUrl() });
    publisher = await connect({ servers: testNatsUrl() });
    invalidation = new CredentialInvalidation(cache, ormWithoutChanges, nc, { prefix } as MessagingOptions);
    invalidation.onModuleInit();
    await nc.flush();
  });

  afterAll(async () => {
    invalidation.onApplicationShutdown();
    await Promise.all([nc.close(), publisher.close()]);
  });

  const account = Object.assign(new Account(), { id: 'acc_1' });

  it('forgets the revoked key and keeps the others', async () => {
    cache.rememberKey('h1', { apiKeyId: 'key_1', account, lastUsedAt: null });
    cache.rememberKey('h2', { apiKeyId: 'key_2', account, lastUsedAt: null });
    publisher.publish(eventSubject(prefix, Events.ApiKeyRevoked.type), JSON.stringify(revokedEnvelope('key_1')));
    await waitFor(() => cache.key('h1') === undefined, { what: 'key_1 forgotten' });
    expect(cache.key('h2')?.apiKeyId).toBe('key_2');
  });

  it('forgets every key when a revocation message cannot be read', async () => {
    cache.rememberKey('h3', { apiKeyId: 'key_3', account, lastUsedAt: null });
    publisher.publish(eventSubject(prefix, Events.ApiKeyRevoked.type), 'not json');
    await waitFor(() => cache.key('h3') === undefined, { what: 'cache emptied' });
  });

  it('ignores revocations of another deployment prefix', async () => {
    cache.rememberKey('h4', { apiKeyId: 'key_4', account, lastUsedAt: null });
    publisher.publish(
      eventSubject(newNatsPrefix(), Events.ApiKeyRevoked.type),
      JSON.stringify(revokedEnvelope('key_4')),
    );
    // A marker revocation on our prefix, published after: once it is handled, the other one would have been too.
    cache.rememberKey('h5', { apiKeyId: 'key_5', account, lastUsedAt: null });
    publisher.publish(eventSubject(prefix, Events.ApiKeyRevoked.type), JSON.stringify(revokedEnvelope('key_5')));
    await waitFor(() => cache.key('h5') === undefined, { what: 'marker key forgotten' });
    expect(cache.key('h4')?.apiKeyId).toBe('key_4');
  });
});
