import { ok } from '../../api/client';
import { useConsole } from '../../context';
import { date } from '../../format';
import { href } from '../../router';
import { Async } from '../../ui/async';
import { useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import { NewPortOrder } from './new-port-order';
import { PortOrderView } from './port-order-view';

/** Port-in: the account's port orders, a new request (#/porting/new) or one order's timeline (#/porting/{id}). */
export function PortIn({ orderId }: { orderId?: string }) {
  if (orderId === 'new') return <NewPortOrder />;
  if (orderId) return <PortOrderView id={orderId} />;
  return <PortOrders />;
}

function PortOrders() {
  const { api } = useConsole();
  const orders = useResource(
    () => ok(api.client.GET('/v1/numbers/porting-orders', { params: { query: { limit: 100 } } })),
    [],
  );
  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Port-in</h1>
        <a className="button" href={href('porting', 'new')}>
          Port-in Number
        </a>
      </div>
      <Async
        resource={orders}
        label="port orders"
        isEmpty={(p) => p.data.length === 0}
        empty={
          <p>
            No port-in requests yet. <a href={href('porting', 'new')}>Bring your numbers</a> from another carrier.
          </p>
        }
      >
        {(page) => (
          <table>
            <caption className="visually-hidden">Port-in orders</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Status</th>
                <th scope="col">Numbers</th>
                <th scope="col">Losing carrier</th>
                <th scope="col">FOC date</th>
                <th scope="col">What happens next</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <a href={href('porting', o.id)}>{o.id}</a>
                  </th>
                  <td>
                    <StatusBadge status={o.status} />
                  </td>
                  <td>{o.phone_numbers.length}</td>
                  <td>{o.losing_carrier ?? '—'}</td>
                  <td>{o.foc_date ? date(o.foc_date) : `requested ${date(o.requested_foc_date)}`}</td>
                  <td>{o.status_detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Async>
    </>
  );
}
