import { FormEvent, useMemo, useState } from 'react';
import { newIdempotencyKey, ok } from '../../api/client';
import { type BodyOf, COUNTRIES, type CountryCode } from '../../api/types';
import { useConsole } from '../../context';
import { href, navigate } from '../../router';
import { Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useAction } from '../../use-resource';
import { PortDocuments } from './port-documents';
import { businessDayAhead, PortabilityResult, PortingDocument } from './port-types';

const E164 = /^\+[1-9]\d{6,14}$/;

/** A new port-in request: country, use, numbers or a range, the end user at the losing carrier, documents; created then submitted. */
export function NewPortOrder() {
  const { api } = useConsole();
  const [country, setCountry] = useState('US');
  const [use, setUse] = useState<'business' | 'personal'>('business');
  const [isRange, setIsRange] = useState(false);
  const [numbers, setNumbers] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [range, setRange] = useState({ start: '', end: '' });
  const [user, setUser] = useState({
    name: '',
    company: '',
    street: '',
    city: '',
    region: '',
    postal_code: '',
    account_number: '',
    pin: '',
    billing_telephone_number: '',
  });
  const [foc, setFoc] = useState(() => businessDayAhead(10));
  const [documents, setDocuments] = useState<PortingDocument[]>([]);
  const [checks, setChecks] = useState<PortabilityResult[] | null>(null);
  const createKey = useMemo(() => newIdempotencyKey('port'), []);
  const action = useAction();
  const check = useAction();

  const add = () => {
    const n = draft.replace(/[\s().-]/g, '');
    if (!E164.test(n) || numbers.includes(n)) return;
    setNumbers((ns) => [...ns, n]);
    setDraft('');
    setChecks(null);
  };
  const listed = isRange ? [range.start, range.end].filter(Boolean) : numbers;

  const runCheck = () =>
    check.run(async () => {
      const res = await ok(
        api.client.GET('/v1/numbers/portability-check', { params: { query: { phone_numbers: listed.join(',') } } }),
      );
      setChecks(res.data);
      const refused = res.data.filter((r) => !r.portable).length;
      return refused
        ? `${refused} of ${res.data.length} numbers cannot port.`
        : `All ${res.data.length} numbers can port.`;
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const opt = (v: string) => v.trim() || undefined;
      const body: BodyOf<'/v1/numbers/porting-orders', 'post'> = {
        country_code: country as CountryCode,
        use,
        ...(isRange ? { ranges: [{ start: range.start.trim(), end: range.end.trim() }] } : { phone_numbers: numbers }),
        end_user: {
          name: user.name.trim(),
          company: opt(user.company),
          service_address: {
            street: user.street.trim(),
            city: user.city.trim(),
            region: opt(user.region),
            postal_code: user.postal_code.trim(),
            country_code: country,
          },
          account_number: user.account_number.trim(),
          pin: opt(user.pin),
          billing_telephone_number: opt(user.billing_telephone_number),
        },
        requested_foc_date: foc,
        documents: documents.map((d) => d.id),
      };
      const created = await ok(
        api.client.POST('/v1/numbers/porting-orders', { body, params: { header: { 'Idempotency-Key': createKey } } }),
      );
      await ok(
        api.client.POST('/v1/numbers/porting-orders/{id}/actions/submit', { params: { path: { id: created.id } } }),
      );
      for (const other of created.related_order_ids)
        await ok(
          api.client.POST('/v1/numbers/porting-orders/{id}/actions/submit', { params: { path: { id: other } } }),
        );
      navigate('porting', created.id);
    });
  };
  const u = (name: keyof typeof user, title: string, hint?: string, required = true) => (
    <Field label={title} hint={hint}>
      {(p) => (
        <input
          {...p}
          value={user[name]}
          onChange={(e) => setUser((x) => ({ ...x, [name]: e.target.value }))}
          required={required}
        />
      )}
    </Field>
  );

  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Port-in numbers</h1>
        <a href={href('porting')}>Back to Port-in</a>
      </div>
      <form onSubmit={submit} aria-label="Port-in request">
        <fieldset>
          <legend>Country and use</legend>
          <Field label="Country">
            {(p) => (
              <select {...p} value={country} onChange={(e) => setCountry(e.target.value)}>
                {COUNTRIES.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div role="radiogroup" aria-label="Use" className="row">
            <label>
              <input type="radio" name="use" checked={use === 'business'} onChange={() => setUse('business')} />{' '}
              Business
            </label>
            <label>
              <input type="radio" name="use" checked={use === 'personal'} onChange={() => setUse('personal')} />{' '}
              Personal
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Numbers to port</legend>
          <div className="field checkbox">
            <input
              id="port-range"
              type="checkbox"
              role="switch"
              checked={isRange}
              onChange={(e) => (setIsRange(e.target.checked), setChecks(null))}
            />
            <label htmlFor="port-range">Number range</label>
          </div>
          {isRange ? (
            <div className="row">
              <Field label="First number">
                {(p) => (
                  <input
                    {...p}
                    inputMode="tel"
                    value={range.start}
                    onChange={(e) => setRange((r) => ({ ...r, start: e.target.value }))}
                    required
                  />
                )}
              </Field>
              <Field label="Last number">
                {(p) => (
                  <input
                    {...p}
                    inputMode="tel"
                    value={range.end}
                    onChange={(e) => setRange((r) => ({ ...r, end: e.target.value }))}
                    required
                  />
                )}
              </Field>
            </div>
          ) : (
            <>
              <div className="row">
                <Field label="Phone number" hint="E.164, e.g. +15125550100">
                  {(p) => (
                    <input
                      {...p}
                      inputMode="tel"
                      value={draft}
                      onChange={(e) => setDraft(e.target.value)}
                      onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
                    />
                  )}
                </Field>
                <button type="button" className="secondary" onClick={add}>
                  Add
                </button>
              </div>
              {numbers.length ? (
                <ul aria-label="Numbers to port">
                  {numbers.map((n) => (
                    <li key={n}>
                      {n}{' '}
                      <button
                        type="button"
                        className="link"
                        onClick={() => setNumbers((ns) => ns.filter((x) => x !== n))}
                        aria-label={`Remove ${n}`}
                      >
                        Remove
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="hint">Add each number, then check they can port.</p>
              )}
            </>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => void runCheck()}
            disabled={!listed.length || check.busy}
          >
            {check.busy ? 'Checking…' : 'Check portability'}
          </button>
          <ProblemBox problem={check.error} />
          <Live>{check.message}</Live>
          {checks ? (
            <ul aria-label="Portability">
              {checks.map((c) => (
                <li key={c.phone_number}>
                  {c.phone_number}:{' '}
                  {c.error
                    ? `${c.error.message} (${c.error.code})`
                    : c.portable
                      ? `portable from ${c.losing_carrier ?? 'the current carrier'}${c.fast_portable ? ', fast' : ''}`
                      : `not portable (${c.not_portable_reason})`}
                </li>
              ))}
            </ul>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>Account at the current carrier</legend>
          {u('name', 'Account holder', 'Exactly as on the bill')}
          {use === 'business' ? u('company', 'Company', undefined, false) : null}
          {u('street', 'Service address')}
          {u('city', 'City')}
          {u('region', 'State or region', undefined, false)}
          {u('postal_code', 'Postal code')}
          {u('account_number', 'Account number', 'From a recent bill')}
          {u('pin', 'Port-out PIN', 'If the carrier set one; never shown back', false)}
          {u('billing_telephone_number', 'Billing telephone number', 'E.164', false)}
        </fieldset>
        <Field label="Requested port date" hint="A business day; the carrier confirms the final (FOC) date">
          {(p) => <input {...p} type="date" value={foc} onChange={(e) => setFoc(e.target.value)} required />}
        </Field>
        <PortDocuments
          documents={documents}
          onUploaded={(d) => setDocuments((ds) => [...ds, d])}
          onRemove={(id) => setDocuments((ds) => ds.filter((d) => d.id !== id))}
        />
        <ProblemBox problem={action.error} />
        <button type="submit" disabled={action.busy || !listed.length}>
          {action.busy ? 'Submitting…' : 'Submit port-in request'}
        </button>
        <p className="hint">
          Submitting charges the porting fee; it is refunded for numbers the carrier refuses or if you cancel before the
          port date.
        </p>
      </form>
    </>
  );
}
