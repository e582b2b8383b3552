import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Capability,
  Currency,
  DomainError,
  ErrorCode,
  ErrorType,
  ListNumberOrdersRequest,
  NumberOrder as NumberOrderView,
  NumberOrderList,
  NumberType,
  OrderNumberStatus,
  WalletCaller,
} from '@did/contracts';
import { asDate, keysetPage } from '@did/persistence';
import { cents, NUMBER_ORDERS, ORDER_NUMBERS, sql, SUBSCRIPTIONS } from '../db/sql';
import { Subscription } from '../subscriptions/entities/subscription.entity';
import { NumberOrder, OrderRowStatus } from './entities/number-order.entity';
import { OrderNumber } from './entities/order-number.entity';
import { presentOrder } from './order.presenter';

interface OrderRow {
  id: string;
  account_id: string;
  status: OrderRowStatus;
  country_code: string;
  number_type: NumberType;
  currency: Currency;
  total_charged_cents: string;
  total_refunded_cents: string;
  customer_reference: string | null;
  auto_renew: boolean;
  placed_at: string | null;
  created_at: string;
  completed_at: string | null;
}

interface NumberRow {
  order_id: string;
  number_id: string;
  e164: string;
  capabilities: Capability[];
  status: OrderNumberStatus;
  error_code: string | null;
  error_message: string | null;
  setup_cents: number;
  monthly_cents: number;
  is_trial: boolean;
  activated_at: string | null;
}

/** Orders that exist for clients: placed ones. A placing or rejected order never charged anything and is not shown. */
const VISIBLE = [OrderRowStatus.Pending, OrderRowStatus.Success, OrderRowStatus.PartialSuccess, OrderRowStatus.Failure];

/** Reads orders for the acting account (a partner also sees its tenants' orders by id). */
@Injectable()
export class OrdersReader {
  constructor(private readonly em: EntityManager) {}

  /**
   * One order, read with plain SQL rather than three ORM finds: every order placed answers with it,
   * and an ORM find costs several times its statement in CPU (`npm run bench:orm`).
   */
  async byId(caller: WalletCaller, orderId: string): Promise<NumberOrderView> {
    const em = this.em.fork();
    const [order] = await sql<OrderRow>(
      em,
      `select id, account_id, status, country_code, number_type, currency, total_charged_cents, total_refunded_cents, customer_reference, auto_renew, placed_at, created_at, completed_at
       from ${NUMBER_ORDERS} where id = ? and status in (${VISIBLE.map((s) => `'${s}'`).join(', ')}) and (account_id = ? or partner_id = ?)`,
      [orderId, caller.account_id, caller.account_id],
    );
    if (!order)
      throw new DomainError(
        ErrorType.NotFound,
        ErrorCode.NumberOrderNotFound,
        `No number order ${orderId} on this account.`,
      );
    const numbers = await sql<NumberRow>(
      em,
      `select order_id, number_id, e164, capabilities, status, error_code, error_message, setup_cents, monthly_cents, is_trial, activated_at from ${ORDER_NUMBERS} where order_id = ? order by e164`,
      [orderId],
    );
    const subscriptions = await sql<{ number_id: string; auto_renew: boolean; ended_at: string | null }>(
      em,
      `select number_id, auto_renew, ended_at from ${SUBSCRIPTIONS} where number_id = any(?::text[])`,
      [numbers.map((n) => n.number_id)],
    );
    return presentOrder(
      {
        id: order.id,
        accountId: order.account_id,
        status: order.status,
        countryCode: order.country_code,
        numberType: order.number_type,
        currency: order.currency,
        totalChargedCents: cents(order.total_charged_cents),
        totalRefundedCents: cents(order.total_refunded_cents),
        customerReference: order.customer_reference,
        autoRenew: order.auto_renew,
        placedAt: asDate(order.placed_at),
        createdAt: new Date(order.created_at),
        completedAt: asDate(order.completed_at),
      },
      numbers.map((n) => ({
        orderId: n.order_id,
        numberId: n.number_id,
        e164: n.e164,
        capabilities: n.capabilities,
        status: n.status,
        errorCode: n.error_code,
        errorMessage: n.error_message,
        setupCents: n.setup_cents,
        monthlyCents: n.monthly_cents,
        isTrial: n.is_trial,
        activatedAt: asDate(n.activated_at),
      })),
      new Map(
        subscriptions.map((s) => [
          s.number_id,
          { numberId: s.number_id, autoRenew: s.auto_renew, endedAt: asDate(s.ended_at) },
        ]),
      ),
    );
  }

  async list(request: ListNumberOrdersRequest): Promise<NumberOrderList> {
    const em = this.em.fork();
    const { query } = request;
    const where = { accountId: request.caller.account_id, status: query.status ? query.status : { $in: VISIBLE } };
    const page = await keysetPage(em, NumberOrder, where, query);
    return { data: await this.present(em, page.data), meta: { total: page.total, next_cursor: page.nextCursor } };
  }

  private async present(em: EntityManager, orders: NumberOrder[]): Promise<NumberOrderView[]> {
    if (!orders.length) return [];
    const numbers = await em.find(
      OrderNumber,
      { orderId: { $in: orders.map((o) => o.id) } },
      { orderBy: { e164: 'asc' } },
    );
    const subscriptions = new Map(
      (await em.find(Subscription, { numberId: { $in: numbers.map((n) => n.numberId) } })).map((s) => [s.numberId, s]),
    );
    return orders.map((o) =>
      presentOrder(
        o,
        numbers.filter((n) => n.orderId === o.id),
        subscriptions,
      ),
    );
  }
}
