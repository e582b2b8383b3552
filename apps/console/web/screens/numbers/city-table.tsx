import type { NumberType, SearchReply, SummaryReply, UsageRates } from '../../api/types';
import { label, money, moneyMicros } from '../../format';
import { increments, incrementsMeaning, minimumPeriod } from './usage-rates';

/** At most this many numbers of one city in one order (the API's quantity limit). */
const MAX_PER_CITY = 10;

export interface CityRow {
  key: string;
  locality: string | null;
  region: string | null;
  available: number;
  setup: number;
  monthly: number;
  currency: string;
  rates: UsageRates;
  minimumMonths: number;
  sms: boolean;
}

/**
 * One row per city of the results, priced as the search prices it. `summary` counts every available
 * number of a city (not only this page); without it, only the matches on the page are counted.
 */
export function groupByCity(numbers: SearchReply, summary: SummaryReply | null): CityRow[] {
  const rows = new Map<string, CityRow>();
  for (const n of numbers.data) {
    const key = `${n.region ?? ''}|${n.locality ?? ''}`;
    const row = rows.get(key);
    if (row) {
      row.sms ||= n.capabilities.includes('sms');
      continue;
    }
    const counted = summary?.data.find((s) => s.name === n.locality && (s.region ?? null) === (n.region ?? null));
    const onPage = numbers.data.filter((m) => m.locality === n.locality && m.region === n.region).length;
    rows.set(key, {
      key,
      locality: n.locality,
      region: n.region,
      available: counted?.count ?? onPage,
      setup: n.pricing.setup_fee_cents,
      monthly: n.pricing.monthly_fee_cents,
      currency: n.pricing.currency,
      rates: n.pricing.usage_rates,
      minimumMonths: n.pricing.minimum_commitment_months,
      sms: n.capabilities.includes('sms'),
    });
  }
  return [...rows.values()];
}

/** Available numbers per city: prices, usage rates, the minimum period, stock and a quantity to buy. */
export function CityTable({
  rows,
  numberType,
  quantities,
  onQuantity,
}: {
  rows: CityRow[];
  numberType: NumberType;
  quantities: Record<string, number>;
  onQuantity: (key: string, qty: number) => void;
}) {
  return (
    <table>
      <caption className="visually-hidden">Available numbers per city with prices</caption>
      <thead>
        <tr>
          <th scope="col">City</th>
          <th scope="col">State</th>
          <th scope="col">Type</th>
          <th scope="col">Setup</th>
          <th scope="col">Monthly</th>
          <th scope="col">Per minute (inbound)</th>
          <th scope="col">Connect fee</th>
          <th scope="col">Increments</th>
          <th scope="col">Minimum period</th>
          <th scope="col">SMS</th>
          <th scope="col">Available</th>
          <th scope="col">Quantity</th>
          <th scope="col">Unit cost</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const max = Math.min(MAX_PER_CITY, row.available);
          return (
            <tr key={row.key} data-testid="city-row">
              <th scope="row">{row.locality ?? '—'}</th>
              <td>{row.region ?? '—'}</td>
              <td>{label(numberType)}</td>
              <td>{money(row.setup, row.currency)}</td>
              <td>{money(row.monthly, row.currency)}</td>
              <td data-testid="city-per-minute">{moneyMicros(row.rates.inbound_per_minute_micros, row.currency)}</td>
              <td>{moneyMicros(row.rates.connect_fee_micros, row.currency)}</td>
              <td>
                <abbr title={incrementsMeaning(row.rates)}>{increments(row.rates)}</abbr>
              </td>
              <td>{minimumPeriod(row.minimumMonths)}</td>
              <td>{row.sms ? <span aria-label="SMS available">✓</span> : <span aria-label="No SMS">—</span>}</td>
              <td>{row.available}</td>
              <td>
                <input
                  type="number"
                  className="qty"
                  min={0}
                  max={max}
                  value={quantities[row.key] ?? 0}
                  disabled={!row.locality}
                  aria-label={`Quantity in ${row.locality ?? 'this city'} (at most ${max})`}
                  onChange={(e) => onQuantity(row.key, clamp(Number(e.target.value), 0, max))}
                />
              </td>
              <td>{money(row.setup + row.monthly, row.currency)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const clamp = (v: number, min: number, max: number) =>
  Number.isFinite(v) ? Math.max(min, Math.min(max, Math.trunc(v))) : min;
