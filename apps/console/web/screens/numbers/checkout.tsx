import { useMemo, useState } from 'react';
import { newIdempotencyKey, ok } from '../../api/client';
import type { Balance, BodyOf, NumberOrder, Quote } from '../../api/types';
import { useConsole } from '../../context';
import { money } from '../../format';
import { href } from '../../router';
import { Async } from '../../ui/async';
import { Dialog } from '../../ui/dialog';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { OrderProgress } from './order-progress';
import { UsageRatesFacts } from './usage-rates';

/** One order to place: specific numbers, or a quantity in one city (an order covers one city). */
export interface CheckoutLine {
  label: string;
  body: BodyOf<'/v1/number-orders', 'post'>;
}

/**
 * Checkout: the exact quote of every line (setup + first 30-day month), the wallet balance, then
 * POST /v1/number-orders per line. Each line's Idempotency-Key is made once, when the checkout opens,
 * so pressing Confirm again after a failure can never buy twice.
 */
export function Checkout({ lines, onClose }: { lines: CheckoutLine[]; onClose: () => void }) {
  const { api, acting } = useConsole();
  const keys = useMemo(() => lines.map(() => newIdempotencyKey('order')), [lines]);
  const [autoRenew, setAutoRenew] = useState(true);
  const [orders, setOrders] = useState<(NumberOrder | null)[]>(() => lines.map(() => null));
  const action = useAction();
  const quotes = useResource(async () => {
    const [balance, ...quoted] = await Promise.all([
      ok(api.client.GET('/v1/balance')),
      ...lines.map((l) =>
        ok(
          api.client.POST('/v1/quotes', {
            body: {
              country_code: l.body.country_code,
              number_type: l.body.number_type,
              phone_numbers: l.body.phone_numbers,
              quantity: l.body.quantity,
            },
          }),
        ),
      ),
    ]);
    return { balance: balance as Balance, quotes: quoted as Quote[] };
  }, [lines]);

  const confirm = () =>
    action.run(async () => {
      const placed = [...orders];
      for (const [i, line] of lines.entries()) {
        if (placed[i]) continue;
        placed[i] = await ok(
          api.client.POST('/v1/number-orders', {
            body: { ...line.body, auto_renew: autoRenew },
            params: { header: { 'Idempotency-Key': keys[i] } },
          }),
        );
        setOrders([...placed]);
      }
      return `Order placed. Following ${placed.length > 1 ? 'the orders' : 'the order'} until every number is active.`;
    });

  const placedAll = orders.every(Boolean);
  return (
    <Dialog title={placedAll ? 'Your numbers' : 'Checkout'} open onClose={onClose}>
      {placedAll ? (
        <>
          {orders.map((o) => (o ? <OrderProgress key={o.id} order={o} /> : null))}
          <p>
            <a href={href('numbers')} onClick={onClose}>
              Go to Phone Numbers
            </a>
          </p>
        </>
      ) : (
        <Async resource={quotes} label="prices">
          {({ balance, quotes: q }) => {
            const currency = q[0]?.currency ?? balance.currency;
            const total = q.reduce((sum, x) => sum + x.total_cents, 0);
            const after = balance.balance_cents - total;
            return (
              <>
                <p>Buying for {acting.name}.</p>
                <table>
                  <caption className="visually-hidden">What you are buying</caption>
                  <thead>
                    <tr>
                      <th scope="col">Numbers</th>
                      <th scope="col">Setup</th>
                      <th scope="col">First month</th>
                      <th scope="col">Total</th>
                    </tr>
                  </thead>
                  <tbody>
                    {lines.map((l, i) => (
                      <tr key={i}>
                        <th scope="row">{l.label}</th>
                        <td>{money(q[i].setup_fee_total_cents, q[i].currency)}</td>
                        <td>{money(q[i].monthly_fee_total_cents, q[i].currency)}</td>
                        <td>{money(q[i].total_cents, q[i].currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Total due now</th>
                      <td colSpan={2} />
                      <td data-testid="checkout-total">
                        <strong>{money(total, currency)}</strong>
                      </td>
                    </tr>
                  </tfoot>
                </table>
                <dl className="facts">
                  <dt>Wallet balance</dt>
                  <dd data-testid="checkout-balance">{money(balance.balance_cents, balance.currency)}</dd>
                  <dt>Balance after purchase</dt>
                  <dd>{money(after, balance.currency)}</dd>
                  <dt>Then</dt>
                  <dd>
                    {money(
                      q.reduce((s, x) => s + x.monthly_fee_cents * x.quantity, 0),
                      currency,
                    )}{' '}
                    every 30 days
                  </dd>
                </dl>
                {q[0] ? (
                  <section aria-labelledby="checkout-usage-h">
                    <h3 id="checkout-usage-h">Calls and messages (charged in arrears from the wallet)</h3>
                    <UsageRatesFacts
                      rates={q[0].usage_rates}
                      currency={q[0].currency}
                      minimumMonths={q[0].minimum_commitment_months}
                      testId="checkout-usage-rates"
                    />
                    {q[0].minimum_commitment_months ? (
                      <p className="hint">
                        Each number must be kept {q[0].minimum_commitment_months} months: releasing it or cancelling its
                        renewal earlier is refused.
                      </p>
                    ) : null}
                  </section>
                ) : null}
                {after < 0 ? (
                  <p className="warning" role="note">
                    The balance does not cover this purchase
                    {balance.auto_recharge.enabled ? '; auto-recharge will try your saved card first' : ''}.{' '}
                    <a href={href('wallet')}>Top up the wallet</a>.
                  </p>
                ) : null}
                <div className="field checkbox">
                  <input
                    id="checkout-auto-renew"
                    type="checkbox"
                    checked={autoRenew}
                    onChange={(e) => setAutoRenew(e.target.checked)}
                  />
                  <label htmlFor="checkout-auto-renew">Renew automatically every 30 days</label>
                </div>
                <p className="hint">
                  Number rentals are non-refundable once active; a number that fails to activate is refunded in full.
                </p>
                <ProblemBox problem={action.error} />
                <div className="dialog-actions">
                  <button type="button" className="secondary" onClick={onClose}>
                    Cancel
                  </button>
                  <button type="button" onClick={() => void confirm()} disabled={action.busy}>
                    {action.busy ? 'Placing order…' : `Confirm purchase (${money(total, currency)})`}
                  </button>
                </div>
              </>
            );
          }}
        </Async>
      )}
    </Dialog>
  );
}
