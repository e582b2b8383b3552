import { FormEvent, useState } from 'react';
import { fieldErrors, ok } from '../../api/client';
import type { Connection } from '../../api/types';
import { useConsole } from '../../context';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction } from '../../use-resource';

/** Rename a connection or change its event URL (PATCH /v1/connections/{id}); errors stay in the dialog. */
export function RenameConnection({
  connection,
  onClose,
  onSaved,
}: {
  connection: Connection;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { api } = useConsole();
  const [name, setName] = useState(connection.name);
  const [eventUrl, setEventUrl] = useState(connection.webhook_event_url ?? '');
  const action = useAction();
  const errors = fieldErrors(action.error);
  const save = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await ok(
        api.client.PATCH('/v1/connections/{id}', {
          params: { path: { id: connection.id } },
          body: { name: name.trim(), webhook_event_url: eventUrl.trim() || null },
        }),
      );
      await onSaved();
      onClose();
    });
  };
  return (
    <Dialog title={`Edit ${connection.name}`} open onClose={onClose}>
      <form onSubmit={save}>
        <Field label="Name" error={errors.name}>
          {(p) => <input {...p} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} required />}
        </Field>
        <Field label="Event URL" hint="Empty: none" error={errors.webhook_event_url}>
          {(p) => <input {...p} type="url" value={eventUrl} onChange={(e) => setEventUrl(e.target.value)} />}
        </Field>
        <ProblemBox problem={action.error} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={action.busy || !name.trim()}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
