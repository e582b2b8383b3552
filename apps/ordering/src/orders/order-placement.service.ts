import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import {
  ClaimedNumber,
  ClaimSelection,
  CreateNumberOrderRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  Events,
  LedgerEntryKind,
  NumberOrder as NumberOrderView,
  OrderNumberStatus,
  WalletCaller,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { NUMBER_ORDERS, ORDER_NUMBERS, sql, WALLETS } from '../db/sql';
import { FundsService } from '../payments/funds.service';
import { partnerShortfall, ResellerCharges } from '../wallets/reseller-charges';
import { WalletsService } from '../wallets/wallets.service';
import { OrderRowStatus } from './entities/number-order.entity';
import { InventoryClaims } from './inventory-claims';
import { OrderClaimsRelease } from './order-claims-release';
import { OrderPrices, OrderUnitPrices } from './order-prices';
import { isRetryable, lockOrder, rejectionError, rejectionOf } from './order-rows';
import { OrdersReader } from './orders.reader';

const SERVICE = 'ordering';

/** How long a request waits for a concurrent request with the same key to finish placing before answering 409. */
const CONCURRENT_WAIT_MS = 3_000;

/**
 * Places number orders so that money is never taken without numbers or numbers held without money:
 *
 * 1. the order row is inserted first; `(account, Idempotency-Key)` is unique, so it is the
 *    idempotency record and every retry or concurrent duplicate lands on the same order;
 * 2. inventory claims the numbers for the order id (idempotent per order);
 * 3. one transaction debits the buyer (and its partner), records the numbers and appends
 *    `number_order.placed`, after which inventory provisions them with the carrier.
 *
 * A failure before step 3 leaves nothing charged; the claim is given back at once, or by the
 * reconciler when this process dies first.
 */
@Injectable()
export class OrderPlacementService {
  private readonly logger = new Logger('OrderPlacement');

  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly wallets: WalletsService,
    private readonly funds: FundsService,
    private readonly prices: OrderPrices,
    private readonly charges: ResellerCharges,
    private readonly claims: InventoryClaims,
    private readonly claimsRelease: OrderClaimsRelease,
    private readonly reader: OrdersReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(request: CreateNumberOrderRequest): Promise<NumberOrderView> {
    const { caller, body } = request;
    const wallet = await this.wallets.ensureBuyer(caller);
    const buyer = { accountId: caller.account_id, partnerId: caller.partner_id, currency: wallet.currency };
    // Priced before anything is written: an unsellable country/type is a plain error, not an order. Unless the key
    // already made an order: a retry is answered from its order whatever the prices say now.
    let unit: OrderUnitPrices;
    try {
      unit = await this.prices.of(buyer, body.country_code, body.number_type);
    } catch (err) {
      const known = await this.orderOfKey(request);
      if (!known) throw err;
      return this.retry(known, request, () => Promise.reject(err));
    }
    const opened = await this.openOrder(request, wallet.currency);
    return opened.fresh ? this.place(opened.id, caller, request, unit) : this.retry(opened.id, request, () => unit);
  }

  /** A retry: the order's outcome, or the order placed again (at today's prices) when its rejection allows it. */
  private async retry(
    orderId: string,
    request: CreateNumberOrderRequest,
    prices: () => OrderUnitPrices | Promise<OrderUnitPrices>,
  ): Promise<NumberOrderView> {
    const settled = await this.existing(orderId, request, prices);
    return typeof settled === 'string' ? this.place(settled, request.caller, request, await prices()) : settled;
  }

  /** Inserts the order row for the key, or (a concurrent duplicate won) finds the one already there. */
  private async openOrder(
    request: CreateNumberOrderRequest,
    currency: string,
  ): Promise<{ id: string; fresh: boolean }> {
    const { caller, body } = request;
    const now = this.clock.now();
    const id = sortableId('nor', now);
    const inserted = await sql<{ id: string }>(
      this.em.fork(),
      `insert into ${NUMBER_ORDERS} (id, account_id, partner_id, idempotency_key, request_hash, status, country_code, number_type, currency, customer_reference, auto_renew, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'placing', ?, ?, ?, ?, ?, ?, ?) on conflict (account_id, idempotency_key) do nothing returning id`,
      [
        id,
        caller.account_id,
        caller.partner_id,
        request.idempotency_key,
        requestHash(request),
        body.country_code,
        body.number_type,
        currency,
        body.customer_reference ?? null,
        body.auto_renew,
        now,
        now,
      ],
    );
    if (inserted.length) return { id, fresh: true };
    return { id: (await this.orderOfKey(request)) as string, fresh: false };
  }

  /** The id of the order this Idempotency-Key already made, or null; 422 when it was made with another body. */
  private async orderOfKey(request: CreateNumberOrderRequest): Promise<string | null> {
    const [existing] = await sql<{ id: string; request_hash: string }>(
      this.em.fork(),
      `select id, request_hash from ${NUMBER_ORDERS} where account_id = ? and idempotency_key = ?`,
      [request.caller.account_id, request.idempotency_key],
    );
    if (!existing) return null;
    if (existing.request_hash !== requestHash(request)) {
      throw new DomainError(
        ErrorType.Unprocessable,
        ErrorCode.IdempotencyKeyReused,
        'This Idempotency-Key was used for an order with another body; use a new key for a new order.',
      );
    }
    return existing.id;
  }

  /**
   * A retry of an order already placed (or being placed): its outcome, or the id to place it again
   * under (a rejection a retry can overcome, e.g. inventory was down, whose numbers were given back).
   */
  private async existing(
    orderId: string,
    request: CreateNumberOrderRequest,
    prices: () => OrderUnitPrices | Promise<OrderUnitPrices>,
  ): Promise<NumberOrderView | string> {
    // Real time, not the service clock: this waits on another request, not on business time.
    const deadline = Date.now() + CONCURRENT_WAIT_MS;
    for (;;) {
      const decision = await this.em.fork().transactional(async (em) => {
        const row = await lockOrder(em, orderId);
        if (!row) throw new Error(`order ${orderId} vanished`);
        if (
          row.status === OrderRowStatus.Rejected &&
          row.rejection &&
          isRetryable(row.rejection) &&
          row.claims_released_at
        ) {
          // Placing it again needs today's prices: an unsellable type is refused before the order is touched.
          await prices();
          // A new order id for the new attempt: inventory refuses to claim again for an order whose numbers it gave
          // back (a late claim of the abandoned attempt must not hold numbers), and a rejected order was never shown.
          const fresh = sortableId('nor', this.clock.now());
          await sql(
            em,
            `update ${NUMBER_ORDERS} set id = ?, status = 'placing', rejection = null, claims_released_at = null, updated_at = ? where id = ?`,
            [fresh, this.clock.now(), orderId],
          );
          return { place: fresh };
        }
        return row;
      });
      if ('place' in decision) return decision.place;
      if (decision.status === OrderRowStatus.Rejected && decision.rejection) throw rejectionError(decision.rejection);
      if (decision.status !== OrderRowStatus.Placing) return this.reader.byId(request.caller, orderId);
      if (Date.now() > deadline) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.OrderInProgress,
          'An order with this Idempotency-Key is still being placed; retry in a moment with the same key.',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async place(
    orderId: string,
    caller: WalletCaller,
    request: CreateNumberOrderRequest,
    prices: OrderUnitPrices,
  ): Promise<NumberOrderView> {
    const { body } = request;
    let claimed: ClaimedNumber[];
    try {
      claimed = (
        await this.claims.claim({
          order_id: orderId,
          account_id: caller.account_id,
          partner_id: caller.partner_id,
          country_code: body.country_code,
          number_type: body.number_type,
          selection: selectionOf(request),
        })
      ).numbers;
    } catch (err) {
      throw await this.reject(orderId, err);
    }
    const sums = totals(prices, claimed.length);
    try {
      // Auto-recharge first (a card charge cannot sit inside our transaction); the debit below is still guarded in SQL.
      await this.funds.ensureResaleFunds(
        caller.account_id,
        caller.partner_id,
        sums.buyer,
        sums.partner,
        `order:${orderId}`,
      );
      await this.em.fork().transactional((em) => this.charge(em, orderId, caller, request, prices, claimed));
    } catch (err) {
      throw await this.reject(orderId, err);
    }
    this.events.publishSoon();
    return this.reader.byId(caller, orderId);
  }

  /** Step 3: the debits, the numbers and number_order.placed commit together, on the order still being placed. */
  private async charge(
    em: EntityManager,
    orderId: string,
    caller: WalletCaller,
    request: CreateNumberOrderRequest,
    prices: OrderUnitPrices,
    claimed: ClaimedNumber[],
  ): Promise<void> {
    const now = this.clock.now();
    const row = await lockOrder(em, orderId);
    if (row?.status !== OrderRowStatus.Placing) {
      // The reconciler gave up on this order meanwhile (and gave its numbers back): charge nothing.
      throw new DomainError(
        ErrorType.Unavailable,
        ErrorCode.ServiceUnavailable,
        'The order took too long to place and was abandoned; nothing was charged. Retry with the same Idempotency-Key.',
      );
    }
    const trial = await this.takeTrial(em, caller.account_id);
    const lines = claimed.map((n, i) => ({
      n,
      isTrial: trial && i === 0,
      buyerSetup: prices.buyer.setup_cents,
      buyerMonthly: trial && i === 0 ? 0 : prices.buyer.monthly_cents,
      partnerSetup: prices.partner?.setup_cents ?? 0,
      partnerMonthly: trial && i === 0 ? 0 : (prices.partner?.monthly_cents ?? 0),
    }));
    const buyerTotal = lines.reduce((sum, l) => sum + l.buyerSetup + l.buyerMonthly, 0);
    const partnerTotal = caller.partner_id ? lines.reduce((sum, l) => sum + l.partnerSetup + l.partnerMonthly, 0) : 0;
    await this.charges.debit(em, {
      kind: LedgerEntryKind.OrderCharge,
      buyerAccountId: caller.account_id,
      partnerId: caller.partner_id,
      currency: prices.currency,
      buyerCents: buyerTotal,
      partnerCents: partnerTotal,
      key: `order:${orderId}`,
      description: `Number order ${orderId}: setup and first 30 days of ${claimed.length} number(s)`,
      reference: orderId,
    });
    for (const l of lines) {
      await sql(
        em,
        `insert into ${ORDER_NUMBERS} (order_id, e164, number_id, status, capabilities, setup_cents, monthly_cents, partner_setup_cents, partner_monthly_cents, is_trial, minimum_commitment_months)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          orderId,
          l.n.phone_number,
          l.n.number_id,
          OrderNumberStatus.Pending,
          l.n.capabilities,
          l.buyerSetup,
          prices.buyer.monthly_cents,
          l.partnerSetup,
          prices.partner?.monthly_cents ?? 0,
          l.isTrial,
          prices.minimumCommitmentMonths,
        ],
      );
    }
    await sql(
      em,
      `update ${NUMBER_ORDERS} set status = 'pending', total_charged_cents = ?, partner_charged_cents = ?, placed_at = ?, updated_at = ? where id = ?`,
      [buyerTotal, partnerTotal, now, now, orderId],
    );
    await appendToOutbox(
      em,
      SERVICE,
      Events.NumberOrderPlaced,
      {
        order_id: orderId,
        account_id: caller.account_id,
        country_code: request.body.country_code,
        number_type: request.body.number_type,
        phone_numbers: claimed.map((n) => ({ number_id: n.number_id, phone_number: n.phone_number })),
        placed_at: now.toISOString(),
      },
      { accountId: caller.account_id, partnerId: caller.partner_id },
      now,
    );
  }

  /** Uses the account's trial number, if its plan has one left (at most once: the row update is the guard). */
  private async takeTrial(em: EntityManager, accountId: string): Promise<boolean> {
    const rows = await sql<{ id: string }>(
      em,
      `update ${WALLETS} set trial_number_available = false where account_id = ? and trial_number_available returning id`,
      [accountId],
    );
    return rows.length > 0;
  }

  /** Records why the order failed before any charge, gives its numbers back, and returns the error to throw. */
  private async reject(orderId: string, err: unknown): Promise<unknown> {
    const rejection = rejectionOf(err);
    if (!(err instanceof DomainError))
      this.logger.error(`order ${orderId} failed: ${(err as Error)?.stack ?? String(err)}`);
    const recorded = await this.em.fork().transactional(async (em) => {
      const row = await lockOrder(em, orderId);
      if (row?.status !== OrderRowStatus.Placing) return false;
      await sql(em, `update ${NUMBER_ORDERS} set status = 'rejected', rejection = ?, updated_at = ? where id = ?`, [
        JSON.stringify(rejection),
        this.clock.now(),
        orderId,
      ]);
      return true;
    });
    if (recorded)
      await this.claimsRelease
        .release(orderId)
        .catch((e: Error) =>
          this.logger.warn(`order ${orderId}: claims not given back yet (${e.message}); the reconciler retries`),
        );
    return err instanceof DomainError ? err : rejectionError(rejection);
  }
}

function selectionOf(request: CreateNumberOrderRequest): ClaimSelection {
  const { body } = request;
  if (body.quantity !== undefined && body.filters)
    return { kind: 'quantity', quantity: body.quantity, filters: body.filters };
  return { kind: 'numbers', phone_numbers: body.phone_numbers ?? [], reservation_id: body.reservation_id ?? null };
}

/**
 * What the order will debit at most, for auto-recharge: the buyer's total before a trial number, and
 * what its partner needs beyond the tenant's payment credited to it (with or without a trial number,
 * whichever needs more: a trial takes the first cycle off both sides).
 */
function totals(prices: OrderUnitPrices, count: number): { buyer: number; partner: number } {
  const unit = (p: { setup_cents: number; monthly_cents: number } | null) => (p ? p.setup_cents + p.monthly_cents : 0);
  const buyer = unit(prices.buyer) * count;
  const partner = unit(prices.partner) * count;
  const trial = partnerShortfall(buyer - prices.buyer.monthly_cents, partner - (prices.partner?.monthly_cents ?? 0));
  return { buyer, partner: prices.partner ? Math.max(partnerShortfall(buyer, partner), trial) : 0 };
}

/** The body as ordering parsed it (defaults applied, keys in schema order), hashed: the same key with another body is a different order. */
function requestHash(request: CreateNumberOrderRequest): string {
  return createHash('sha256').update(JSON.stringify(request.body)).digest('hex');
}
