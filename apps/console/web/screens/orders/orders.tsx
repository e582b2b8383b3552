import { ok } from '../../api/client';
import { useState } from 'react';
import { useConsole } from '../../context';
import { dateTime, label, money, prettyNumber } from '../../format';
import { href } from '../../router';
import { Async } from '../../ui/async';
import { Field } from '../../ui/field';
import { Pager, useCursorPager } from '../../ui/pager';
import { useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import type { QueryOf } from '../../api/types';

const ORDER_STATUSES = ['pending', 'success', 'partial_success', 'failure'] as const;

/** Order history (GET /v1/number-orders): each order's numbers, what it charged and refunded; oldest first, as the API pages them. */
export function Orders() {
  const { api, acting } = useConsole();
  const [status, setStatus] = useState('');
  const pager = useCursorPager();
  const orders = useResource(
    () =>
      ok(
        api.client.GET('/v1/number-orders', {
          params: {
            query: {
              status: (status || undefined) as QueryOf<'/v1/number-orders'>['status'],
              limit: 25,
              cursor: pager.cursor ?? undefined,
            },
          },
        }),
      ),
    [status, pager.cursor],
  );
  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Orders</h1>
        <a className="button" href={href('numbers', 'add')}>
          Add Number
        </a>
      </div>
      <form className="filters" aria-label="Filter orders" onSubmit={(e) => e.preventDefault()}>
        <Field label="Status">
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value);
                pager.reset();
              }}
            >
              <option value="">Any</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <Async
        resource={orders}
        label="orders"
        isEmpty={(p) => p.data.length === 0}
        empty={
          <p>
            {acting.name} has no number orders{status ? ` that are ${label(status)}` : ''} yet.
          </p>
        }
      >
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Number orders, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Placed</th>
                  <th scope="col">Order</th>
                  <th scope="col">Numbers</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Charged
                  </th>
                  <th scope="col" className="num">
                    Refunded
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((o) => (
                  <tr key={o.id} data-testid="order-row">
                    <td>{dateTime(o.created_at)}</td>
                    <th scope="row">
                      <code>{o.id}</code>
                      <div className="hint">
                        {o.country_code} {label(o.number_type)}
                        {o.customer_reference ? ` · ${o.customer_reference}` : ''}
                      </div>
                    </th>
                    <td>
                      <ul className="order-numbers">
                        {o.phone_numbers.map((n) => (
                          <li key={n.id}>
                            {n.status === 'active' ? (
                              <a href={href('numbers', n.id)}>{prettyNumber(n.e164)}</a>
                            ) : (
                              prettyNumber(n.e164)
                            )}{' '}
                            <StatusBadge status={n.status} />
                            {n.error_message ? <div className="hint">{n.error_message}</div> : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <StatusBadge status={o.status} />
                    </td>
                    <td className="num">{money(o.total_charged_cents, o.currency)}</td>
                    <td className="num">{o.total_refunded_cents ? money(o.total_refunded_cents, o.currency) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Orders" />
          </>
        )}
      </Async>
    </>
  );
}
