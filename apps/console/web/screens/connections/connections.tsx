import { FormEvent, useState } from 'react';
import { fieldErrors, ok } from '../../api/client';
import type { Connection } from '../../api/types';
import { useConsole } from '../../context';
import { date } from '../../format';
import { Async, Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { Pager, useCursorPager } from '../../ui/pager';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import { RenameConnection } from './rename-connection';

/** Connections: groups of numbers (GET/POST/PATCH/DELETE /v1/connections); every account has a default one. */
export function Connections() {
  const { api, acting } = useConsole();
  const pager = useCursorPager();
  const connections = useResource(
    () =>
      ok(api.client.GET('/v1/connections', { params: { query: { limit: 25, cursor: pager.cursor ?? undefined } } })),
    [pager.cursor],
  );
  const [name, setName] = useState('');
  const [eventUrl, setEventUrl] = useState('');
  const [renaming, setRenaming] = useState<Connection | null>(null);
  const action = useAction();
  const errors = fieldErrors(action.error);

  const create = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const c = await ok(
        api.client.POST('/v1/connections', {
          body: { name: name.trim(), ...(eventUrl.trim() ? { webhook_event_url: eventUrl.trim() } : {}) },
        }),
      );
      setName('');
      setEventUrl('');
      await connections.reload();
      return `Connection ${c.name} created.`;
    });
  };
  const toggle = (c: Connection) =>
    action.run(async () => {
      await ok(
        api.client.PATCH('/v1/connections/{id}', { params: { path: { id: c.id } }, body: { active: !c.active } }),
      );
      await connections.reload();
      return `${c.name} is ${c.active ? 'inactive' : 'active'}.`;
    });
  const remove = (c: Connection) =>
    action.run(async () => {
      await ok(api.client.DELETE('/v1/connections/{id}', { params: { path: { id: c.id } } }));
      await connections.reload();
      return `Connection ${c.name} deleted.`;
    });

  return (
    <>
      <h1 tabIndex={-1}>Connections</h1>
      <p className="hint">
        Group {acting.name}'s numbers under connections, e.g. one per trunk or customer site. Pick a number's connection
        on its General tab.
      </p>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <Async resource={connections} label="connections">
        {(page) => (
          <>
            <table>
              <caption className="visually-hidden">Connections</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Status</th>
                  <th scope="col">Numbers</th>
                  <th scope="col">Event URL</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((c) => (
                  <tr key={c.id} data-testid="connection-row">
                    <th scope="row">
                      {c.name}
                      {c.is_default ? <span className="tag">default</span> : null}
                    </th>
                    <td>
                      <StatusBadge status={c.active ? 'active' : 'inactive'} />
                    </td>
                    <td>{c.number_count}</td>
                    <td>{c.webhook_event_url ?? '—'}</td>
                    <td>{date(c.created_at)}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setRenaming(c)}
                        aria-label={`Edit ${c.name}`}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void toggle(c)}
                        aria-label={`${c.active ? 'Deactivate' : 'Activate'} ${c.name}`}
                      >
                        {c.active ? 'Deactivate' : 'Activate'}
                      </button>
                      {c.is_default ? null : (
                        <button
                          type="button"
                          className="danger"
                          onClick={() => void remove(c)}
                          aria-label={`Delete ${c.name}`}
                        >
                          Delete
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pager={pager} nextCursor={page.meta.next_cursor} label="Connections" />
          </>
        )}
      </Async>
      <form onSubmit={create} aria-labelledby="new-connection-h">
        <h2 id="new-connection-h">Add a connection</h2>
        <div className="row">
          <Field label="Connection name" error={errors.name}>
            {(p) => <input {...p} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} required />}
          </Field>
          <Field
            label="Event URL"
            hint="Optional: where your systems want this connection's call and message events"
            error={errors.webhook_event_url}
          >
            {(p) => <input {...p} type="url" value={eventUrl} onChange={(e) => setEventUrl(e.target.value)} />}
          </Field>
          <button type="submit" disabled={action.busy || !name.trim()}>
            Add connection
          </button>
        </div>
      </form>
      {renaming ? (
        <RenameConnection connection={renaming} onClose={() => setRenaming(null)} onSaved={connections.reload} />
      ) : null}
    </>
  );
}
