import { Account } from '../accounts/entities/account.entity';
import { CachedKey, CredentialCache } from './credential-cache';

const TTL = 1_000;

function account(id: string): Account {
  return Object.assign(new Account(), { id });
}

function key(apiKeyId: string, accountId = 'acc_1'): CachedKey {
  return { apiKeyId, account: account(accountId), lastUsedAt: null };
}

/** A cache on a hand-moved clock. */
function cacheAt(start = 0, maxEntries = 100) {
  const time = { now: start };
  return { time, cache: new CredentialCache(() => time.now, TTL, maxEntries) };
}

describe('CredentialCache', () => {
  it('answers a remembered key until its TTL is up, then not', () => {
    const { time, cache } = cacheAt();
    cache.rememberKey('h1', key('key_1'));
    time.now = TTL - 1;
    expect(cache.key('h1')?.apiKeyId).toBe('key_1');
    time.now = TTL;
    expect(cache.key('h1')).toBeUndefined();
  });

  it('forgets a revoked key at once', () => {
    const { cache } = cacheAt();
    cache.rememberKey('h1', key('key_1'));
    cache.rememberKey('h2', key('key_2'));
    cache.forgetKey('key_1');
    expect(cache.key('h1')).toBeUndefined();
    expect(cache.key('h2')?.apiKeyId).toBe('key_2');
  });

  it('refuses to re-cache a forgotten key for one TTL (a read from before the revocation committed)', () => {
    const { time, cache } = cacheAt();
    cache.forgetKey('key_1');
    cache.rememberKey('h1', key('key_1'));
    expect(cache.key('h1')).toBeUndefined();
    time.now = TTL;
    cache.rememberKey('h1', key('key_1'));
    expect(cache.key('h1')?.apiKeyId).toBe('key_1');
  });

  it('forgets an account and every key of it when the account changes', () => {
    const { cache } = cacheAt();
    cache.rememberAccount(account('acc_1'));
    cache.rememberKey('h1', key('key_1', 'acc_1'));
    cache.rememberKey('h2', key('key_2', 'acc_2'));
    cache.forgetAccount('acc_1');
    expect(cache.account('acc_1')).toBeUndefined();
    expect(cache.key('h1')).toBeUndefined();
    expect(cache.key('h2')?.apiKeyId).toBe('key_2');
    cache.rememberKey('h1', key('key_1', 'acc_1'));
    expect(cache.key('h1')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const { cache } = cacheAt(0, 2);
    cache.rememberKey('h1', key('key_1'));
    cache.rememberKey('h2', key('key_2'));
    cache.rememberKey('h3', key('key_3'));
    expect([cache.key('h1'), cache.key('h2'), cache.key('h3')].map((k) => k?.apiKeyId)).toEqual([
      undefined,
      'key_2',
      'key_3',
    ]);
  });

  it('changes its version whenever it forgets, so a read started before can be told apart', () => {
    const { cache } = cacheAt();
    const versions = [cache.version];
    cache.forgetKey('key_1');
    versions.push(cache.version);
    cache.forgetAccount('acc_1');
    versions.push(cache.version);
    cache.clear();
    versions.push(cache.version);
    expect(new Set(versions).size).toBe(4);
  });

  it('keeps refusing a forgotten key after clear', () => {
    const { cache } = cacheAt();
    cache.forgetKey('key_1');
    cache.clear();
    cache.rememberKey('h1', key('key_1'));
    expect(cache.key('h1')).toBeUndefined();
  });

  it('forgets everything on clear', () => {
    const { cache } = cacheAt();
    cache.rememberKey('h1', key('key_1'));
    cache.rememberAccount(account('acc_1'));
    cache.clear();
    expect(cache.key('h1')).toBeUndefined();
    expect(cache.account('acc_1')).toBeUndefined();
  });
});
