import { ok } from '../../api/client';
import { FormEvent, useState } from 'react';
import type { Balance } from '../../api/types';
import { useConsole } from '../../context';
import { Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';

/** Auto-recharge: charge the saved card when a charge would take the balance under the threshold. */
export function AutoRecharge({
  balance,
  cardsVersion,
  onDone,
}: {
  balance: Balance;
  cardsVersion: number;
  onDone: () => Promise<void>;
}) {
  const { api } = useConsole();
  const cards = useResource(() => ok(api.client.GET('/v1/payment-methods')), [cardsVersion]);
  const current = balance.auto_recharge;
  const [enabled, setEnabled] = useState(current.enabled);
  const [threshold, setThreshold] = useState((current.threshold_cents / 100).toFixed(2));
  const [amount, setAmount] = useState(((current.amount_cents || 5000) / 100).toFixed(2));
  const [card, setCard] = useState(current.payment_method_id ?? '');
  const action = useAction();
  const chosen = card || cards.data?.data[0]?.id || '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await ok(
        api.client.PUT('/v1/balance/auto-recharge', {
          body: {
            enabled,
            threshold_cents: Math.round(Number(threshold) * 100),
            amount_cents: Math.round(Number(amount) * 100),
            payment_method_id: chosen || null,
          },
        }),
      );
      await onDone();
      return enabled ? 'Auto-recharge is on.' : 'Auto-recharge is off.';
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="ar-h">
      <h2 id="ar-h">Auto-recharge</h2>
      <div className="field checkbox">
        <input
          id="ar-enabled"
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        <label htmlFor="ar-enabled">Recharge automatically</label>
      </div>
      <Field label={`When the balance would fall below (${balance.currency})`}>
        {(p) => (
          <input
            {...p}
            type="number"
            min="0"
            step="0.01"
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
          />
        )}
      </Field>
      <Field label={`Recharge amount (${balance.currency})`}>
        {(p) => (
          <input {...p} type="number" min="1" step="0.01" value={amount} onChange={(e) => setAmount(e.target.value)} />
        )}
      </Field>
      <Field label="Card to charge">
        {(p) => (
          <select {...p} value={chosen} onChange={(e) => setCard(e.target.value)}>
            <option value="">None</option>
            {cards.data?.data.map((c) => (
              <option key={c.id} value={c.id}>
                {c.brand} ending {c.last4}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Saving…' : 'Save auto-recharge'}
      </button>
    </form>
  );
}
