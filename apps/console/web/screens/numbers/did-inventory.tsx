import { ok } from '../../api/client';
import { useState } from 'react';
import type { Page, PhoneNumber } from '../../api/types';
import { useConsole } from '../../context';
import { date, label, prettyNumber } from '../../format';
import { href } from '../../router';
import { Async, Live } from '../../ui/async';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { Pager, useCursorPager } from '../../ui/pager';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from './status-badge';

/**
 * DID Inventory (partners): the numbers the partner bought, marked Unassigned until given to a
 * tenant. The API has no "unassigned" filter, so "only unassigned" narrows each page here.
 */
export function DidInventory() {
  const { api, me, tenants, accountName } = useConsole();
  const pager = useCursorPager();
  const [onlyUnassigned, setOnlyUnassigned] = useState(true);
  const [assigning, setAssigning] = useState<PhoneNumber | null>(null);
  const numbers = useResource(
    () => ok(api.client.GET('/v1/numbers', { params: { query: { limit: 100, cursor: pager.cursor ?? undefined } } })),
    [pager.cursor],
  );
  const action = useAction();
  const rows = (page: Page<PhoneNumber>) =>
    page.data.filter(
      (n) => n.owner_account_id === me.id && n.status !== 'released' && (!onlyUnassigned || !n.tenant_account_id),
    );

  const unassign = (n: PhoneNumber) =>
    action.run(async () => {
      await ok(api.client.POST('/v1/numbers/{id}/actions/unassign', { params: { path: { id: n.id } } }));
      await numbers.reload();
      return `${n.e164} is unassigned.`;
    });

  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>DID Inventory</h1>
        <a className="button" href={href('numbers', 'add')}>
          Buy DIDs
        </a>
      </div>
      <div className="field checkbox">
        <input
          id="only-unassigned"
          type="checkbox"
          checked={onlyUnassigned}
          onChange={(e) => setOnlyUnassigned(e.target.checked)}
        />
        <label htmlFor="only-unassigned">Only unassigned numbers</label>
      </div>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <Async
        resource={numbers}
        label="inventory"
        isEmpty={(page) => rows(page).length === 0 && !page.meta.next_cursor}
        empty={
          <p>
            {onlyUnassigned ? 'Every number you bought is assigned to a tenant.' : 'You have no numbers yet.'}{' '}
            <a href={href('numbers', 'add')}>Buy DIDs</a>.
          </p>
        }
      >
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Numbers you own</caption>
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Status</th>
                  <th scope="col">Type</th>
                  <th scope="col">City</th>
                  <th scope="col">Tenant</th>
                  <th scope="col">Next billing</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows(page).map((n) => (
                  <tr key={n.id}>
                    <th scope="row">{prettyNumber(n.e164)}</th>
                    <td>
                      <StatusBadge status={n.status} />
                    </td>
                    <td>{label(n.number_type)}</td>
                    <td>{n.locality ?? '—'}</td>
                    <td>
                      {n.tenant_account_id ? (
                        accountName(n.tenant_account_id)
                      ) : (
                        <span className="badge warn">Unassigned</span>
                      )}
                    </td>
                    <td>{date(n.next_billing_date)}</td>
                    <td>
                      {n.tenant_account_id ? (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => void unassign(n)}
                          disabled={action.busy}
                        >
                          Unassign
                        </button>
                      ) : (
                        <button
                          type="button"
                          onClick={() => setAssigning(n)}
                          disabled={!tenants.length}
                          aria-label={`Assign ${n.e164} to a tenant`}
                        >
                          Assign
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Inventory" />
          </>
        )}
      </Async>
      {assigning ? (
        <AssignDialog
          number={assigning}
          onClose={() => setAssigning(null)}
          onDone={async () => {
            setAssigning(null);
            await numbers.reload();
          }}
        />
      ) : null}
    </>
  );
}

function AssignDialog({
  number,
  onClose,
  onDone,
}: {
  number: PhoneNumber;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { api, tenants } = useConsole();
  const [tenant, setTenant] = useState(tenants[0]?.id ?? '');
  const action = useAction();
  const assign = () =>
    action.run(async () => {
      await ok(
        api.client.POST('/v1/numbers/{id}/actions/assign', {
          params: { path: { id: number.id } },
          body: { account_id: tenant },
        }),
      );
      await onDone();
    });
  return (
    <Dialog title={`Assign ${prettyNumber(number.e164)}`} open onClose={onClose}>
      <p>The tenant will see and configure the number; billing stays with you.</p>
      <Field label="Tenant">
        {(p) => (
          <select {...p} value={tenant} onChange={(e) => setTenant(e.target.value)}>
            {tenants.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ProblemBox problem={action.error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={() => void assign()} disabled={action.busy || !tenant}>
          {action.busy ? 'Assigning…' : 'Assign'}
        </button>
      </div>
    </Dialog>
  );
}
