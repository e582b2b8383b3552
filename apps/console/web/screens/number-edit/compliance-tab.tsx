import { ok } from '../../api/client';
import { FormEvent, useEffect, useState } from 'react';
import type { NumberCompliance } from '../../api/types';
import { useConsole } from '../../context';
import { Async, Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import type { TabProps } from './edit-number';

/** Compliance: the end user and documents a country's regulator wants (GET/PUT /v1/numbers/{id}/compliance). */
export function ComplianceTab({ number }: TabProps) {
  const { api } = useConsole();
  const compliance = useResource(
    () => ok(api.client.GET('/v1/numbers/{id}/compliance', { params: { path: { id: number.id } } })),
    [number.id],
  );
  return (
    <Async resource={compliance} label="compliance">
      {(c) => <ComplianceForm key={JSON.stringify(c)} compliance={c} id={number.id} reload={compliance.reload} />}
    </Async>
  );
}

function ComplianceForm({
  compliance,
  id,
  reload,
}: {
  compliance: NumberCompliance;
  id: string;
  reload: () => Promise<void>;
}) {
  const { api } = useConsole();
  const [user, setUser] = useState(compliance.end_user);
  const [docs, setDocs] = useState(compliance.document_ids.join(', '));
  const action = useAction();
  useEffect(() => setUser(compliance.end_user), [compliance]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const end_user = Object.fromEntries(Object.entries(user).filter(([, v]) => typeof v === 'string' && v.trim()));
      await ok(
        api.client.PUT('/v1/numbers/{id}/compliance', {
          params: { path: { id } },
          body: {
            end_user,
            document_ids: docs
              .split(',')
              .map((d) => d.trim())
              .filter(Boolean),
          },
        }),
      );
      await reload();
      return 'Compliance details saved.';
    });
  };
  const field = (name: keyof NumberCompliance['end_user'], title: string) => (
    <Field label={title}>
      {(p) => (
        <input {...p} value={user[name] ?? ''} onChange={(e) => setUser((u) => ({ ...u, [name]: e.target.value }))} />
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} aria-label="Compliance">
      <p>
        Status: <StatusBadge status={compliance.status} />
        {compliance.status === 'not_required'
          ? ` Numbers in ${compliance.country_code} need no end-user details; you may still keep them on file.`
          : ''}
      </p>
      {compliance.missing.length ? (
        <p className="warning">
          Still missing:{' '}
          {compliance.missing.map((m) => (
            <code key={m}>{m} </code>
          ))}
        </p>
      ) : null}
      <fieldset>
        <legend>End user details</legend>
        {field('first_name', 'First name')}
        {field('last_name', 'Last name')}
        {field('contact_phone', 'Contact phone (E.164)')}
        {field('company_name', 'Company name')}
      </fieldset>
      <Field label="Required documents" hint="Ids of uploaded proofs of identity or address, comma-separated">
        {(p) => <input {...p} value={docs} onChange={(e) => setDocs(e.target.value)} />}
      </Field>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Saving…' : 'Save compliance'}
      </button>
    </form>
  );
}
