import { FormEvent, useMemo, useState } from 'react';
import { fieldErrors, newIdempotencyKey, ok } from '../../api/client';
import type { Account } from '../../api/types';
import { useConsole } from '../../context';
import { money } from '../../format';
import { parseMajorToCents } from '../../money';
import { Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';

/**
 * Moves money from the partner's wallet to the tenant's (POST /v1/balance/transfers). The
 * Idempotency-Key stays the same until a transfer succeeds, so a retry never moves the money twice.
 */
export function FundTenant({ tenant, onDone }: { tenant: Account; onDone: () => Promise<void> }) {
  const { api, me } = useConsole();
  const own = useResource(() => ok(api.client.GET('/v1/balance')), []);
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [done, setDone] = useState(0);
  const key = useMemo(() => newIdempotencyKey('transfer'), [done, amount, description]);
  const action = useAction();
  const cents = parseMajorToCents(amount);
  const errors = fieldErrors(action.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (cents === null) return;
    void action.run(async () => {
      const t = await ok(
        api.client.POST('/v1/balance/transfers', {
          body: {
            tenant_account_id: tenant.id,
            amount_cents: cents,
            ...(description.trim() ? { description: description.trim() } : {}),
          },
          params: { header: { 'Idempotency-Key': key } },
        }),
      );
      setDone((d) => d + 1);
      setAmount('');
      await Promise.all([onDone(), own.reload()]);
      return `Moved ${money(t.amount_cents, t.currency)} to ${tenant.name}. Your balance is now ${money(t.balance_after_cents, t.currency)}.`;
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="fund-h">
      <h2 id="fund-h">Fund from your wallet</h2>
      <p className="hint">
        Your balance:{' '}
        <span data-testid="partner-balance">{own.data ? money(own.data.balance_cents, own.data.currency) : '…'}</span>.
        The money moves at once, on both ledgers.
      </p>
      <Field
        label={`Amount (${me.currency})`}
        hint="Up to two decimals, e.g. 25.00"
        error={amount && cents === null ? 'Enter an amount such as 25 or 25.50.' : errors.amount_cents}
      >
        {(p) => (
          <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} required />
        )}
      </Field>
      <Field label="Description" hint="Optional; shown on both ledgers" error={errors.description}>
        {(p) => <input {...p} value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <button type="submit" disabled={action.busy || !cents}>
        {action.busy ? 'Moving…' : cents ? `Transfer ${money(cents, me.currency)}` : 'Transfer'}
      </button>
    </form>
  );
}
