import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { CLOCK, Clock, SECRET_BOX, SecretBox } from '@did/service-kit';
import { GATEWAY_CONFIG, GatewayConfig } from '../config';
import { IDEMPOTENCY_RECORDS, sql } from '../db/sql';
import type { RenderedResponse } from '../http/error-response';
import { IdempotencyRecord, IdempotencyState } from './entities/idempotency-record.entity';

/** Either this request now owns the key, or an earlier response must be replayed. */
export type IdempotencyClaim = { kind: 'owner' } | { kind: 'replay'; response: RenderedResponse };

/**
 * Keys live per account for IDEMPOTENCY_TTL_HOURS. Claiming is one INSERT ... ON CONFLICT, so two
 * concurrent requests with one key cannot both run: the loser sees 409 while the first is running.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly em: EntityManager,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
  ) {}

  async claim(scope: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.IDEMPOTENCY_TTL_HOURS * 3600_000);
    const table = IDEMPOTENCY_RECORDS;
    // Take the key if it is free, expired, or held by a request that died; otherwise leave the row alone.
    // The hold (locked_until) is set and judged on the database's clock: a gateway replica whose clock runs ahead
    // must not take over a key another replica's request is still running under (and run the request twice).
    const taken = await sql<{ scope: string }>(
      this.em,
      `insert into ${table} (scope, key, fingerprint, state, locked_until, created_at, expires_at)
       values (?, ?, ?, 'in_progress', now() + ?::int * interval '1 second', ?, ?)
       on conflict (scope, key) do update set fingerprint = excluded.fingerprint, state = 'in_progress', locked_until = excluded.locked_until,
         created_at = excluded.created_at, expires_at = excluded.expires_at, response_status = null, response_headers = null, response_body = null
       where ${table}.expires_at <= ? or (${table}.state = 'in_progress' and ${table}.locked_until <= now() and ${table}.fingerprint = excluded.fingerprint)
       returning scope`,
      [scope, key, fingerprint, this.config.IDEMPOTENCY_LOCK_SECONDS, now, expiresAt, now],
    );
    if (taken.length > 0) return { kind: 'owner' };
    const existing = await this.em.fork().findOne(IdempotencyRecord, { scope, key });
    if (!existing) return this.claim(scope, key, fingerprint); // expired and deleted in between: try again
    if (existing.fingerprint !== fingerprint) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.IdempotencyKeyReused,
        'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
      );
    }
    if (existing.state === IdempotencyState.InProgress) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.IdempotencyRequestInProgress,
        'A request with this Idempotency-Key is still being processed. Retry after it finishes.',
      );
    }
    // A completed record always has its status; 500 only guards a row edited by hand.
    const body = existing.responseBody ?? '';
    return {
      kind: 'replay',
      response: {
        status: existing.responseStatus ?? 500,
        headers: existing.responseHeaders ?? {},
        body: SecretBox.isSealed(body) ? this.box.open(body) : body,
      },
    };
  }

  /**
   * Stores the final response for replay (plain SQL: every POST with a key ends here, and the ORM's update costs several times the statement).
   * `sealed`: the body carries a secret, so it is stored encrypted (a database dump must not hand out API keys).
   */
  async complete(
    scope: string,
    key: string,
    response: RenderedResponse,
    options: { sealed: boolean } = { sealed: false },
  ): Promise<void> {
    await sql(
      this.em,
      `update ${IDEMPOTENCY_RECORDS} set state = ?, response_status = ?, response_headers = ?::jsonb, response_body = ? where scope = ? and key = ?`,
      [
        IdempotencyState.Completed,
        response.status,
        JSON.stringify(response.headers),
        options.sealed ? this.box.seal(response.body) : response.body,
        scope,
        key,
      ],
    );
  }

  /** Frees the key (the request failed before doing anything, or failed unexpectedly): a retry runs afresh. */
  async release(scope: string, key: string): Promise<void> {
    await this.em.fork().nativeDelete(IdempotencyRecord, { scope, key, state: IdempotencyState.InProgress });
  }

  /** Deletes expired records; returns how many. */
  async purgeExpired(): Promise<number> {
    return this.em.fork().nativeDelete(IdempotencyRecord, { expiresAt: { $lte: this.clock.now() } });
  }
}
