import { ok } from '../../api/client';
import { useState } from 'react';
import { COUNTRIES, NUMBER_STATUSES, NUMBER_TYPES, type QueryOf } from '../../api/types';
import { useConsole } from '../../context';
import { date, label, prettyNumber } from '../../format';
import { href } from '../../router';
import { Async } from '../../ui/async';
import { Field } from '../../ui/field';
import { Pager, useCursorPager } from '../../ui/pager';
import { useResource } from '../../use-resource';
import { StatusBadge } from './status-badge';

interface Filters {
  status: string;
  number_type: string;
  country_code: string;
  tenant: string;
  connection_id: string;
  tag: string;
  e164: string;
}
const NO_FILTERS: Filters = {
  status: '',
  number_type: '',
  country_code: '',
  tenant: '',
  connection_id: '',
  tag: '',
  e164: '',
};

/** Phone Numbers: every number the acting account holds, filtered and paged by the API. */
export function NumbersList() {
  const { api, isPartner, tenants, accountName } = useConsole();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const pager = useCursorPager();
  const numbers = useResource(
    () =>
      ok(
        api.client.GET('/v1/numbers', {
          params: { query: { ...(filters as QueryOf<'/v1/numbers'>), limit: 25, cursor: pager.cursor ?? undefined } },
        }),
      ),
    [filters, pager.cursor],
  );
  const connections = useResource(
    () => ok(api.client.GET('/v1/connections', { params: { query: { limit: 100 } } })),
    [],
  );
  const connectionName = (id: string | null) =>
    id ? (connections.data?.data.find((c) => c.id === id)?.name ?? id) : '—';
  const set = (name: keyof Filters) => (e: { target: { value: string } }) => {
    setFilters((f) => ({ ...f, [name]: e.target.value }));
    pager.reset();
  };

  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Phone Numbers</h1>
        <div className="actions">
          <a className="button" href={href('numbers', 'add')}>
            Add Number
          </a>
          <a className="button secondary" href={href('porting', 'new')}>
            Port-in Number
          </a>
        </div>
      </div>
      <form className="filters" aria-label="Filter numbers" onSubmit={(e) => e.preventDefault()}>
        <Field label="Status">
          {(p) => (
            <select {...p} value={filters.status} onChange={set('status')}>
              <option value="">Held now</option>
              {NUMBER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Type">
          {(p) => (
            <select {...p} value={filters.number_type} onChange={set('number_type')}>
              <option value="">Any</option>
              {NUMBER_TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Country">
          {(p) => (
            <select {...p} value={filters.country_code} onChange={set('country_code')}>
              <option value="">Any</option>
              {COUNTRIES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {isPartner ? (
          <Field label="Tenant">
            {(p) => (
              <select {...p} value={filters.tenant} onChange={set('tenant')}>
                <option value="">Any</option>
                {tenants.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label="Connection">
          {(p) => (
            <select {...p} value={filters.connection_id} onChange={set('connection_id')}>
              <option value="">Any</option>
              {connections.data?.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tag">{(p) => <input {...p} value={filters.tag} onChange={set('tag')} />}</Field>
        <Field label="Number starts with" hint="E.164 prefix, e.g. +1512">
          {(p) => <input {...p} value={filters.e164} onChange={set('e164')} inputMode="tel" />}
        </Field>
      </form>
      <Async
        resource={numbers}
        label="numbers"
        isEmpty={(page) => page.data.length === 0}
        empty={
          <p>
            No numbers match. <a href={href('numbers', 'add')}>Add a number</a> or change the filters.
          </p>
        }
      >
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Your phone numbers</caption>
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Status</th>
                  <th scope="col">Type</th>
                  <th scope="col">Country</th>
                  <th scope="col">City</th>
                  <th scope="col">Tenant</th>
                  <th scope="col">Connection</th>
                  <th scope="col">Tags</th>
                  <th scope="col">Next billing</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((n) => (
                  <tr key={n.id}>
                    <th scope="row">{prettyNumber(n.e164)}</th>
                    <td>
                      <StatusBadge status={n.status} />
                      {n.cancel_at_period_end ? <span className="badge warn">cancels {date(n.paid_until)}</span> : null}
                    </td>
                    <td>{label(n.number_type)}</td>
                    <td>{n.country_code}</td>
                    <td>{n.locality ?? '—'}</td>
                    <td>{n.tenant_account_id ? accountName(n.tenant_account_id) : 'Unassigned'}</td>
                    <td>{connectionName(n.connection_id)}</td>
                    <td>
                      {n.tags.length
                        ? n.tags.map((t) => (
                            <span key={t} className="tag">
                              {t}
                            </span>
                          ))
                        : '—'}
                    </td>
                    <td>{date(n.next_billing_date)}</td>
                    <td>
                      <a href={href('numbers', n.id)} aria-label={`Edit ${n.e164}`}>
                        Edit
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Numbers" />
          </>
        )}
      </Async>
    </>
  );
}
