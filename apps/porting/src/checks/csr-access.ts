import { EntityManager } from '@mikro-orm/postgresql';
import { PortNumberStatus, PortOrderStatus } from '@did/contracts';
import { sql } from '@did/persistence';

/** Order and number statuses in which the customer is still preparing the port: the CSR helps fill the order in. */
const OPEN_STATUSES = [PortOrderStatus.Draft, PortOrderStatus.Exception];
const OPEN_NUMBER_STATUSES = [PortNumberStatus.Draft, PortNumberStatus.Exception];

/** The numbers among `e164s` that are on one of `accountId`'s open port orders, each with (one of) its orders. */
export async function numbersOnOpenOrders(
  em: EntityManager,
  accountId: string,
  e164s: string[],
): Promise<Map<string, string>> {
  if (!e164s.length) return new Map();
  const rows = await sql<{ e164: string; order_id: string }>(
    em,
    `select distinct on (n.e164) n.e164, n.order_id
       from "porting"."port_order_numbers" n join "porting"."port_orders" o on o.id = n.order_id
      where o.account_id = ? and o.status = any(?) and n.status = any(?) and n.e164 = any(?)
      order by n.e164, n.order_id`,
    [accountId, OPEN_STATUSES, OPEN_NUMBER_STATUSES, e164s],
  );
  return new Map(rows.map((r) => [r.e164, r.order_id]));
}
