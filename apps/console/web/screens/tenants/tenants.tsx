import { FormEvent, useMemo, useState } from 'react';
import { fieldErrors, newIdempotencyKey, ok } from '../../api/client';
import type { Account } from '../../api/types';
import { useConsole } from '../../context';
import { date } from '../../format';
import { href } from '../../router';
import { Async, Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { Pager, useCursorPager } from '../../ui/pager';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';

type TenantAccount = Account & { email: string | null; external_reference: string | null; created_at: string };

/** Tenants: the partner's tenants (GET /v1/accounts), and a form to create one (POST /v1/accounts). */
export function Tenants() {
  const { api, me, refreshTenants } = useConsole();
  const pager = useCursorPager();
  const tenants = useResource(
    () => ok(api.client.GET('/v1/accounts', { params: { query: { limit: 25, cursor: pager.cursor ?? undefined } } })),
    [pager.cursor],
  );
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<TenantAccount | null>(null);
  // One key per tenant to create: a retried click after a lost answer creates it once.
  const key = useMemo(() => newIdempotencyKey('tenant'), [name, email, created]);
  const action = useAction();
  const errors = fieldErrors(action.error);

  const create = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const tenant = await ok(
        api.client.POST('/v1/accounts', {
          body: { name: name.trim(), ...(email.trim() ? { email: email.trim() } : {}) },
          params: { header: { 'Idempotency-Key': key } },
        }),
      );
      setCreated(tenant);
      setName('');
      setEmail('');
      await Promise.all([tenants.reload(), refreshTenants()]);
      return `Tenant ${tenant.name} created.`;
    });
  };

  return (
    <>
      <h1 tabIndex={-1}>Tenants</h1>
      <p className="hint">
        Your customers. Each tenant has its own wallet in {me.currency}, API keys and numbers, and pays your prices (the
        platform's plus your markups). Fund a tenant by moving money from your wallet.
      </p>
      <Async
        resource={tenants}
        label="tenants"
        isEmpty={(p) => p.data.length === 0}
        empty={<p>No tenants yet. Create one below.</p>}
      >
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Your tenants</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((t) => (
                  <tr key={t.id} data-testid="tenant-row">
                    <th scope="row">
                      {t.name}
                      <div className="hint">{t.id}</div>
                    </th>
                    <td>{t.email ?? '—'}</td>
                    <td>
                      <StatusBadge status={t.status} />
                    </td>
                    <td>{date(t.created_at)}</td>
                    <td>
                      <a className="button secondary" href={href('tenants', t.id)} aria-label={`Manage ${t.name}`}>
                        Manage
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Tenants" />
          </>
        )}
      </Async>
      <form onSubmit={create} aria-labelledby="new-tenant-h">
        <h2 id="new-tenant-h">Create a tenant</h2>
        <div className="row">
          <Field label="Tenant name" error={errors.name}>
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />}
          </Field>
          <Field label="Contact email" hint="Optional" error={errors.email}>
            {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <button type="submit" disabled={action.busy || !name.trim()}>
            {action.busy ? 'Creating…' : 'Create tenant'}
          </button>
        </div>
        <ProblemBox problem={action.error} />
        <Live>
          {action.message}
          {created && action.message ? (
            <>
              {' '}
              <a href={href('tenants', created.id)}>Fund it and issue an API key</a>.
            </>
          ) : null}
        </Live>
      </form>
    </>
  );
}
