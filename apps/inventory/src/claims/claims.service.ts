import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  assertTransition,
  ClaimedNumber,
  ClaimNumbersReply,
  ClaimNumbersRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  FieldViolation,
  NumberState,
  UnclaimNumbersReply,
  UnclaimNumbersRequest,
} from '@did/contracts';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { CARRIER_ORDERS, NUMBERS, sql } from '../db/sql';
import { presentClaimed } from '../numbers/registry-number.presenter';
import { ProvisioningStatus } from '../provisioning/entities/provisioning-order.entity';
import { effectiveState } from '../registry/availability';
import { returnToStock } from '../registry/number-moves';
import { lockNumbers, NumberRow } from '../registry/number-rows';
import { pickFreeNumbers } from './quantity-pick';

interface ClaimRecord {
  account_id: string;
  status: ProvisioningStatus;
  submit_attempts: number;
  numbers: ClaimedNumber[];
}

/**
 * Takes numbers for an order (all or none, under row locks) and gives them back when the order is
 * not paid. The order's carrier_orders row is written in the same transaction and doubles as the
 * idempotency record: a second claim for the order finds it and answers what the first one did.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async claim(request: ClaimNumbersRequest): Promise<ClaimNumbersReply> {
    const now = this.clock.now();
    return this.em.transactional(async (em) => {
      // A concurrent claim of the same order waits here until the first commits (then finds it) or rolls back (then goes on).
      const fresh = await sql<{ order_id: string }>(
        em,
        `insert into ${CARRIER_ORDERS} (order_id, account_id, partner_id, status, numbers, submit_attempts, failures, created_at, updated_at)
         values (?, ?, ?, ?, '[]', 0, 0, ?, ?) on conflict (order_id) do nothing returning order_id`,
        [request.order_id, request.account_id, request.partner_id, ProvisioningStatus.Claimed, now, now],
      );
      if (!fresh.length) return this.earlierClaim(em, request);
      const requested =
        request.selection.kind === 'numbers'
          ? request.selection.phone_numbers
          : await pickFreeNumbers(em, request, now);
      const wanted = [...new Set(requested)].sort();
      const rows = await lockNumbers(em, 'e164 = any(?)', [wanted]);
      const violations = this.violations(request, requested, new Map(rows.map((r) => [r.e164, r])), now);
      if (violations.length) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.NumberUnavailable,
          `Not available to order (held, sold, unknown or of another country or type): ${[...new Set(violations.map((v) => v.message))].join('; ')}. Nothing was claimed.`,
          violations,
        );
      }
      const numbers = await this.take(em, request, rows, now);
      await sql(em, `update ${CARRIER_ORDERS} set numbers = ?::jsonb, updated_at = ? where order_id = ?`, [
        JSON.stringify(numbers),
        now,
        request.order_id,
      ]);
      return { order_id: request.order_id, numbers };
    });
  }

  async unclaim(request: UnclaimNumbersRequest): Promise<UnclaimNumbersReply> {
    const now = this.clock.now();
    return this.em.transactional(async (em) => {
      const [order] = await sql<ClaimRecord>(
        em,
        `select account_id, status, submit_attempts, numbers from ${CARRIER_ORDERS} where order_id = ? for update`,
        [request.order_id],
      );
      if (!order) {
        // Never claimed (yet): leave a tombstone, so a claim that was still on its way when its order was given up is
        // refused instead of holding numbers nobody will pay for.
        await sql(
          em,
          `insert into ${CARRIER_ORDERS} (order_id, account_id, partner_id, status, numbers, submit_attempts, failures, created_at, updated_at)
           values (?, '', null, ?, '[]', 0, 0, ?, ?) on conflict (order_id) do nothing`,
          [request.order_id, ProvisioningStatus.Unclaimed, now, now],
        );
        return { order_id: request.order_id, released: [] };
      }
      if (order.status === ProvisioningStatus.Unclaimed)
        return { order_id: request.order_id, released: order.numbers.map((n) => n.phone_number).sort() };
      // Once a submission was tried the carrier may have the order: those numbers are settled by the carrier's answer, not here.
      const neverSent =
        order.status === ProvisioningStatus.Claimed ||
        (order.status === ProvisioningStatus.Queued && order.submit_attempts === 0);
      if (!neverSent) return { order_id: request.order_id, released: [] };
      const pending = await lockNumbers(em, `purchase_order_id = ? and state = 'pending_purchase'`, [request.order_id]);
      const released = await returnToStock(
        em,
        pending.map((r) => r.e164),
        now,
      );
      await sql(
        em,
        `update ${CARRIER_ORDERS} set status = ?, next_attempt_at = null, updated_at = ? where order_id = ?`,
        [ProvisioningStatus.Unclaimed, now, request.order_id],
      );
      return { order_id: request.order_id, released };
    });
  }

  private async earlierClaim(em: EntityManager, request: ClaimNumbersRequest): Promise<ClaimNumbersReply> {
    const [order] = await sql<ClaimRecord>(
      em,
      `select account_id, status, submit_attempts, numbers from ${CARRIER_ORDERS} where order_id = ?`,
      [request.order_id],
    );
    // A claim arriving after its order was given back must not take the numbers again: nobody would ever pay for them.
    // (An order row without numbers was made by a placed event that found no claim: nothing to answer with either.)
    if (order.status === ProvisioningStatus.Unclaimed || !order.numbers.length) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.NumberUnavailable,
        `The numbers of order ${request.order_id} were given back; place a new order.`,
      );
    }
    if (order.account_id !== request.account_id) {
      throw new DomainError(
        ErrorType.Conflict,
        ErrorCode.NumberUnavailable,
        `Order ${request.order_id} already claimed numbers for another account.`,
      );
    }
    return { order_id: request.order_id, numbers: order.numbers };
  }

  /** One violation per requested number that cannot be claimed, naming its place in the request. */
  private violations(
    request: ClaimNumbersRequest,
    requested: string[],
    rows: Map<string, NumberRow>,
    now: Date,
  ): FieldViolation[] {
    const out: FieldViolation[] = [];
    const seen = new Set<string>();
    requested.forEach((e164, i) => {
      if (seen.has(e164)) return;
      seen.add(e164);
      const field = request.selection.kind === 'numbers' ? `phone_numbers[${i}]` : 'quantity';
      const row = rows.get(e164);
      if (!row) out.push({ field, rule: 'exists', message: `${e164} is not a number this platform sells` });
      else if (row.country_code !== request.country_code)
        out.push({
          field,
          rule: 'country_code',
          message: `${e164} is in ${row.country_code}, not ${request.country_code}`,
        });
      else if (row.number_type !== request.number_type)
        out.push({
          field,
          rule: 'number_type',
          message: `${e164} is a ${row.number_type} number, not ${request.number_type}`,
        });
      else if (!this.claimable(row, request, now))
        out.push({ field, rule: 'available', message: `${e164} is not available` });
    });
    return out;
  }

  /** Free now, or held by the buyer itself (in the named reservation, when one is named). */
  private claimable(row: NumberRow, request: ClaimNumbersRequest, now: Date): boolean {
    const state = effectiveState(row, now);
    if (state === NumberState.Available) return true;
    if (state !== NumberState.Reserved || row.reserved_by_account_id !== request.account_id) return false;
    const reservationId = request.selection.kind === 'numbers' ? request.selection.reservation_id : null;
    return reservationId === null || row.reservation_id === reservationId;
  }

  /** Moves the locked rows to pending_purchase for the order, each with a new number id; the buyer's own hold on them ends. */
  private async take(
    em: EntityManager,
    request: ClaimNumbersRequest,
    rows: NumberRow[],
    now: Date,
  ): Promise<ClaimedNumber[]> {
    for (const row of rows) assertTransition(effectiveState(row, now), NumberState.PendingPurchase);
    const ids = rows.map(() => sortableId('pn', now));
    await sql(
      em,
      `update ${NUMBERS} n set state = 'pending_purchase', number_id = v.number_id, owner_account_id = ?, owner_partner_id = ?, tenant_account_id = ?,
         purchase_order_id = ?, reserved_by_account_id = null, reservation_id = null, reserved_until = null, aging_until = null, activated_at = null,
         released_at = null, release_reason = null, connection_id = null, tags = '{}', customer_reference = null, description = null,
         source = 'purchased', purchased_at = ?, updated_at = ?
       from unnest(?::text[], ?::text[]) as v(e164, number_id) where n.e164 = v.e164`,
      [
        request.account_id,
        request.partner_id,
        request.partner_id ? request.account_id : null,
        request.order_id,
        now,
        now,
        rows.map((r) => r.e164),
        ids,
      ],
    );
    return rows.map((row, i) => presentClaimed(row, ids[i]));
  }
}
