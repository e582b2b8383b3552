import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BillingPatterns,
  CreateNumberOrderBody,
  DomainError,
  ErrorCode,
  ErrorType,
  ListNumberOrdersQuery,
  NumberLifecyclePatterns,
  NumberLookup,
  NumberLookupQuery,
  NumberLookupSchema,
  NumberOrder,
  NumberOrderList,
  NumberOrderListSchema,
  NumberOrderPatterns,
  NumberOrderSchema,
  RegistryNumber,
  RegistryNumberSchema,
  ReservationPatterns,
  ReservationSchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';
import { walletCallerOf } from '../billing/wallet-caller';

/** Orders (ordering), release now (ordering's commitment check, then inventory) and charged lookups; all scoped to the acting account. */
@Injectable()
export class NumberOrdersService {
  constructor(private readonly rpc: RpcClient) {}

  /** Ordering keeps `idempotencyKey` with the order, so even a gateway that lost its own record cannot charge twice. */
  async create(actor: Actor, body: CreateNumberOrderBody, idempotencyKey: string): Promise<NumberOrder> {
    const resolved =
      body.reservation_id && !body.phone_numbers
        ? { ...body, phone_numbers: await this.heldBy(actor, body.reservation_id) }
        : body;
    return this.rpc.request(
      NumberOrderPatterns.Create,
      { caller: walletCallerOf(actor), body: resolved, idempotency_key: idempotencyKey },
      { reply: NumberOrderSchema },
    );
  }

  get(actor: Actor, id: string): Promise<NumberOrder> {
    return this.rpc.request(
      NumberOrderPatterns.Get,
      { caller: walletCallerOf(actor), order_id: id },
      { reply: NumberOrderSchema },
    );
  }

  list(actor: Actor, query: ListNumberOrdersQuery): Promise<NumberOrderList> {
    return this.rpc.request(
      NumberOrderPatterns.List,
      { caller: walletCallerOf(actor), query },
      { reply: NumberOrderListSchema },
    );
  }

  /** Release now: ordering refuses inside a minimum commitment; then inventory disconnects the number (no refund). */
  async release(actor: Actor, number: string): Promise<RegistryNumber> {
    await this.rpc.request(BillingPatterns.CheckRelease, { caller: walletCallerOf(actor), number });
    return this.rpc.request(
      NumberLifecyclePatterns.Release,
      { ...callerOf(actor), number },
      { reply: RegistryNumberSchema },
    );
  }

  /** The lookup's id comes from the caller's Idempotency-Key, so a retry that reaches ordering again (the gateway died after the charge) is charged once. */
  lookup(actor: Actor, query: NumberLookupQuery, idempotencyKey: string): Promise<NumberLookup> {
    const caller = walletCallerOf(actor);
    const lookupId = `lkp_${createHash('sha256').update(`${caller.account_id}:${idempotencyKey}`).digest('base64url').slice(0, 26)}`;
    return this.rpc.request(
      BillingPatterns.Lookup,
      { caller, query, lookup_id: lookupId },
      { reply: NumberLookupSchema },
    );
  }

  /** The numbers the caller's reservation still holds (an order "from a reservation" buys them all). */
  private async heldBy(actor: Actor, reservationId: string): Promise<string[]> {
    const reservation = await this.rpc.request(
      ReservationPatterns.Get,
      { reservation_id: reservationId, ...callerOf(actor) },
      { reply: ReservationSchema },
    );
    const held = reservation.phone_numbers.filter((n) => n.status === 'reserved').map((n) => n.phone_number);
    if (!held.length) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.ReservationExpired,
        `Reservation ${reservationId} holds no numbers any more (${reservation.status}); reserve them again.`,
        [{ field: 'reservation_id', rule: 'pending', message: 'the reservation holds no numbers' }],
      );
    }
    return held;
  }
}
