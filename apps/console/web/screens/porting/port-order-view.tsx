import { ok } from '../../api/client';
import { FormEvent, useEffect, useState } from 'react';
import { useConsole } from '../../context';
import { date, dateTime, label, money } from '../../format';
import { href } from '../../router';
import { Async, Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import { PortDocuments } from './port-documents';
import type { PortingDocument, PortOrder } from './port-types';

const REFRESH_MS = 5000;
const OPEN = ['submitted', 'in_progress', 'approved'];

/** One port order: its status and what happens next, an exception with what to do about it, its numbers and the timeline. */
export function PortOrderView({ id }: { id: string }) {
  const { api } = useConsole();
  const path = { path: { id } };
  const order = useResource(() => ok(api.client.GET('/v1/numbers/porting-orders/{id}', { params: path })), [id]);
  const timeline = useResource(
    () => ok(api.client.GET('/v1/numbers/porting-orders/{id}/timeline', { params: path })),
    [id, order.data?.status, order.data?.updated_at],
  );
  const action = useAction();
  const status = order.data?.status;
  useEffect(() => {
    if (!status || !OPEN.includes(status)) return;
    const timer = setInterval(() => void order.reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [status]);

  const cancel = () =>
    action.run(async () => {
      await ok(api.client.POST('/v1/numbers/porting-orders/{id}/actions/cancel', { params: path, body: {} }));
      await order.reload();
      return 'Port order cancelled; the porting fee is refunded.';
    });
  const submit = () =>
    action.run(async () => {
      await ok(api.client.POST('/v1/numbers/porting-orders/{id}/actions/submit', { params: path }));
      await order.reload();
      return 'Submitted to the losing carrier.';
    });

  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Port order {id}</h1>
        <a href={href('porting')}>Back to Port-in</a>
      </div>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <Async resource={order} label="the port order">
        {(o) => (
          <>
            <section aria-labelledby="port-status-h">
              <h2 id="port-status-h">
                Status: <StatusBadge status={o.status} />
              </h2>
              <p role="status" aria-live="polite" data-testid="port-status-detail">
                {o.status_detail}
              </p>
              <dl className="facts">
                <dt>Country</dt>
                <dd>{o.country_code}</dd>
                <dt>Use</dt>
                <dd>{label(o.use)}</dd>
                <dt>Losing carrier</dt>
                <dd>{o.losing_carrier ?? '—'}</dd>
                <dt>Requested date</dt>
                <dd>{date(o.requested_foc_date)}</dd>
                <dt>FOC date</dt>
                <dd>{date(o.foc_date)}</dd>
                <dt>Fees</dt>
                <dd>
                  {money(o.fees.charged_cents, o.fees.currency)} charged
                  {o.fees.refunded_cents ? `, ${money(o.fees.refunded_cents, o.fees.currency)} refunded` : ''}
                </dd>
                {o.related_order_ids.length ? (
                  <>
                    <dt>Split into</dt>
                    <dd>
                      {o.related_order_ids.map((r) => (
                        <a key={r} href={href('porting', r)}>
                          {r}{' '}
                        </a>
                      ))}
                    </dd>
                  </>
                ) : null}
              </dl>
              <div className="actions">
                {o.status === 'draft' ? (
                  <button type="button" onClick={() => void submit()} disabled={action.busy}>
                    Submit
                  </button>
                ) : null}
                {['draft', 'submitted', 'in_progress', 'approved', 'exception'].includes(o.status) ? (
                  <button type="button" className="danger" onClick={() => void cancel()} disabled={action.busy}>
                    Cancel port
                  </button>
                ) : null}
              </div>
              {o.status === 'in_progress' || o.status === 'approved' ? (
                <p className="hint">
                  Do not cancel service with your current carrier yet. You can already configure these numbers in Phone
                  Numbers so they work the moment they port.
                </p>
              ) : null}
            </section>
            {o.exception ? <ExceptionFix order={o} exception={o.exception} onFixed={order.reload} /> : null}
            <h2>Numbers</h2>
            <table>
              <caption className="visually-hidden">Numbers on this order</caption>
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Status</th>
                  <th scope="col">Detail</th>
                  <th scope="col">Fee</th>
                </tr>
              </thead>
              <tbody>
                {o.phone_numbers.map((n) => (
                  <tr key={n.phone_number}>
                    <th scope="row">
                      {n.number_id ? <a href={href('numbers', n.number_id)}>{n.phone_number}</a> : n.phone_number}
                    </th>
                    <td>
                      <StatusBadge status={n.status} />
                    </td>
                    <td>{n.status_detail ?? n.not_portable_reason ?? '—'}</td>
                    <td>
                      {money(n.fee_cents, o.fees.currency)}
                      {n.fee_refunded ? ' (refunded)' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Async>
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <Async
          resource={timeline}
          label="the timeline"
          isEmpty={(t) => t.data.length === 0}
          empty={<p>Nothing has happened yet.</p>}
        >
          {(t) => (
            <ol className="timeline" data-testid="port-timeline">
              {t.data.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.at}>{dateTime(e.at)}</time> · <span className="hint">{e.actor}</span>
                  {e.to_status ? (
                    <>
                      {' '}
                      · <StatusBadge status={e.to_status} />
                    </>
                  ) : null}
                  <div>{e.message}</div>
                </li>
              ))}
            </ol>
          )}
        </Async>
        <Comment id={id} onDone={timeline.reload} />
      </section>
    </>
  );
}

/** An exception: the carrier's reason, what to do, and the fields to fix before resubmitting (PATCH then submit). */
function ExceptionFix({
  order,
  exception: ex,
  onFixed,
}: {
  order: PortOrder;
  exception: NonNullable<PortOrder['exception']>;
  onFixed: () => Promise<void>;
}) {
  const { api } = useConsole();
  const [accountNumber, setAccountNumber] = useState(order.end_user.account_number);
  const [name, setName] = useState(order.end_user.name);
  const [pin, setPin] = useState('');
  const [foc, setFoc] = useState(order.requested_foc_date);
  const [docs, setDocs] = useState<PortingDocument[]>([]);
  const [drop, setDrop] = useState<string[]>([]);
  const action = useAction();
  const fix = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const body: Record<string, unknown> = {};
      const endUser = { ...order.end_user } as Record<string, unknown>;
      delete endUser.pin_set;
      if (ex.code === 'account_number_mismatch') body.end_user = { ...endUser, account_number: accountNumber };
      if (ex.code === 'name_mismatch') body.end_user = { ...endUser, name };
      if (ex.code === 'pin_invalid') body.end_user = { ...endUser, pin };
      if (ex.code === 'foc_rejected') body.requested_foc_date = foc;
      if (ex.code === 'documents_unreadable') body.documents = [...order.documents, ...docs.map((d) => d.id)];
      if (ex.code === 'number_not_portable')
        body.phone_numbers = order.phone_numbers.map((n) => n.phone_number).filter((n) => !drop.includes(n));
      const path = { path: { id: order.id } };
      if (Object.keys(body).length)
        await ok(api.client.PATCH('/v1/numbers/porting-orders/{id}', { params: path, body: stripNulls(body) }));
      await ok(api.client.POST('/v1/numbers/porting-orders/{id}/actions/submit', { params: path }));
      await onFixed();
      return 'Fixed and resubmitted.';
    });
  };
  return (
    <section className="exception" aria-labelledby="exception-h">
      <h2 id="exception-h">Action needed: {label(ex.code)}</h2>
      <p>{ex.message}</p>
      <p>
        <strong>What to do:</strong> {ex.remediation}
      </p>
      <form onSubmit={fix} aria-label="Fix the exception">
        {ex.code === 'account_number_mismatch' ? (
          <Field label="Account number">
            {(p) => <input {...p} value={accountNumber} onChange={(e) => setAccountNumber(e.target.value)} required />}
          </Field>
        ) : null}
        {ex.code === 'name_mismatch' ? (
          <Field label="Account holder">
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required />}
          </Field>
        ) : null}
        {ex.code === 'pin_invalid' ? (
          <Field label="Port-out PIN">
            {(p) => <input {...p} value={pin} onChange={(e) => setPin(e.target.value)} required />}
          </Field>
        ) : null}
        {ex.code === 'foc_rejected' ? (
          <Field label="New requested date">
            {(p) => <input {...p} type="date" value={foc} onChange={(e) => setFoc(e.target.value)} required />}
          </Field>
        ) : null}
        {ex.code === 'documents_unreadable' ? (
          <PortDocuments documents={docs} onUploaded={(d) => setDocs((ds) => [...ds, d])} />
        ) : null}
        {ex.code === 'number_not_portable' ? (
          <fieldset>
            <legend>Remove the refused numbers</legend>
            {order.phone_numbers.map((n) => (
              <label key={n.phone_number} className="row">
                <input
                  type="checkbox"
                  checked={drop.includes(n.phone_number)}
                  onChange={(e) =>
                    setDrop((d) => (e.target.checked ? [...d, n.phone_number] : d.filter((x) => x !== n.phone_number)))
                  }
                />
                {n.phone_number} {n.portable === false ? `(not portable: ${n.not_portable_reason})` : ''}
              </label>
            ))}
          </fieldset>
        ) : null}
        {ex.code === 'address_mismatch' ? (
          <p className="hint">
            Correct the service address with the losing carrier&apos;s record (its CSR), then resubmit.
          </p>
        ) : null}
        <ProblemBox problem={action.error} />
        <button type="submit" disabled={action.busy}>
          {action.busy ? 'Resubmitting…' : 'Fix and resubmit'}
        </button>
      </form>
    </section>
  );
}

function stripNulls(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v === null ? undefined : v)));
}

function Comment({ id, onDone }: { id: string; onDone: () => Promise<void> }) {
  const { api } = useConsole();
  const [body, setBody] = useState('');
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await ok(
        api.client.POST('/v1/numbers/porting-orders/{id}/comments', { params: { path: { id } }, body: { body } }),
      );
      setBody('');
      await onDone();
      return 'Comment added.';
    });
  };
  return (
    <form onSubmit={submit} aria-label="Add a comment">
      <Field label="Comment for the porting team">
        {(p) => <textarea {...p} value={body} onChange={(e) => setBody(e.target.value)} maxLength={2000} required />}
      </Field>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <button type="submit" className="secondary" disabled={action.busy}>
        Add comment
      </button>
    </form>
  );
}
