import { FormEvent, useState } from 'react';
import type { Api } from '../../api/client';
import { fieldErrors, ok } from '../../api/client';
import type { ApiKey, CreatedApiKey } from '../../api/types';
import { dateTime } from '../../format';
import { Async, Live } from '../../ui/async';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';

/**
 * A tenant's API keys, managed by its partner with Account-Id (`api` acts on the tenant). The secret
 * is in the create answer only: shown once, then only its prefix.
 */
export function ApiKeys({ api, tenantName }: { api: Api; tenantName: string }) {
  const keys = useResource(
    () => ok(api.client.GET('/v1/api-keys', { params: { query: { include_revoked: 'true', limit: 100 } } })),
    [api.actingAccountId],
  );
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const action = useAction();
  const errors = fieldErrors(action.error);

  const create = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const created = await ok(api.client.POST('/v1/api-keys', { body: { name: name.trim() } }));
      setSecret(created);
      setName('');
      await keys.reload();
      return `Key ${created.name} created.`;
    });
  };
  const revoke = (key: ApiKey) =>
    action.run(async () => {
      await ok(api.client.DELETE('/v1/api-keys/{id}', { params: { path: { id: key.id } } }));
      await keys.reload();
      return `Key ${key.name} revoked: requests with it fail from now on.`;
    });

  return (
    <section aria-labelledby="keys-h">
      <h2 id="keys-h">API keys of {tenantName}</h2>
      <Async
        resource={keys}
        label="API keys"
        isEmpty={(p) => p.data.length === 0}
        empty={<p>No keys yet: the tenant cannot call the API until you issue one.</p>}
      >
        {(page) => (
          <table>
            <caption className="visually-hidden">API keys</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Prefix</th>
                <th scope="col">Status</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((k) => (
                <tr key={k.id} data-testid="api-key-row">
                  <th scope="row">{k.name}</th>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>
                    <StatusBadge status={k.status} />
                  </td>
                  <td>{dateTime(k.last_used_at)}</td>
                  <td>
                    {k.status === 'active' ? (
                      <button
                        type="button"
                        className="danger"
                        onClick={() => setRevoking(k)}
                        aria-label={`Revoke ${k.name}`}
                      >
                        Revoke
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Async>
      <form onSubmit={create} aria-label="Create an API key">
        <div className="row">
          <Field label="Key name" hint='What the key is for, e.g. "billing system"' error={errors.name}>
            {(p) => <input {...p} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} required />}
          </Field>
          <button type="submit" disabled={action.busy || !name.trim()}>
            Create key
          </button>
        </div>
      </form>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      {secret ? (
        <Dialog title="New API key" open onClose={() => setSecret(null)}>
          <p>
            This is the only time the key <strong>{secret.name}</strong> of {tenantName} is shown. Give it to the tenant
            now; the platform keeps only a hash.
          </p>
          <p>
            <label htmlFor="secret-value">API key</label>
            <input
              id="secret-value"
              data-testid="api-key-secret"
              readOnly
              value={secret.secret}
              onFocus={(e) => e.target.select()}
            />
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="secondary"
              onClick={() => void navigator.clipboard?.writeText(secret.secret)}
            >
              Copy
            </button>
            <button type="button" onClick={() => setSecret(null)}>
              I have stored it
            </button>
          </div>
        </Dialog>
      ) : null}
      {revoking ? (
        <Dialog title="Revoke this key?" open onClose={() => setRevoking(null)}>
          <p>
            Requests with <strong>{revoking.name}</strong> (<code>{revoking.prefix}…</code>) fail from the next one on.
            This cannot be undone.
          </p>
          <div className="dialog-actions">
            <button type="button" className="secondary" onClick={() => setRevoking(null)}>
              Keep it
            </button>
            <button type="button" className="danger" onClick={() => (setRevoking(null), void revoke(revoking))}>
              Revoke key
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
