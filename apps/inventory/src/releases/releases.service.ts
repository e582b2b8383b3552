import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  assertTransition,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  NumberRefRequest,
  NumberReleaseReason,
  NumberState,
  RegistryNumber,
  ServiceName,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NUMBERS, sql } from '../db/sql';
import { presentLive } from '../numbers/registry-number.presenter';
import { NumberOutcome } from '../registry/entities/number-history.entity';
import { findEndedOwnership, recordEndedOwnership } from '../registry/number-history';
import { numberRef, ownedBySql } from '../registry/number-ref';
import { lockNumbers, numberFactsOf, NumberRow, ownerScopeOf } from '../registry/number-rows';
import { queueDisconnects } from './disconnect-queue';
import { Disconnector } from './disconnector';
import { DisconnectReason } from './entities/pending-disconnect.entity';

/**
 * Release now: the number leaves its owner (active -> pending_release, number.released, the ended
 * ownership kept for `get`) and its upstream disconnect is queued, all in one transaction; the
 * disconnect is then tried at once and retried until the carrier confirms, and the confirmation
 * starts the aging period. A crash at any point leaves either an active number or a released one
 * whose disconnect is queued, never a released number still connected and forgotten.
 */
@Injectable()
export class ReleasesService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly disconnector: Disconnector,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `inventory.numbers.release`, on behalf of its owner (or the owner's partner). */
  async release(request: NumberRefRequest): Promise<RegistryNumber> {
    const now = this.clock.now();
    const ref = numberRef(request.number);
    const released = await this.em.transactional(async (em) => {
      const owned = ownedBySql(ref, request.account_id);
      const [row] = await lockNumbers(em, owned.where, owned.params);
      if (!row) {
        const ended = await findEndedOwnership(em, ref, request.account_id);
        if (ended?.outcome === NumberOutcome.Released) throw alreadyReleased(request.number);
        throw notFound(request.number);
      }
      switch (row.state) {
        case NumberState.Active:
          return this.releaseActive(em, row, NumberReleaseReason.ReleasedByUser, now);
        case NumberState.PendingPurchase:
          throw new DomainError(
            ErrorType.Conflict,
            ErrorCode.NumberNotYetActive,
            `${row.e164} is still being activated by the carrier; release it once it is active.`,
          );
        case NumberState.PortingIn:
          throw new DomainError(
            ErrorType.Conflict,
            ErrorCode.NumberNotYetActive,
            `${row.e164} is still porting in; release it once it is active.`,
          );
        case NumberState.PendingRelease:
        case NumberState.Aging:
          throw alreadyReleased(request.number);
        default:
          throw notFound(request.number);
      }
    });
    this.events.publishSoon();
    this.disconnector.kick();
    return presentLive(released);
  }

  /** Releases an active, locked row in the caller's transaction (the billing-ended consumer uses it too); returns the row as it is now. */
  async releaseActive(em: EntityManager, row: NumberRow, reason: NumberReleaseReason, now: Date): Promise<NumberRow> {
    assertTransition(NumberState.Active, NumberState.PendingRelease);
    await sql(
      em,
      `update ${NUMBERS} set state = 'pending_release', released_at = ?, release_reason = ?, updated_at = ? where e164 = ? and state = 'active'`,
      [now, reason, now, row.e164],
    );
    recordEndedOwnership(em, row, { outcome: NumberOutcome.Released, at: now, releaseReason: reason });
    queueDisconnects(em, [{ e164: row.e164, reason: DisconnectReason.Released, numberId: row.number_id }], now);
    await appendToOutbox(
      em,
      ServiceName.Inventory,
      Events.NumberReleased,
      { ...numberFactsOf(row), reason, released_at: now.toISOString() },
      ownerScopeOf(row),
      now,
    );
    return { ...row, state: NumberState.PendingRelease, released_at: now, release_reason: reason, updated_at: now };
  }
}

function notFound(ref: string): DomainError {
  return new DomainError(ErrorType.NotFound, ErrorCode.NumberNotFound, `No number ${ref} on this account.`);
}

function alreadyReleased(ref: string): DomainError {
  return new DomainError(ErrorType.Conflict, ErrorCode.NumberAlreadyReleased, `${ref} was already released.`);
}
