import { ok } from '../../api/client';
import { FormEvent, useState } from 'react';
import type { WebhookEndpoint } from '../../api/types';
import { useConsole } from '../../context';
import { Async, Live } from '../../ui/async';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { Deliveries } from './deliveries';

/** Webhooks: endpoints (the secret shown once, at creation or rotation) and the delivery log with retry. */
export function Webhooks() {
  const { api, isPartner } = useConsole();
  const endpoints = useResource(
    () => ok(api.client.GET('/v1/webhook-endpoints', { params: { query: { limit: 100 } } })),
    [],
  );
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('*');
  const [description, setDescription] = useState('');
  const [includeTenants, setIncludeTenants] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [selected, setSelected] = useState<string>('');
  const action = useAction();

  const create = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const created = await ok(
        api.client.POST('/v1/webhook-endpoints', {
          body: {
            url: url.trim(),
            events: events
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            ...(description.trim() ? { description: description.trim() } : {}),
            ...(isPartner ? { include_tenants: includeTenants } : {}),
          },
        }),
      );
      setSecret({ url: created.url, secret: created.secret });
      setUrl('');
      await endpoints.reload();
      return 'Endpoint created.';
    });
  };
  const toggle = (ep: WebhookEndpoint) =>
    action.run(async () => {
      await ok(
        api.client.PATCH('/v1/webhook-endpoints/{id}', {
          params: { path: { id: ep.id } },
          body: { enabled: !ep.enabled },
        }),
      );
      await endpoints.reload();
      return ep.enabled ? 'Endpoint disabled.' : 'Endpoint enabled: pending deliveries resume.';
    });
  const rotate = (ep: WebhookEndpoint) =>
    action.run(async () => {
      const res = await ok(
        api.client.POST('/v1/webhook-endpoints/{id}/actions/rotate-secret', { params: { path: { id: ep.id } } }),
      );
      setSecret({ url: ep.url, secret: res.secret });
      return 'Secret rotated; the old one keeps signing for a while.';
    });
  const remove = (ep: WebhookEndpoint) =>
    action.run(async () => {
      await ok(api.client.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id: ep.id } } }));
      await endpoints.reload();
      return 'Endpoint deleted.';
    });

  return (
    <>
      <h1 tabIndex={-1}>Webhooks</h1>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <Async
        resource={endpoints}
        label="endpoints"
        isEmpty={(p) => p.data.length === 0}
        empty={<p>No endpoints yet. Add one to hear about every change to your numbers.</p>}
      >
        {(page) => (
          <table>
            <caption className="visually-hidden">Webhook endpoints</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((ep) => (
                <tr key={ep.id}>
                  <th scope="row">
                    {ep.url}
                    {ep.description ? <div className="hint">{ep.description}</div> : null}
                  </th>
                  <td>{ep.events.join(', ')}</td>
                  <td>{ep.enabled ? 'Enabled' : `Disabled${ep.disabled_reason ? ` (${ep.disabled_reason})` : ''}`}</td>
                  <td className="actions">
                    <button type="button" className="secondary" onClick={() => setSelected(ep.id)}>
                      Deliveries
                    </button>
                    <button type="button" className="secondary" onClick={() => void toggle(ep)}>
                      {ep.enabled ? 'Disable' : 'Enable'}
                    </button>
                    <button type="button" className="secondary" onClick={() => void rotate(ep)}>
                      Rotate secret
                    </button>
                    <button type="button" className="danger" onClick={() => void remove(ep)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Async>
      <form onSubmit={create} aria-labelledby="new-ep-h">
        <h2 id="new-ep-h">Add an endpoint</h2>
        <Field label="URL" hint="https; POSTed with Standard Webhooks signatures">
          {(p) => <input {...p} type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />}
        </Field>
        <Field
          label="Events"
          hint="* for every event, or a comma list such as number.activated, number_order.completed"
        >
          {(p) => <input {...p} value={events} onChange={(e) => setEvents(e.target.value)} required />}
        </Field>
        <Field label="Description">
          {(p) => <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        {isPartner ? (
          <div className="field checkbox">
            <input
              id="ep-tenants"
              type="checkbox"
              checked={includeTenants}
              onChange={(e) => setIncludeTenants(e.target.checked)}
            />
            <label htmlFor="ep-tenants">Also deliver my tenants' events</label>
          </div>
        ) : null}
        <button type="submit" disabled={action.busy}>
          Add endpoint
        </button>
      </form>
      <Deliveries endpoints={endpoints.data?.data ?? []} endpointId={selected} onEndpoint={setSelected} />
      {secret ? (
        <Dialog title="Signing secret" open onClose={() => setSecret(null)}>
          <p>
            This is the only time the secret of <strong>{secret.url}</strong> is shown. Store it now: it verifies the{' '}
            <code>webhook-signature</code> header.
          </p>
          <p>
            <label htmlFor="secret-value">Secret</label>
            <input
              id="secret-value"
              data-testid="webhook-secret"
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
    </>
  );
}
