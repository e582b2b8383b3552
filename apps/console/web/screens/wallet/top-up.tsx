import { FormEvent, useMemo, useState } from 'react';
import { newIdempotencyKey, ok } from '../../api/client';
import type { Balance } from '../../api/types';
import { useConsole } from '../../context';
import { money } from '../../format';
import { parseMajorToCents } from '../../money';
import { Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';

/** Top-up from a saved card; the Idempotency-Key stays the same until it succeeds, so a retry never charges twice. */
export function TopUp({
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
  const [amount, setAmount] = useState('50.00');
  const [card, setCard] = useState('');
  const [attempt, setAttempt] = useState(0);
  const key = useMemo(() => newIdempotencyKey('top-up'), [attempt, amount, card]);
  const action = useAction();
  const chosen = card || cards.data?.data[0]?.id || '';
  const cents = parseMajorToCents(amount);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!cents) return;
    void action.run(async () => {
      const res = await ok(
        api.client.POST('/v1/balance/top-ups', {
          body: { amount_cents: cents, payment_method_id: chosen },
          params: { header: { 'Idempotency-Key': key } },
        }),
      );
      setAttempt((a) => a + 1);
      await onDone();
      return `Topped up. New balance ${money(res.balance_cents, res.currency)}.`;
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="topup-h">
      <h2 id="topup-h">Top up</h2>
      <Field
        label={`Amount (${balance.currency})`}
        error={amount && cents === null ? 'Enter an amount such as 50 or 50.25.' : undefined}
      >
        {(p) => (
          <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} required />
        )}
      </Field>
      <Field label="Card">
        {(p) => (
          <select {...p} value={chosen} onChange={(e) => setCard(e.target.value)} required>
            {cards.data?.data.length ? null : <option value="">Add a card first</option>}
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
      <button type="submit" disabled={action.busy || !chosen || !cents}>
        {action.busy ? 'Charging…' : 'Top up'}
      </button>
    </form>
  );
}
