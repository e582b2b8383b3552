import { ok } from '../../api/client';
import { useConsole } from '../../context';
import { dateTime, duration, label, moneyDecimal, prettyNumber } from '../../format';
import { Async } from '../../ui/async';
import { Pager, useCursorPager } from '../../ui/pager';
import { useResource } from '../../use-resource';
import type { UsageQuery } from './usage';
import type { QueryOf } from '../../api/types';

/** The detail records of the period, oldest first, paged. A partner sees its tenants' too, with what each cost it. */
export function UsageRecords({ query }: { query: UsageQuery }) {
  const { api, isPartner, accountName, me } = useConsole();
  const pager = useCursorPager();
  const records = useResource(
    () =>
      ok(
        api.client.GET('/v1/usage/records', {
          params: {
            query: { ...(query as QueryOf<'/v1/usage/records'>), limit: 25, cursor: pager.cursor ?? undefined },
          },
        }),
      ),
    [query, pager.cursor],
  );
  return (
    <section aria-labelledby="usage-records-h">
      <h2 id="usage-records-h">Detail records</h2>
      <Async
        resource={records}
        label="detail records"
        isEmpty={(p) => p.data.length === 0}
        empty={<p>No calls or messages in this period.</p>}
      >
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Call and message detail records</caption>
              <thead>
                <tr>
                  <th scope="col">Started</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Number</th>
                  {isPartner ? <th scope="col">Account</th> : null}
                  <th scope="col">Direction</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Billed</th>
                  <th scope="col">Result</th>
                  <th scope="col">Cost</th>
                  {isPartner ? <th scope="col">Your cost</th> : null}
                </tr>
              </thead>
              <tbody>
                {page.data.map((r) => (
                  <tr key={r.id} data-testid="usage-record">
                    <td>{dateTime(r.started_at)}</td>
                    <td>{r.kind}</td>
                    <td>{prettyNumber(r.phone_number)}</td>
                    {isPartner ? <td>{accountName(r.account_id)}</td> : null}
                    <td>{r.direction}</td>
                    <td>{r.from}</td>
                    <td>{r.to}</td>
                    <td>
                      {r.kind === 'call'
                        ? duration(r.billed_seconds)
                        : `${r.parts ?? 1} part${r.parts === 1 ? '' : 's'}`}
                    </td>
                    <td>{r.kind === 'call' ? label(r.hangup_cause) : 'sent'}</td>
                    <td>{moneyDecimal(r.cost_cents_decimal, r.currency)}</td>
                    {isPartner ? (
                      <td>
                        {moneyDecimal(
                          r.account_id === me.id ? r.cost_cents_decimal : r.partner_cost_cents_decimal,
                          r.currency,
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Detail records" />
          </>
        )}
      </Async>
    </section>
  );
}
