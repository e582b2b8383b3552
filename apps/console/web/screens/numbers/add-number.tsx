import { FormEvent, useMemo, useState } from 'react';
import { asProblem, ok, Problem } from '../../api/client';
import type { AvailableNumber, CountryCode, NumberType, QueryOf, SearchReply, SummaryReply } from '../../api/types';
import { COUNTRIES, NUMBER_TYPES } from '../../api/types';
import { useConsole } from '../../context';
import { money, prettyNumber } from '../../format';
import { href } from '../../router';
import { Live } from '../../ui/async';
import { Field } from '../../ui/field';
import { ProblemBox } from '../../ui/problem-box';
import { useResource } from '../../use-resource';
import { Checkout, CheckoutLine } from './checkout';
import { CityTable, groupByCity } from './city-table';

interface Criteria {
  country_code: string;
  region: string;
  number_type: NumberType;
  national_destination_code: string;
  locality: string;
  sms: boolean;
  pattern: string;
}

interface Results {
  criteria: Criteria;
  numbers: SearchReply;
  summary: SummaryReply;
}

/** Add Number: search with prices, available count and quantity per city, then checkout. */
export function AddNumber() {
  const { api, acting } = useConsole();
  const [criteria, setCriteria] = useState<Criteria>({
    country_code: 'US',
    region: '',
    number_type: 'local',
    national_destination_code: '',
    locality: '',
    sms: false,
    pattern: '',
  });
  const [results, setResults] = useState<Results | null>(null);
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [checkout, setCheckout] = useState<CheckoutLine[] | null>(null);

  // States and cities with stock, for the pickers (the summary of the country and type).
  const places = useResource(
    () =>
      ok(
        api.client.GET('/v1/numbers/available/summary', {
          params: { query: { country_code: criteria.country_code as CountryCode, number_type: criteria.number_type } },
        }),
      ),
    [criteria.country_code, criteria.number_type],
  );
  const regions = useMemo(
    () => [...new Set((places.data?.data ?? []).map((p) => p.region).filter((r): r is string => !!r))].sort(),
    [places.data],
  );
  const cities = useMemo(
    () =>
      (places.data?.data ?? [])
        .filter((p) => p.name && (!criteria.region || p.region === criteria.region))
        .map((p) => p.name as string),
    [places.data, criteria.region],
  );

  const set = <K extends keyof Criteria>(name: K, value: Criteria[K]) => setCriteria((c) => ({ ...c, [name]: value }));

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setSearching(true);
    setProblem(null);
    setPicked(new Set());
    setQuantities({});
    try {
      const c = criteria;
      const query: QueryOf<'/v1/numbers/available'> = {
        country_code: c.country_code as CountryCode,
        number_type: c.number_type,
        region: c.region,
        locality: c.locality,
        national_destination_code: c.national_destination_code,
        features: c.sms ? ['sms'] : undefined,
        pattern: c.pattern,
        limit: 100,
      };
      const [numbers, summary] = await Promise.all([
        ok(api.client.GET('/v1/numbers/available', { params: { query } })),
        ok(
          api.client.GET('/v1/numbers/available/summary', {
            params: {
              query: { country_code: c.country_code as CountryCode, number_type: c.number_type, region: c.region },
            },
          }),
        ),
      ]);
      setResults({ criteria: c, numbers, summary });
    } catch (err) {
      setProblem(asProblem(err));
      setResults(null);
    } finally {
      setSearching(false);
    }
  };

  // Summary counts every number of a city; with SMS, pattern or area code filters only the matches on this page are known.
  const cityRows = useMemo(
    () =>
      results
        ? groupByCity(
            results.numbers,
            results.criteria.sms || !!results.criteria.pattern || !!results.criteria.national_destination_code
              ? null
              : results.summary,
          )
        : [],
    [results],
  );
  const selectionCount = picked.size + Object.values(quantities).reduce((a, b) => a + b, 0);

  const openCheckout = () => {
    if (!results) return;
    const c = results.criteria;
    const lines: CheckoutLine[] = [];
    if (picked.size)
      lines.push({
        label: `${picked.size} selected number${picked.size > 1 ? 's' : ''}`,
        body: { country_code: c.country_code as CountryCode, number_type: c.number_type, phone_numbers: [...picked] },
      });
    for (const row of cityRows) {
      const qty = quantities[row.key] ?? 0;
      if (!qty || !row.locality) continue;
      const filters: NonNullable<CheckoutLine['body']['filters']> = { locality: row.locality };
      if (row.region) filters.region = row.region;
      if (c.national_destination_code) filters.national_destination_code = c.national_destination_code;
      if (c.sms) filters.features = ['sms'];
      lines.push({
        label: `${qty} in ${row.locality}${row.region ? `, ${row.region}` : ''}`,
        body: { country_code: c.country_code as CountryCode, number_type: c.number_type, quantity: qty, filters },
      });
    }
    setCheckout(lines);
  };

  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Add Number</h1>
        <a href={href('numbers')}>Back to Phone Numbers</a>
      </div>
      <p className="hint">
        Buying for {acting.name}. Numbers are billed every 30 days in advance from the wallet; the first cycle and the
        setup fee are charged at checkout. Calls and messages are charged in arrears at the rates shown, which a number
        keeps once bought.
      </p>
      <form className="search-form" onSubmit={search} aria-label="Search for numbers">
        <Field label="Country">
          {(p) => (
            <select
              {...p}
              value={criteria.country_code}
              onChange={(e) => setCriteria((c) => ({ ...c, country_code: e.target.value, region: '', locality: '' }))}
            >
              {COUNTRIES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="State">
          {(p) => (
            <select
              {...p}
              value={criteria.region}
              onChange={(e) => setCriteria((c) => ({ ...c, region: e.target.value, locality: '' }))}
            >
              <option value="">Any</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Type">
          {(p) => (
            <select
              {...p}
              value={criteria.number_type}
              onChange={(e) => set('number_type', e.target.value as NumberType)}
            >
              {NUMBER_TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Area code" hint="3 digits in the US and Canada">
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              maxLength={5}
              value={criteria.national_destination_code}
              onChange={(e) => set('national_destination_code', e.target.value.replace(/\D/g, ''))}
            />
          )}
        </Field>
        <Field label="City">
          {(p) => (
            <>
              <input
                {...p}
                list="city-options"
                value={criteria.locality}
                onChange={(e) => set('locality', e.target.value)}
                autoComplete="off"
              />
              <datalist id="city-options">
                {cities.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Vanity pattern" hint="X is any digit, letters map to the keypad: 877-555-XXXX, 800-FLOWERS">
          {(p) => <input {...p} value={criteria.pattern} onChange={(e) => set('pattern', e.target.value)} />}
        </Field>
        <div className="field checkbox">
          <input
            id="sms-toggle"
            type="checkbox"
            role="switch"
            checked={criteria.sms}
            onChange={(e) => set('sms', e.target.checked)}
          />
          <label htmlFor="sms-toggle">SMS enabled</label>
        </div>
        <button type="submit" disabled={searching}>
          {searching ? 'Searching…' : 'Search'}
        </button>
      </form>
      <ProblemBox problem={problem} />
      <Live>
        {searching
          ? 'Searching for numbers…'
          : results
            ? `${results.numbers.meta.total}${results.numbers.meta.total_capped ? '+' : ''} numbers found in ${cityRows.length} cities.`
            : ''}
      </Live>
      {results ? (
        results.numbers.data.length === 0 ? (
          <div className="empty">
            <p>No numbers match these criteria. Try another city, area code or pattern, or turn SMS off.</p>
          </div>
        ) : (
          <>
            <h2>By city</h2>
            <CityTable
              rows={cityRows}
              numberType={results.criteria.number_type}
              quantities={quantities}
              onQuantity={(key, qty) => setQuantities((q) => ({ ...q, [key]: qty }))}
            />
            <h2>Pick specific numbers</h2>
            <table>
              <caption className="visually-hidden">Available numbers</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Select</span>
                  </th>
                  <th scope="col">Number</th>
                  <th scope="col">City</th>
                  <th scope="col">Rate center</th>
                  <th scope="col">Setup</th>
                  <th scope="col">Monthly</th>
                  <th scope="col">Features</th>
                </tr>
              </thead>
              <tbody>
                {results.numbers.data.map((n) => (
                  <NumberRow
                    key={n.phone_number}
                    n={n}
                    checked={picked.has(n.phone_number)}
                    onToggle={(on) => setPicked((s) => toggle(s, n.phone_number, on))}
                  />
                ))}
              </tbody>
            </table>
            <div className="sticky-actions">
              <span aria-live="polite">
                {selectionCount
                  ? `${selectionCount} number${selectionCount > 1 ? 's' : ''} selected`
                  : 'Select numbers or set a quantity per city'}
              </span>
              <button type="button" disabled={!selectionCount} onClick={openCheckout}>
                Checkout
              </button>
            </div>
          </>
        )
      ) : null}
      {checkout ? <Checkout lines={checkout} onClose={() => setCheckout(null)} /> : null}
    </>
  );
}

function NumberRow({
  n,
  checked,
  onToggle,
}: {
  n: AvailableNumber;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onToggle(e.target.checked)}
          aria-label={`Select ${n.phone_number}`}
        />
      </td>
      <th scope="row">{prettyNumber(n.phone_number)}</th>
      <td>{n.locality ?? '—'}</td>
      <td>{n.rate_center ?? '—'}</td>
      <td>{money(n.pricing.setup_fee_cents, n.pricing.currency)}</td>
      <td>{money(n.pricing.monthly_fee_cents, n.pricing.currency)}</td>
      <td>{n.capabilities.join(', ')}</td>
    </tr>
  );
}

function toggle(set: Set<string>, value: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
