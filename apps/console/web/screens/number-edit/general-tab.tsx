import { ok } from '../../api/client';
import { FormEvent, useState } from 'react';
import { useConsole } from '../../context';
import { date, label, prettyNumber } from '../../format';
import { Live } from '../../ui/async';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import type { TabProps } from './edit-number';

/** General: facts, description, labels, connection; cancel renewal (keeps it to paid_until) or release now (no refund). */
export function GeneralTab({ number, reload }: TabProps) {
  const { api, accountName } = useConsole();
  const [description, setDescription] = useState(number.description ?? '');
  const [tags, setTags] = useState(number.tags.join(', '));
  const [connection, setConnection] = useState(number.connection_id ?? '');
  const [releasing, setReleasing] = useState(false);
  const connections = useResource(
    () => ok(api.client.GET('/v1/connections', { params: { query: { limit: 100 } } })),
    [],
  );
  const save = useAction();
  const billing = useAction();
  const path = { path: { id: number.id } };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(async () => {
      const body = {
        description: description.trim() || null,
        tags: tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        connection_id: connection || null,
      };
      await ok(api.client.PATCH('/v1/numbers/{id}', { params: path, body }));
      await reload();
      return 'Saved.';
    });
  };
  const cancelRenewal = () =>
    billing.run(async () => {
      await ok(api.client.POST('/v1/numbers/{id}/actions/cancel-renewal', { params: path }));
      await reload();
      return `Renewal cancelled: the number stays active until ${date(number.paid_until)}, then is released with no further charge.`;
    });
  const resume = () =>
    billing.run(async () => {
      await ok(api.client.POST('/v1/numbers/{id}/actions/resume-renewal', { params: path }));
      await reload();
      return 'Renewal resumed.';
    });

  const held = number.status === 'active' || number.status === 'porting_in';
  return (
    <>
      <dl className="facts">
        <dt>Phone number</dt>
        <dd>{prettyNumber(number.e164)}</dd>
        <dt>Country</dt>
        <dd>{number.country_code}</dd>
        <dt>Type</dt>
        <dd>{label(number.number_type)}</dd>
        <dt>State</dt>
        <dd>{number.region ?? '—'}</dd>
        <dt>Area code and city</dt>
        <dd>
          {number.rate_center ?? '—'} · {number.locality ?? '—'}
        </dd>
        <dt>Status</dt>
        <dd>{label(number.status)}</dd>
        <dt>Tenant</dt>
        <dd>{number.tenant_account_id ? accountName(number.tenant_account_id) : 'Unassigned'}</dd>
        <dt>Capabilities</dt>
        <dd>{number.capabilities.join(', ')}</dd>
      </dl>
      <form onSubmit={submit} aria-label="General settings">
        <Field label="Description" hint="What this number is used for (max 255)">
          {(p) => <input {...p} maxLength={255} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Field label="Labels" hint="Comma-separated, e.g. INBOUND, PRIORITY">
          {(p) => <input {...p} value={tags} onChange={(e) => setTags(e.target.value)} />}
        </Field>
        <Field label="Connection">
          {(p) => (
            <select {...p} value={connection} onChange={(e) => setConnection(e.target.value)}>
              <option value="">None</option>
              {connections.data?.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.is_default ? ' (default)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ProblemBox problem={save.error} />
        <Live>{save.message}</Live>
        <button type="submit" disabled={save.busy || !held}>
          {save.busy ? 'Saving…' : 'Save'}
        </button>
      </form>
      <h3>Cancel number</h3>
      <p className="hint">
        Cancel renewal keeps the number working until the end of the period you already paid for (
        {date(number.paid_until)}), then releases it. Release now disconnects it at once.
      </p>
      <ProblemBox problem={billing.error} />
      <Live>{billing.message}</Live>
      <div className="actions">
        {number.cancel_at_period_end ? (
          <button type="button" onClick={() => void resume()} disabled={billing.busy}>
            Resume renewal
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => void cancelRenewal()}
            disabled={billing.busy || number.status !== 'active'}
          >
            Cancel renewal
          </button>
        )}
        <button type="button" className="danger" onClick={() => setReleasing(true)} disabled={!held}>
          Release now
        </button>
      </div>
      {releasing ? (
        <ReleaseDialog
          id={number.id}
          e164={number.e164}
          paidUntil={number.paid_until}
          onClose={() => setReleasing(false)}
          reload={reload}
        />
      ) : null}
    </>
  );
}

function ReleaseDialog({
  id,
  e164,
  paidUntil,
  onClose,
  reload,
}: {
  id: string;
  e164: string;
  paidUntil: string | null;
  onClose: () => void;
  reload: () => Promise<void>;
}) {
  const { api } = useConsole();
  const action = useAction();
  const release = () =>
    action.run(async () => {
      await ok(api.client.DELETE('/v1/numbers/{id}', { params: { path: { id } } }));
      onClose();
      await reload();
    });
  return (
    <Dialog title={`Release ${prettyNumber(e164)} now?`} open onClose={onClose}>
      <p className="warning" role="note">
        Number rentals are non-refundable. Releasing now disconnects the number immediately and does not refund the days
        left until {date(paidUntil)}. To get the full value of what you paid, use Cancel renewal instead: the number
        stays active until then and is released with no further charge.
      </p>
      <ProblemBox problem={action.error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose} autoFocus>
          Keep the number
        </button>
        <button type="button" className="danger" onClick={() => void release()} disabled={action.busy}>
          {action.busy ? 'Releasing…' : 'Release now, no refund'}
        </button>
      </div>
    </Dialog>
  );
}
