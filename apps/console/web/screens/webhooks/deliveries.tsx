import { ok } from '../../api/client';
import { useState } from 'react';
import type { QueryOf, WebhookDelivery, WebhookEndpoint } from '../../api/types';
import { useConsole } from '../../context';
import { dateTime } from '../../format';
import { Async, Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { Pager, useCursorPager } from '../../ui/pager';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';

/** The delivery log: each delivery with every attempt (time, HTTP status, latency, error) and Retry. */
export function Deliveries({
  endpoints,
  endpointId,
  onEndpoint,
}: {
  endpoints: WebhookEndpoint[];
  endpointId: string;
  onEndpoint: (id: string) => void;
}) {
  const { api } = useConsole();
  const [status, setStatus] = useState('');
  const pager = useCursorPager();
  const deliveries = useResource(
    () =>
      ok(
        api.client.GET('/v1/webhook-deliveries', {
          params: {
            query: {
              endpoint_id: endpointId || undefined,
              status: (status || undefined) as QueryOf<'/v1/webhook-deliveries'>['status'],
              limit: 25,
              cursor: pager.cursor ?? undefined,
            },
          },
        }),
      ),
    [endpointId, status, pager.cursor],
  );
  const action = useAction();
  const retry = (d: WebhookDelivery) =>
    action.run(async () => {
      await ok(api.client.POST('/v1/webhook-deliveries/{id}/actions/retry', { params: { path: { id: d.id } } }));
      await deliveries.reload();
      return `Delivery of ${d.event_type} retried.`;
    });
  return (
    <section aria-labelledby="deliveries-h">
      <div className="screen-head">
        <h2 id="deliveries-h">Delivery log</h2>
        <button type="button" className="secondary" onClick={() => void deliveries.reload()}>
          Refresh
        </button>
      </div>
      <div className="filters">
        <Field label="Endpoint">
          {(p) => (
            <select {...p} value={endpointId} onChange={(e) => (onEndpoint(e.target.value), pager.reset())}>
              <option value="">All endpoints</option>
              {endpoints.map((ep) => (
                <option key={ep.id} value={ep.id}>
                  {ep.url}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Status">
          {(p) => (
            <select {...p} value={status} onChange={(e) => (setStatus(e.target.value), pager.reset())}>
              <option value="">Any</option>
              <option value="pending">Pending</option>
              <option value="succeeded">Succeeded</option>
              <option value="failed">Failed</option>
            </select>
          )}
        </Field>
      </div>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <Async
        resource={deliveries}
        label="deliveries"
        isEmpty={(p) => p.data.length === 0}
        empty={<p>No deliveries yet: they appear as events happen.</p>}
      >
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Webhook deliveries</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last attempt</th>
                  <th scope="col">Next attempt</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((d) => {
                  const last = d.attempts[d.attempts.length - 1];
                  return (
                    <tr key={d.id} data-testid="delivery-row">
                      <th scope="row">
                        {d.event_type}
                        <div className="hint">{d.event_id}</div>
                      </th>
                      <td>
                        <StatusBadge status={d.status} />
                      </td>
                      <td>{d.attempt_count}</td>
                      <td>
                        {last
                          ? `${dateTime(last.attempted_at)}: ${last.status_code ?? 'no answer'} in ${last.latency_ms} ms${last.error ? ` (${last.error})` : ''}`
                          : '—'}
                      </td>
                      <td>{dateTime(d.next_attempt_at)}</td>
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => void retry(d)}
                          aria-label={`Retry ${d.event_type} delivery`}
                        >
                          Retry
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Deliveries" />
          </>
        )}
      </Async>
    </section>
  );
}
