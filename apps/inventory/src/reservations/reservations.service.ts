import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import {
  CreateReservationRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  ListReservationsRequest,
  NumberState,
  Reservation as ReservationView,
  ReservationList,
  ReservationRefRequest,
  ReservationStatus,
  assertTransition,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { keysetPage } from '@did/persistence';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';
import { NUMBERS, sql } from '../db/sql';
import { effectiveState } from '../registry/availability';
import { Reservation } from './entities/reservation.entity';
import { effectiveStatus, presentReservation } from './reservation.presenter';

const SERVICE = 'inventory';

interface LockedNumber {
  e164: string;
  state: NumberState;
  reserved_until: Date | string | null;
  aging_until: Date | string | null;
}

/** Holds on numbers: all-or-nothing creation under row locks, extension, early release, and reads scoped to the acting account. */
@Injectable()
export class ReservationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig,
  ) {}

  async create(request: CreateReservationRequest): Promise<ReservationView> {
    const now = this.clock.now();
    const e164s = [...new Set(request.phone_numbers)].sort();
    const expiresAt = this.expiryFrom(now);
    const reservation = await this.em.transactional(async (em) => {
      // One account's reservations run one at a time, so two concurrent requests cannot both slip under the cap.
      await sql(em, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`reservation-cap:${request.account_id}`]);
      // Locks in e164 order: two requests over overlapping numbers queue instead of deadlocking.
      const locked = await sql<LockedNumber>(
        em,
        `select e164, state, reserved_until, aging_until from ${NUMBERS} where e164 = any(?) order by e164 for update`,
        [e164s],
      );
      const free = new Set(
        locked.filter((row) => effectiveState(row, now) === NumberState.Available).map((row) => row.e164),
      );
      const unavailable = e164s.filter((e) => !free.has(e));
      if (unavailable.length) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.NumberUnavailable,
          `Not available to reserve (held, sold or unknown): ${unavailable.join(', ')}. Nothing was reserved.`,
          unavailable.map((e) => ({
            field: 'phone_numbers',
            rule: 'available',
            message: `${e} is not available`,
          })),
        );
      }
      await this.checkCap(em, request.account_id, e164s.length, now);
      assertTransition(NumberState.Available, NumberState.Reserved);
      const created = em.create(Reservation, {
        id: sortableId('rsv', now),
        accountId: request.account_id,
        partnerId: request.partner_id,
        status: ReservationStatus.Pending,
        phoneNumbers: e164s,
        customerReference: request.customer_reference ?? null,
        expiresAt,
        endedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await sql(
        em,
        `update ${NUMBERS} set state = 'reserved', reserved_by_account_id = ?, reservation_id = ?, reserved_until = ?, aging_until = null, updated_at = ? where e164 = any(?)`,
        [request.account_id, created.id, expiresAt, now, e164s],
      );
      await appendToOutbox(
        em,
        SERVICE,
        Events.ReservationCreated,
        {
          reservation_id: created.id,
          account_id: created.accountId,
          phone_numbers: e164s,
          customer_reference: created.customerReference,
          expires_at: expiresAt.toISOString(),
          created_at: now.toISOString(),
        },
        { accountId: created.accountId, partnerId: created.partnerId },
        now,
      );
      return created;
    });
    this.events.publishSoon();
    return presentReservation(reservation, now);
  }

  async get(request: ReservationRefRequest): Promise<ReservationView> {
    return presentReservation(await this.find(this.em, request), this.clock.now());
  }

  async list(request: ListReservationsRequest): Promise<ReservationList> {
    const now = this.clock.now();
    const where: Record<string, unknown> = { accountId: request.account_id };
    // Filter on the status a client sees: a pending hold past its expiry is listed as expired.
    if (request.status === ReservationStatus.Pending)
      Object.assign(where, { status: ReservationStatus.Pending, expiresAt: { $gt: now } });
    if (request.status === ReservationStatus.Expired)
      Object.assign(where, {
        $or: [{ status: ReservationStatus.Expired }, { status: ReservationStatus.Pending, expiresAt: { $lte: now } }],
      });
    if (request.status === ReservationStatus.Released) Object.assign(where, { status: ReservationStatus.Released });
    const page = await keysetPage(this.em, Reservation, where, request);
    return {
      data: page.data.map((r) => presentReservation(r, now)),
      meta: { total: page.total, next_cursor: page.nextCursor },
    };
  }

  /** Pushes expires_at to now + TTL for the reservation and its numbers. */
  async extend(request: ReservationRefRequest): Promise<ReservationView> {
    const now = this.clock.now();
    const expiresAt = this.expiryFrom(now);
    const reservation = await this.em.transactional(async (em) => {
      const found = await this.find(em, request, true);
      this.assertPending(found, now);
      assertTransition(NumberState.Reserved, NumberState.Reserved);
      found.expiresAt = expiresAt;
      found.updatedAt = now;
      await sql(
        em,
        `update ${NUMBERS} set reserved_until = ?, updated_at = ? where reservation_id = ? and state = 'reserved'`,
        [expiresAt, now, found.id],
      );
      await appendToOutbox(
        em,
        SERVICE,
        Events.ReservationExtended,
        {
          reservation_id: found.id,
          account_id: found.accountId,
          phone_numbers: found.phoneNumbers,
          expires_at: expiresAt.toISOString(),
          extended_at: now.toISOString(),
        },
        { accountId: found.accountId, partnerId: found.partnerId },
        now,
      );
      return found;
    });
    this.events.publishSoon();
    return presentReservation(reservation, now);
  }

  /** Gives the numbers back now. */
  async release(request: ReservationRefRequest): Promise<ReservationView> {
    const now = this.clock.now();
    const reservation = await this.em.transactional(async (em) => {
      const found = await this.find(em, request, true);
      this.assertPending(found, now);
      assertTransition(NumberState.Reserved, NumberState.Available);
      found.status = ReservationStatus.Released;
      found.endedAt = now;
      found.updatedAt = now;
      await freeNumbersOf(em, found.id, now);
      await appendToOutbox(
        em,
        SERVICE,
        Events.ReservationReleased,
        {
          reservation_id: found.id,
          account_id: found.accountId,
          phone_numbers: found.phoneNumbers,
          released_at: now.toISOString(),
        },
        { accountId: found.accountId, partnerId: found.partnerId },
        now,
      );
      return found;
    });
    this.events.publishSoon();
    return presentReservation(reservation, now);
  }

  private expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.RESERVATION_TTL_MINUTES * 60_000);
  }

  /** The acting account's reservation, or 404: another account's reservation does not exist for this caller. */
  private async find(em: EntityManager, request: ReservationRefRequest, lock = false): Promise<Reservation> {
    const found = await em.findOne(
      Reservation,
      { id: request.reservation_id, accountId: request.account_id },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!found)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.ReservationNotFound,
        `No reservation ${request.reservation_id} on this account.`,
      );
    return found;
  }

  private assertPending(reservation: Reservation, now: Date): void {
    const status = effectiveStatus(reservation, now);
    if (status === ReservationStatus.Expired)
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.ReservationExpired,
        `Reservation ${reservation.id} expired at ${reservation.expiresAt.toISOString()}; reserve the numbers again.`,
      );
    if (status === ReservationStatus.Released)
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.ReservationReleased,
        `Reservation ${reservation.id} was released.`,
      );
  }

  private async checkCap(em: EntityManager, accountId: string, adding: number, now: Date): Promise<void> {
    const [{ held }] = await sql<{ held: number }>(
      em,
      `select count(*)::int as held from ${NUMBERS} where reserved_by_account_id = ? and state = 'reserved' and reserved_until > ?`,
      [accountId, now],
    );
    const max = this.config.RESERVATION_MAX_NUMBERS_PER_ACCOUNT;
    if (held + adding > max) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.ReservationLimitExceeded,
        `An account may hold at most ${max} numbers in reservations at once; this account holds ${held} and asked for ${adding} more. Release or buy some first.`,
      );
    }
  }
}

/** Numbers still held by `reservationId` go back to stock (a number re-reserved by someone else after expiry is left alone). */
export async function freeNumbersOf(em: EntityManager, reservationId: string, now: Date): Promise<void> {
  await sql(
    em,
    `update ${NUMBERS} set state = 'available', reserved_by_account_id = null, reservation_id = null, reserved_until = null, updated_at = ? where reservation_id = ? and state = 'reserved'`,
    [now, reservationId],
  );
}
