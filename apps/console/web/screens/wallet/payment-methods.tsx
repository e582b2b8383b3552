import { ok } from '../../api/client';
import { FormEvent, useState } from 'react';
import type { PaymentMethod } from '../../api/types';
import { useConsole } from '../../context';
import { Async, Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';

/** Saved cards (only brand, last4 and expiry are kept) and adding one. */
export function PaymentMethods({ version, onChange }: { version: number; onChange: () => void }) {
  const { api } = useConsole();
  const cards = useResource(() => ok(api.client.GET('/v1/payment-methods')), [version]);
  const [number, setNumber] = useState('');
  const [exp, setExp] = useState('12/30');
  const [cvc, setCvc] = useState('');
  const action = useAction();
  const add = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const [m, y] = exp.split('/').map((s) => Number(s.trim()));
      const card = await ok(
        api.client.POST('/v1/payment-methods', {
          body: {
            card_number: number.replace(/\s+/g, ''),
            exp_month: m,
            exp_year: y < 100 ? 2000 + y : y,
            ...(cvc ? { cvc } : {}),
          },
        }),
      );
      setNumber('');
      setCvc('');
      onChange();
      return `Card ending ${card.last4} saved.`;
    });
  };
  const remove = (card: PaymentMethod) =>
    action.run(async () => {
      await ok(api.client.DELETE('/v1/payment-methods/{id}', { params: { path: { id: card.id } } }));
      onChange();
      return `Card ending ${card.last4} removed.`;
    });
  return (
    <section aria-labelledby="cards-h">
      <h2 id="cards-h">Payment methods</h2>
      <Async
        resource={cards}
        label="cards"
        isEmpty={(c) => c.data.length === 0}
        empty={<p>No saved card. Add one to top up or to use auto-recharge.</p>}
      >
        {(c) => (
          <ul className="cards">
            {c.data.map((card) => (
              <li key={card.id}>
                {card.brand} ending {card.last4}, expires {String(card.exp_month).padStart(2, '0')}/{card.exp_year}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => void remove(card)}
                  aria-label={`Remove card ending ${card.last4}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </Async>
      <form onSubmit={add} aria-label="Add a card">
        <Field label="Card number" hint="Sandbox: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 declines">
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              autoComplete="cc-number"
              value={number}
              onChange={(e) => setNumber(e.target.value)}
              required
            />
          )}
        </Field>
        <Field label="Expiry (MM/YY)">
          {(p) => <input {...p} autoComplete="cc-exp" value={exp} onChange={(e) => setExp(e.target.value)} required />}
        </Field>
        <Field label="CVC">
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              autoComplete="cc-csc"
              maxLength={4}
              value={cvc}
              onChange={(e) => setCvc(e.target.value)}
            />
          )}
        </Field>
        <ProblemBox problem={action.error} />
        <Live>{action.message}</Live>
        <button type="submit" disabled={action.busy}>
          {action.busy ? 'Saving…' : 'Save card'}
        </button>
      </form>
    </section>
  );
}
