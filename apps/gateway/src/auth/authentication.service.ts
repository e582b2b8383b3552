import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { Account } from '../accounts/entities/account.entity';
import { ApiKey } from '../api-keys/entities/api-key.entity';
import { API_KEY_PATTERN, hashApiKeySecret, secretsEqual } from '../api-keys/api-key-secret';
import { GATEWAY_CONFIG, GatewayConfig } from '../config';
import { Actor, canAccess, Principal } from './actor';

const unauthenticated = (code: string, message: string) => new DomainError(ErrorType.Unauthenticated, code, message);
/** An API key row joined with its account's columns (`a.*`). */
type KeyWithAccountRow = { key_id: string; key_revoked_at: string | Date | null; key_last_used_at: string | Date | null } & Record<string, unknown>;

/** last_used_at is written at most this often per key, so authentication stays a read. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Turns `Authorization: Bearer <key>` (and an optional `Account-Id`) into the request's {@link Actor}. */
@Injectable()
export class AuthenticationService {
  private readonly logger = new Logger(AuthenticationService.name);

  constructor(
    private readonly em: EntityManager,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async authenticate(authorization: string | undefined, accountIdHeader: string | undefined): Promise<Actor> {
    const principal = await this.principalFor(authorization);
    const own = principal.kind === 'account' ? principal.account : null;
    const rateLimitKey = principal.kind === 'account' ? principal.apiKeyId : 'operator';
    if (accountIdHeader === undefined || accountIdHeader === '' || accountIdHeader === own?.id) {
      return { principal, rateLimitKey, account: own };
    }
    const target = await this.em.findOne(Account, { id: accountIdHeader });
    const actor: Actor = { principal, rateLimitKey, account: target };
    // The same answer whether the account does not exist or is not yours: ids are not probeable.
    if (!target || !canAccess(actor, target)) {
      throw new DomainError(ErrorType.Forbidden, ErrorCode.AccountAccessDenied, `This API key cannot act on account ${accountIdHeader}.`);
    }
    return actor;
  }

  private async principalFor(authorization: string | undefined): Promise<Principal> {
    if (!authorization) throw unauthenticated(ErrorCode.ApiKeyMissing, 'Send your API key as "Authorization: Bearer <key>".');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated(ErrorCode.ApiKeyMalformed, 'The Authorization header must be "Bearer <key>".');
    const secret = match[1];
    if (this.config.OPERATOR_API_KEY && secretsEqual(secret, this.config.OPERATOR_API_KEY)) return { kind: 'operator' };
    if (!API_KEY_PATTERN.test(secret)) throw unauthenticated(ErrorCode.ApiKeyMalformed, 'That is not an API key of this platform (keys look like dk_ followed by 43 characters).');
    // One indexed join per request: authentication is on every call's path.
    const [row] = await this.em.getConnection().execute<KeyWithAccountRow[]>(
      `select k.id as key_id, k.revoked_at as key_revoked_at, k.last_used_at as key_last_used_at, a.*
         from ${this.table('api_keys')} k join ${this.table('accounts')} a on a.id = k.account_id
        where k.secret_hash = ?`,
      [hashApiKeySecret(secret)],
    );
    if (!row) throw unauthenticated(ErrorCode.ApiKeyInvalid, 'The API key is not valid.');
    if (row.key_revoked_at) throw unauthenticated(ErrorCode.ApiKeyRevoked, 'The API key has been revoked.');
    const { key_id: apiKeyId, key_last_used_at: lastUsedAt, key_revoked_at: _revoked, ...accountColumns } = row;
    const account = this.em.map(Account, accountColumns);
    this.touch(apiKeyId, lastUsedAt ? new Date(lastUsedAt) : null);
    return { kind: 'account', apiKeyId, account };
  }

  private table(name: string): string {
    return `"${this.em.config.get('schema')}"."${name}"`;
  }

  /** Records when a key was last used, off the request path and coarsely (see LAST_USED_RESOLUTION_MS). */
  private touch(apiKeyId: string, lastUsedAt: Date | null): void {
    const now = this.clock.now();
    if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    this.em
      .fork()
      .nativeUpdate(ApiKey, { id: apiKeyId }, { lastUsedAt: now })
      .catch((err: Error) => this.logger.warn(`cannot record last use of ${apiKeyId}: ${err.message}`));
  }
}
