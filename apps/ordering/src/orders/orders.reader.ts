import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType, ListNumberOrdersRequest, NumberOrder as NumberOrderView, NumberOrderList, WalletCaller } from '@did/contracts';
import { keysetPage } from '@did/persistence';
import { Subscription } from '../subscriptions/entities/subscription.entity';
import { NumberOrder, OrderRowStatus } from './entities/number-order.entity';
import { OrderNumber } from './entities/order-number.entity';
import { presentOrder } from './order.presenter';

/** Orders that exist for clients: placed ones. A placing or rejected order never charged anything and is not shown. */
const VISIBLE = [OrderRowStatus.Pending, OrderRowStatus.Success, OrderRowStatus.PartialSuccess, OrderRowStatus.Failure];

/** Reads orders for the acting account (a partner also sees its tenants' orders by id). */
@Injectable()
export class OrdersReader {
  constructor(private readonly em: EntityManager) {}

  async byId(caller: WalletCaller, orderId: string): Promise<NumberOrderView> {
    const em = this.em.fork();
    const order = await em.findOne(NumberOrder, { id: orderId, status: { $in: VISIBLE }, $or: [{ accountId: caller.account_id }, { partnerId: caller.account_id }] });
    if (!order) throw new DomainError(ErrorType.NotFound, ErrorCode.NumberOrderNotFound, `No number order ${orderId} on this account.`);
    return (await this.present(em, [order]))[0];
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
    const numbers = await em.find(OrderNumber, { orderId: { $in: orders.map((o) => o.id) } }, { orderBy: { e164: 'asc' } });
    const subscriptions = new Map((await em.find(Subscription, { numberId: { $in: numbers.map((n) => n.numberId) } })).map((s) => [s.numberId, s]));
    return orders.map((o) =>
      presentOrder(
        o,
        numbers.filter((n) => n.orderId === o.id),
        subscriptions,
      ),
    );
  }
}
