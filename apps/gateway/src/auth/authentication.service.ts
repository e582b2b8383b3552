import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { Account } from '../accounts/entities/account.entity';
import { ApiKey } from '../api-keys/entities/api-key.entity';
import { API_KEY_PATTERN, hashApiKeySecret, secretsEqual } from '../api-keys/api-key-secret';
import { GATEWAY_CONFIG, GatewayConfig } from '../config';
import { ACCOUNTS, API_KEYS, sql } from '../db/sql';
import { Actor, canAccess, Principal } from './actor';
import { CachedKey, CredentialCache } from './credential-cache';

const unauthenticated = (code: string, message: string) => new DomainError(ErrorType.Unauthenticated, code, message);
/** An API key row joined with its account's columns (`a.*`). */
type KeyWithAccountRow = {
  key_id: string;
  key_revoked_at: string | Date | null;
  key_last_used_at: string | Date | null;
} & Record<string, unknown>;

/** last_used_at is written at most this often per key, so authentication stays a read. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Turns `Authorization: Bearer <key>` (and an optional `Account-Id`) into the request's {@link Actor}.
 * What it reads is cached briefly ({@link CredentialCache}): on the search path the key lookup cost a
 * PostgreSQL round trip per request, more than the search's own SQL.
 */
@Injectable()
export class AuthenticationService {
  private readonly logger = new Logger(AuthenticationService.name);
  /** Reads in flight per secret hash: when an entry expires under load, concurrent requests share one query. */
  private readonly reading = new Map<string, { read: Promise<CachedKey>; version: number }>();

  constructor(
    private readonly em: EntityManager,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly cache: CredentialCache,
  ) {}

  async authenticate(authorization: string | undefined, accountIdHeader: string | undefined): Promise<Actor> {
    const principal = await this.principalFor(authorization);
    const own = principal.kind === 'account' ? principal.account : null;
    const rateLimitKey = principal.kind === 'account' ? principal.apiKeyId : 'operator';
    if (accountIdHeader === undefined || accountIdHeader === '' || accountIdHeader === own?.id) {
      return { principal, rateLimitKey, account: own };
    }
    const target = await this.accountById(accountIdHeader);
    const actor: Actor = { principal, rateLimitKey, account: target };
    // The same answer whether the account does not exist or is not yours: ids are not probeable.
    if (!target || !canAccess(actor, target)) {
      throw new DomainError(
        ErrorType.Forbidden,
        ErrorCode.AccountAccessDenied,
        `This API key cannot act on account ${accountIdHeader}.`,
      );
    }
    return actor;
  }

  private async principalFor(authorization: string | undefined): Promise<Principal> {
    if (!authorization)
      throw unauthenticated(ErrorCode.ApiKeyMissing, 'Send your API key as "Authorization: Bearer <key>".');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated(ErrorCode.ApiKeyMalformed, 'The Authorization header must be "Bearer <key>".');
    const secret = match[1];
    if (this.config.OPERATOR_API_KEY && secretsEqual(secret, this.config.OPERATOR_API_KEY)) return { kind: 'operator' };
    if (!API_KEY_PATTERN.test(secret))
      throw unauthenticated(
        ErrorCode.ApiKeyMalformed,
        'That is not an API key of this platform (keys look like dk_ followed by 43 characters).',
      );
    const hash = hashApiKeySecret(secret);
    const key = this.cache.key(hash) ?? (await this.readKeyOnce(hash));
    this.touch(key);
    return { kind: 'account', apiKeyId: key.apiKeyId, account: key.account };
  }

  /** Joins a read in flight unless something was forgotten since it started (it may predate a revocation). */
  private readKeyOnce(secretHash: string): Promise<CachedKey> {
    const inFlight = this.reading.get(secretHash);
    if (inFlight && inFlight.version === this.cache.version) return inFlight.read;
    const entry = { read: this.readKey(secretHash), version: this.cache.version };
    this.reading.set(secretHash, entry);
    const done = () => {
      if (this.reading.get(secretHash) === entry) this.reading.delete(secretHash);
    };
    entry.read.then(done, done);
    return entry.read;
  }

  /** The key and its account in one indexed join; only active keys are cached (a revoked one is read every time). */
  private async readKey(secretHash: string): Promise<CachedKey> {
    const [row] = await sql<KeyWithAccountRow>(
      this.em,
      `select k.id as key_id, k.revoked_at as key_revoked_at, k.last_used_at as key_last_used_at, a.*
         from ${API_KEYS} k join ${ACCOUNTS} a on a.id = k.account_id
        where k.secret_hash = ?`,
      [secretHash],
    );
    if (!row) throw unauthenticated(ErrorCode.ApiKeyInvalid, 'The API key is not valid.');
    if (row.key_revoked_at) throw unauthenticated(ErrorCode.ApiKeyRevoked, 'The API key has been revoked.');
    const { key_id: apiKeyId, key_last_used_at: lastUsedAt, key_revoked_at: _revoked, ...accountColumns } = row;
    const key: CachedKey = {
      apiKeyId,
      account: this.accountSnapshot(accountColumns),
      lastUsedAt: lastUsedAt ? new Date(lastUsedAt) : null,
    };
    this.cache.rememberKey(secretHash, key);
    return key;
  }

  private async accountById(id: string): Promise<Account | null> {
    const cached = this.cache.account(id);
    if (cached) return cached;
    const [row] = await sql<Record<string, unknown>>(this.em, `select a.* from ${ACCOUNTS} a where a.id = ?`, [id]);
    if (!row) return null;
    const account = this.accountSnapshot(row);
    this.cache.rememberAccount(account);
    return account;
  }

  /**
   * An Account built from its row outside any identity map: requests share it read-only, and an
   * `em.findOne(Account, ...)` in a request still loads its own managed copy.
   */
  private accountSnapshot(columns: Record<string, unknown>): Account {
    const em = this.em.fork({ clear: true });
    const data = em.getDriver().mapResult(columns, em.getMetadata().get(Account.name)) as Record<string, unknown>;
    return em.getEntityFactory().create(Account, data, { merge: false, refresh: true, convertCustomTypes: true });
  }

  /** Records when a key was last used, off the request path and coarsely (see LAST_USED_RESOLUTION_MS). */
  private touch(key: CachedKey): void {
    const now = this.clock.now();
    if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    // Set before the write lands, so the requests sharing this cached key do not all write it.
    key.lastUsedAt = now;
    this.em
      .fork()
      .nativeUpdate(ApiKey, { id: key.apiKeyId }, { lastUsedAt: now })
      .catch((err: Error) => this.logger.warn(`cannot record last use of ${key.apiKeyId}: ${err.message}`));
  }
}
