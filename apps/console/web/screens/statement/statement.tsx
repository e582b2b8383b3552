import { FormEvent, useState } from 'react';
import { fieldErrors, ok } from '../../api/client';
import type { StatementFigures } from '../../api/types';
import { useConsole } from '../../context';
import { date, money } from '../../format';
import { Async } from '../../ui/async';
import { Field } from '../../ui/field';
import { useResource } from '../../use-resource';

/** A calendar day (yyyy-mm-dd) moved by `days`, in UTC. */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function thisMonth(): { first: string; last: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  return { first, last };
}

/**
 * Partner statement (GET /v1/partner/statement): per tenant over whole UTC days, what the tenant
 * paid, what the platform charged for it, the margin and what was transferred, with totals.
 */
export function Statement() {
  const { api, accountName } = useConsole();
  const [first, setFirst] = useState(() => thisMonth().first);
  const [last, setLast] = useState(() => thisMonth().last);
  const [period, setPeriod] = useState(() => thisMonth());
  // The API's period is [from, to): through the last day means up to the next midnight.
  const statement = useResource(
    () =>
      ok(
        api.client.GET('/v1/partner/statement', {
          params: {
            query: { from: `${period.first}T00:00:00Z`, to: period.last ? `${addDays(period.last, 1)}T00:00:00Z` : '' },
          },
        }),
      ),
    [period],
  );
  const errors = fieldErrors(statement.error, 'query.');
  const show = (e: FormEvent) => {
    e.preventDefault();
    setPeriod({ first, last });
  };

  return (
    <>
      <h1 tabIndex={-1}>Partner statement</h1>
      <p className="hint">
        From your own ledger, net of refunds: what each tenant paid you, what the platform charged you for the same
        numbers, calls and messages, your margin, and the money you moved to the tenant. Days are UTC.
      </p>
      <form className="filters" onSubmit={show} aria-label="Statement period">
        <Field label="From" error={errors.from}>
          {(p) => <input {...p} type="date" value={first} onChange={(e) => setFirst(e.target.value)} required />}
        </Field>
        <Field label="Through" hint="The last day included" error={errors.to}>
          {(p) => <input {...p} type="date" value={last} onChange={(e) => setLast(e.target.value)} required />}
        </Field>
        <button type="submit">Show statement</button>
      </form>
      <Async resource={statement} label="statement">
        {(s) => (
          <>
            <h2>
              {date(s.from)} to {date(addDays(s.to.slice(0, 10), -1))}
            </h2>
            {s.data.length === 0 ? (
              <div className="empty">
                <p>No tenant charges or transfers in this period.</p>
              </div>
            ) : null}
            <table data-testid="statement">
              <caption className="visually-hidden">Per tenant: paid, platform charged, margin, transferred</caption>
              <thead>
                <tr>
                  <th scope="col">Tenant</th>
                  <th scope="col" className="num">
                    Tenant paid
                  </th>
                  <th scope="col" className="num">
                    Platform charged
                  </th>
                  <th scope="col" className="num">
                    Margin
                  </th>
                  <th scope="col" className="num">
                    Transferred to tenant
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...s.data]
                  .sort((a, b) => accountName(a.tenant_account_id).localeCompare(accountName(b.tenant_account_id)))
                  .map((row) => (
                    <tr key={row.tenant_account_id} data-testid="statement-row">
                      <th scope="row">{accountName(row.tenant_account_id)}</th>
                      <Figures f={row} currency={s.currency} />
                    </tr>
                  ))}
              </tbody>
              <tfoot>
                <tr data-testid="statement-totals">
                  <th scope="row">Totals</th>
                  <Figures f={s.totals} currency={s.currency} />
                </tr>
              </tfoot>
            </table>
          </>
        )}
      </Async>
    </>
  );
}

function Figures({ f, currency }: { f: StatementFigures; currency: string }) {
  return (
    <>
      <td className="num">{money(f.tenant_paid_cents, currency)}</td>
      <td className="num">{money(f.platform_charged_cents, currency)}</td>
      <td className={f.margin_cents < 0 ? 'num debit' : 'num'}>{money(f.margin_cents, currency)}</td>
      <td className="num">{money(f.transferred_cents, currency)}</td>
    </>
  );
}
