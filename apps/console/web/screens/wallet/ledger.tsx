import { ok } from '../../api/client';
import { useConsole } from '../../context';
import { dateTime, label, money } from '../../format';
import { Async } from '../../ui/async';
import { Pager, useCursorPager } from '../../ui/pager';
import { useResource } from '../../use-resource';

/** The ledger: every balance change with the running balance, oldest first, paged. */
export function Ledger({ version }: { version: number }) {
  const { api } = useConsole();
  const pager = useCursorPager();
  const ledger = useResource(
    () => ok(api.client.GET('/v1/ledger', { params: { query: { limit: 25, cursor: pager.cursor ?? undefined } } })),
    [pager.cursor, version],
  );
  return (
    <section aria-labelledby="ledger-h">
      <h2 id="ledger-h">Ledger</h2>
      <Async resource={ledger} label="ledger" isEmpty={(p) => p.data.length === 0} empty={<p>No entries yet.</p>}>
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Ledger entries</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Description</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Balance after</th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((e) => (
                  <tr key={e.id}>
                    <td>{dateTime(e.created_at)}</td>
                    <td>{label(e.kind)}</td>
                    <td>{e.description}</td>
                    <td className={e.amount_cents < 0 ? 'debit' : 'credit'}>{money(e.amount_cents, e.currency)}</td>
                    <td>{money(e.balance_after_cents, e.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Ledger" />
          </>
        )}
      </Async>
    </section>
  );
}
