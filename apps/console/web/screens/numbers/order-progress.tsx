import { useEffect, useState } from 'react';
import { asProblem, ok, Problem } from '../../api/client';
import type { NumberOrder } from '../../api/types';
import { useConsole } from '../../context';
import { label, money, prettyNumber } from '../../format';
import { href } from '../../router';
import { ProblemBox } from '../../ui/problem-box';
import { StatusBadge } from './status-badge';

const POLL_MS = 1000;

/** Follows an order (GET /v1/number-orders/{id}) until no number is pending, announcing each change. */
export function OrderProgress({ order: initial }: { order: NumberOrder }) {
  const { api } = useConsole();
  const [order, setOrder] = useState(initial);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    if (order.status !== 'pending') return;
    const timer = setTimeout(() => {
      ok(api.client.GET('/v1/number-orders/{id}', { params: { path: { id: order.id } } }))
        .then((o) => (setOrder(o), setProblem(null)))
        .catch((err) => setProblem(asProblem(err)));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [api, order, problem]);

  const active = order.phone_numbers.filter((n) => n.status === 'active').length;
  return (
    <section className="order" aria-labelledby={`order-${order.id}`}>
      <h3 id={`order-${order.id}`}>
        Order {order.id} <StatusBadge status={order.status} />
      </h3>
      <p role="status" aria-live="polite">
        {order.status === 'pending'
          ? `Activating with the carrier: ${active} of ${order.phone_numbers.length} active…`
          : `Order ${label(order.status)}: ${active} of ${order.phone_numbers.length} active.`}
        {order.total_refunded_cents ? ` Refunded ${money(order.total_refunded_cents, order.currency)}.` : ''}
      </p>
      <ul className="order-numbers">
        {order.phone_numbers.map((n) => (
          <li key={n.id} data-testid="ordered-number">
            <a href={href('numbers', n.id)}>{prettyNumber(n.e164)}</a> <StatusBadge status={n.status} />
            {n.error_message ? (
              <span className="hint">
                {' '}
                {n.error_message} (<code>{n.error_code}</code>)
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="hint">Charged {money(order.total_charged_cents, order.currency)}.</p>
      <ProblemBox problem={problem} />
    </section>
  );
}
