import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PaymentPurpose } from '@did/contracts';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { PAYMENTS, sql, WALLETS } from '../db/sql';
import type { CardCharge } from './payments.service';

/** Either this caller's auto-recharge is now the one in flight, or another one (its payment id) is. */
export type AutoRechargeClaim = { kind: 'ours' } | { kind: 'in_flight'; paymentId: string };

/** How long a caller waits for another request's auto-recharge before deciding on the balance it has. */
const WAIT_FOR_OTHER_RECHARGE_MS = 15_000;
const POLL_MS = 50;

/**
 * One auto-recharge in flight per wallet. Without it, N concurrent orders that each find the balance
 * short would each charge the card. The decision is made under the wallet's row lock and written as
 * the pending payment row in the same transaction, so concurrent requests on any replica see it.
 */
@Injectable()
export class AutoRechargeGate {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Writes `charge` as the wallet's pending auto-recharge, unless another pending one exists. */
  async claim(charge: CardCharge): Promise<AutoRechargeClaim> {
    return this.em.fork().transactional(async (em) => {
      await sql(em, `select id from ${WALLETS} where id = ? for update`, [charge.wallet.id]);
      const [other] = await sql<{ id: string }>(
        em,
        `select id from ${PAYMENTS} where wallet_id = ? and purpose = ? and status = 'pending' and idempotency_key <> ? limit 1`,
        [charge.wallet.id, PaymentPurpose.AutoRecharge, charge.idempotencyKey],
      );
      if (other) return { kind: 'in_flight', paymentId: other.id };
      const now = this.clock.now();
      // The same row PaymentsService.charge would write; it finds it by key and settles it.
      await sql(
        em,
        `insert into ${PAYMENTS} (id, account_id, wallet_id, payment_method_id, purpose, amount_cents, currency, idempotency_key, status, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) on conflict (account_id, idempotency_key) do nothing`,
        [
          sortableId('pay', now),
          charge.wallet.accountId,
          charge.wallet.id,
          charge.paymentMethodId,
          charge.purpose,
          charge.amountCents,
          charge.wallet.currency,
          charge.idempotencyKey,
          now,
          now,
        ],
      );
      return { kind: 'ours' };
    });
  }

  /** Waits (real time: this waits on another request) until `paymentId` is no longer pending; false when it still is at the deadline. */
  async waitSettled(paymentId: string): Promise<boolean> {
    const deadline = Date.now() + WAIT_FOR_OTHER_RECHARGE_MS;
    for (;;) {
      const [row] = await sql<{ status: string }>(this.em.fork(), `select status from ${PAYMENTS} where id = ?`, [
        paymentId,
      ]);
      if (!row || row.status !== 'pending') return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
