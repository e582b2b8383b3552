import { FormEvent, useState } from 'react';
import { asProblem, ok, Problem } from '../../api/client';
import type { BodyOf, EmergencyAddress } from '../../api/types';
import { useConsole } from '../../context';
import { Async, Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import { StatusBadge } from '../numbers/status-badge';
import type { TabProps } from './edit-number';

const EMPTY = {
  street_address: '',
  extended_address: '',
  locality: '',
  administrative_area: '',
  postal_code: '',
  country_code: 'US',
};

const oneLine = (
  a: Pick<EmergencyAddress, 'street_address' | 'extended_address' | 'locality' | 'administrative_area' | 'postal_code'>,
) =>
  [a.street_address, a.extended_address, a.locality, `${a.administrative_area} ${a.postal_code}`]
    .filter(Boolean)
    .join(', ');

/** Emergency address: the E911 address of the number, chosen from the account's validated addresses or added here. */
export function EmergencyTab({ number }: TabProps) {
  const { api } = useConsole();
  const path = { path: { id: number.id } };
  const emergency = useResource(() => ok(api.client.GET('/v1/numbers/{id}/emergency', { params: path })), [number.id]);
  const addresses = useResource(() => ok(api.client.GET('/v1/emergency-addresses')), []);
  const [chosen, setChosen] = useState('');
  const action = useAction();

  if (number.country_code !== 'US' && number.country_code !== 'CA')
    return <p>Emergency (E911) addresses apply to US and Canadian numbers only.</p>;

  const assign = (id: string) =>
    action.run(async () => {
      await ok(api.client.PUT('/v1/numbers/{id}/emergency', { params: path, body: { emergency_address_id: id } }));
      await emergency.reload();
      return 'Emergency address set: provisioning with the carrier.';
    });
  const disable = () =>
    action.run(async () => {
      await ok(api.client.DELETE('/v1/numbers/{id}/emergency', { params: path }));
      await emergency.reload();
      return 'Emergency service is being turned off.';
    });

  return (
    <>
      <Async resource={emergency} label="emergency service">
        {(e) => (
          <p>
            Emergency service: <StatusBadge status={e.status} />
            {e.emergency_address_id ? ` at ${oneLineById(addresses.data?.data, e.emergency_address_id)}` : ''}
            {e.failure_reason ? ` — ${e.failure_reason}` : ''}
          </p>
        )}
      </Async>
      <Async
        resource={addresses}
        label="addresses"
        isEmpty={(a) => a.data.length === 0}
        empty={<p>No validated addresses yet: add one below.</p>}
      >
        {(a) => (
          <form
            onSubmit={(ev) => {
              ev.preventDefault();
              void assign(chosen || a.data[0].id);
            }}
            aria-label="Choose the emergency address"
          >
            <Field label="Emergency address">
              {(p) => (
                <select {...p} value={chosen || a.data[0].id} onChange={(ev) => setChosen(ev.target.value)}>
                  {a.data.map((x) => (
                    <option key={x.id} value={x.id}>
                      {oneLine(x)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" disabled={action.busy}>
              Use this address
            </button>{' '}
            {emergency.data && emergency.data.status !== 'disabled' ? (
              <button type="button" className="secondary" onClick={() => void disable()} disabled={action.busy}>
                Turn off emergency service
              </button>
            ) : null}
          </form>
        )}
      </Async>
      <ProblemBox problem={action.error} />
      <Live>{action.message}</Live>
      <NewAddress onCreated={async (created) => (await addresses.reload(), setChosen(created.id))} />
    </>
  );
}

function oneLineById(list: EmergencyAddress[] | undefined, id: string): string {
  const found = list?.find((a) => a.id === id);
  return found ? oneLine(found) : id;
}

/** Adds an address; the carrier validates it and may answer 422 with suggestions, which fill the form in one click. */
function NewAddress({ onCreated }: { onCreated: (a: EmergencyAddress) => Promise<void> }) {
  const { api } = useConsole();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim())) as BodyOf<
        '/v1/emergency-addresses',
        'post'
      >;
      await onCreated(await ok(api.client.POST('/v1/emergency-addresses', { body })));
      setForm(EMPTY);
    } catch (err) {
      setProblem(asProblem(err));
    } finally {
      setBusy(false);
    }
  };
  const input = (name: keyof typeof EMPTY, title: string, hint?: string) => (
    <Field label={title} hint={hint}>
      {(p) => (
        <input
          {...p}
          value={form[name]}
          onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
          required={name !== 'extended_address'}
        />
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} aria-label="Add an emergency address">
      <h3>Add an address</h3>
      {input('street_address', 'Street address', 'House number and street')}
      {input('extended_address', 'Suite, unit, floor')}
      {input('locality', 'City')}
      {input('administrative_area', 'State', 'Two letters, e.g. TX')}
      {input('postal_code', 'Postal code')}
      {input('country_code', 'Country', 'US or CA')}
      <ProblemBox problem={problem} />
      <button type="submit" disabled={busy}>
        {busy ? 'Validating…' : 'Validate and add'}
      </button>
    </form>
  );
}
