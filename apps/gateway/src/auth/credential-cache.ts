import type { Account } from '../accounts/entities/account.entity';

/**
 * How long this gateway trusts what it read about an API key or an account. It bounds how late a
 * change made elsewhere takes effect here if its invalidation never arrives (another replica revoked
 * the key and the `api_key.revoked` event was lost in a NATS disconnect); a change made through this
 * process, and any event that does arrive, takes effect on the next request.
 */
export const CREDENTIAL_CACHE_TTL_MS = 5_000;

/** Bound on cached keys and accounts (oldest dropped first), so a flood of distinct keys cannot grow the heap. */
export const CREDENTIAL_CACHE_MAX_ENTRIES = 10_000;

/** An active (not revoked) API key as authentication last read it. */
export interface CachedKey {
  apiKeyId: string;
  /** Read-only snapshot, shared by the requests that use the key: not managed by any EntityManager. */
  account: Account;
  /** When last_used_at was last written (or read) for this key, to write it at most once a minute. */
  lastUsedAt: Date | null;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * Bounded map whose entries expire after `ttlMs`. Each value answers to one or more ids; `forget(id)`
 * drops the values answering to it and refuses new ones for one TTL, so a request that read the row
 * just before a revocation committed cannot put the stale row back.
 */
class ExpiringMap<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly refusedUntil = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly idsOf: (value: T) => string[],
  ) {}

  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: T, now: number): void {
    for (const id of this.idsOf(value)) {
      const refused = this.refusedUntil.get(id);
      if (refused === undefined) continue;
      if (refused > now) return;
      this.refusedUntil.delete(id);
    }
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, expiresAt: now + this.ttlMs });
  }

  /** Drops every value answering to `id`, and refuses such values for one TTL. */
  forget(id: string, now: number): void {
    for (const [key, entry] of this.entries) if (this.idsOf(entry.value).includes(id)) this.entries.delete(key);
    if (this.refusedUntil.size >= this.maxEntries) this.pruneRefusals(now);
    this.refusedUntil.set(id, now + this.ttlMs);
  }

  /** Drops every entry; refusals stay (a read from before a revocation may still be in flight). */
  clear(): void {
    this.entries.clear();
  }

  private pruneRefusals(now: number): void {
    for (const [id, until] of this.refusedUntil) if (until <= now) this.refusedUntil.delete(id);
  }
}

/**
 * What authentication read about API keys (by secret hash) and accounts (by id), kept for
 * {@link CREDENTIAL_CACHE_TTL_MS} and dropped as soon as this process hears of a change. Time is a
 * monotonic millisecond count, never the injected business clock: the bound is real time.
 */
export class CredentialCache {
  private readonly keys: ExpiringMap<CachedKey>;
  private readonly accounts: ExpiringMap<Account>;
  private forgotten = 0;

  constructor(
    private readonly now: () => number,
    ttlMs = CREDENTIAL_CACHE_TTL_MS,
    maxEntries = CREDENTIAL_CACHE_MAX_ENTRIES,
  ) {
    this.keys = new ExpiringMap<CachedKey>(ttlMs, maxEntries, (k) => [k.apiKeyId, k.account.id]);
    this.accounts = new ExpiringMap<Account>(ttlMs, maxEntries, (a) => [a.id]);
  }

  /** Changes whenever something is forgotten: a read that started under another version may be stale. */
  get version(): number {
    return this.forgotten;
  }

  key(secretHash: string): CachedKey | undefined {
    return this.keys.get(secretHash, this.now());
  }

  rememberKey(secretHash: string, key: CachedKey): void {
    this.keys.set(secretHash, key, this.now());
  }

  account(id: string): Account | undefined {
    return this.accounts.get(id, this.now());
  }

  rememberAccount(account: Account): void {
    this.accounts.set(account.id, account, this.now());
  }

  /** An API key changed (revoked, renamed): the next request with it reads the database. */
  forgetKey(apiKeyId: string): void {
    this.forgotten++;
    this.keys.forget(apiKeyId, this.now());
  }

  /** An account changed: its cached keys and the account itself are read again. */
  forgetAccount(accountId: string): void {
    const now = this.now();
    this.forgotten++;
    this.accounts.forget(accountId, now);
    this.keys.forget(accountId, now);
  }

  /** Forget everything (the invalidation feed was interrupted, so some changes may have been missed). */
  clear(): void {
    this.forgotten++;
    this.keys.clear();
    this.accounts.clear();
  }
}
