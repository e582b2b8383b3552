import { ok } from '../../api/client';
import { useState } from 'react';
import { useConsole } from '../../context';
import { date, money, prettyNumber } from '../../format';
import { Async } from '../../ui/async';
import { useResource } from '../../use-resource';
import { AutoRecharge } from './auto-recharge';
import { DebtNotice } from './debt-notice';
import { Ledger } from './ledger';
import { PaymentMethods } from './payment-methods';
import { TopUp } from './top-up';

/** Wallet: balance, cards, top-up, auto-recharge, upcoming renewals and the ledger. */
export function Wallet() {
  const { api, acting } = useConsole();
  const balance = useResource(() => ok(api.client.GET('/v1/balance')), []);
  const upcoming = useResource(
    () => ok(api.client.GET('/v1/billing/upcoming', { params: { query: { days: 30 } } })),
    [],
  );
  const [cardsVersion, bump] = useVersion();
  const refresh = async () => {
    await Promise.all([balance.reload(), upcoming.reload()]);
    bump();
  };
  return (
    <>
      <h1 tabIndex={-1}>Wallet</h1>
      <section aria-labelledby="balance-h">
        <h2 id="balance-h">Balance of {acting.name}</h2>
        <Async resource={balance} label="balance">
          {(b) => (
            <p className="balance" data-testid="wallet-balance">
              {money(b.balance_cents, b.currency)}
            </p>
          )}
        </Async>
        <DebtNotice version={cardsVersion} />
      </section>
      <div className="columns">
        <PaymentMethods version={cardsVersion} onChange={bump} />
        <div>
          {balance.data ? <TopUp balance={balance.data} cardsVersion={cardsVersion} onDone={refresh} /> : null}
          {balance.data ? <AutoRecharge balance={balance.data} cardsVersion={cardsVersion} onDone={refresh} /> : null}
        </div>
      </div>
      <section aria-labelledby="upcoming-h">
        <h2 id="upcoming-h">Upcoming renewals (30 days)</h2>
        <Async
          resource={upcoming}
          label="upcoming renewals"
          isEmpty={(u) => u.data.length === 0}
          empty={<p>No renewals due in the next 30 days.</p>}
        >
          {(u) => (
            <>
              <p>
                {money(u.total_due_cents, u.currency)} due by {date(u.until)};{' '}
                {u.covered ? (
                  'the balance covers all of it.'
                ) : (
                  <strong className="warn-text">the balance is short by {money(u.shortfall_cents, u.currency)}.</strong>
                )}
              </p>
              <table>
                <caption className="visually-hidden">Upcoming renewals</caption>
                <thead>
                  <tr>
                    <th scope="col">Number</th>
                    <th scope="col">Due</th>
                    <th scope="col">Amount</th>
                    <th scope="col">Covered by balance</th>
                  </tr>
                </thead>
                <tbody>
                  {u.data.map((c) => (
                    <tr key={`${c.number_id}-${c.due_at}`}>
                      <th scope="row">{prettyNumber(c.phone_number)}</th>
                      <td>{date(c.due_at)}</td>
                      <td>{money(c.amount_cents, u.currency)}</td>
                      <td>{c.covered ? 'Yes' : 'No'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </Async>
      </section>
      <Ledger version={cardsVersion} />
    </>
  );
}

function useVersion(): [number, () => void] {
  const [v, setV] = useState(0);
  return [v, () => setV((x) => x + 1)];
}
