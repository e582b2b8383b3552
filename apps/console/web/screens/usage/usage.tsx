import { ok } from '../../api/client';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { QueryOf, UsageReport } from '../../api/types';
import { useConsole } from '../../context';
import { moneyDecimal } from '../../format';
import { Async, Live } from '../../ui/async';
import { ProblemBox } from '../../ui/problem-box';
import { useAction, useResource } from '../../use-resource';
import type { UsageDay } from './usage-chart';
import { UsageRecords } from './usage-records';

const UsageChart = lazy(() => import('./usage-chart'));

/** The filters both the report and the records read (query parameters of /v1/usage/*). */
export interface UsageQuery {
  from: string;
  kind?: string;
  phone_number?: string;
  tenant_id?: string;
}

const PERIODS = [7, 30, 90];
const DAY_MS = 86_400_000;

/** The UTC days from `from` to today, each with the report's minutes and cost (zero when there was no usage). */
function chartDays(report: UsageReport, from: string): UsageDay[] {
  const byDay = new Map(report.data.map((r) => [r.key, r]));
  const days: UsageDay[] = [];
  for (let t = Date.parse(from); t <= Date.now(); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const row = byDay.get(day);
    days.push({
      day,
      minutes: row ? Number(row.minutes_decimal) : 0,
      cost: row ? Number(row.cost_cents_decimal) / 100 : 0,
    });
  }
  return days;
}

/** Usage: minutes and cost per day, totals, the detail records, and CSV exports of both. */
export function Usage() {
  const { api, isPartner, tenants } = useConsole();
  const [period, setPeriod] = useState(30);
  const [kind, setKind] = useState('');
  const [tenant, setTenant] = useState('');
  const query = useMemo<UsageQuery>(() => {
    const start = new Date(Date.now() - (period - 1) * DAY_MS).toISOString().slice(0, 10);
    return { from: `${start}T00:00:00Z`, kind: kind || undefined, tenant_id: tenant || undefined };
  }, [period, kind, tenant]);
  const report = useResource(
    () =>
      ok(
        api.client.GET('/v1/usage/report', {
          params: { query: { ...(query as QueryOf<'/v1/usage/report'>), group_by: 'day' } },
        }),
      ),
    [query],
  );
  const exporting = useAction();
  const download = (path: '/v1/usage/records' | '/v1/usage/report', extra: Record<string, string>, name: string) =>
    exporting.run(async () => {
      const blob = await api.download(path, { ...query, ...extra }, 'text/csv');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      URL.revokeObjectURL(link.href);
      return `${name} downloaded.`;
    });

  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Usage</h1>
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={exporting.busy}
            onClick={() => void download('/v1/usage/records', {}, 'usage-records.csv')}
          >
            Download records (CSV)
          </button>
          <button
            type="button"
            className="secondary"
            disabled={exporting.busy}
            onClick={() => void download('/v1/usage/report', { group_by: 'day' }, 'usage-by-day.csv')}
          >
            Download report (CSV)
          </button>
        </div>
      </div>
      <ProblemBox problem={exporting.error} />
      <Live>{exporting.message}</Live>
      <form className="filters" aria-label="Usage filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          Period
          <select value={period} onChange={(e) => setPeriod(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                Last {p} days
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Calls and messages</option>
            <option value="call">Calls</option>
            <option value="message">Messages</option>
          </select>
        </label>
        {isPartner && tenants.length ? (
          <label className="field">
            Account
            <select value={tenant} onChange={(e) => setTenant(e.target.value)}>
              <option value="">You and all tenants</option>
              {tenants.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </form>
      <section aria-labelledby="usage-chart-h">
        <h2 id="usage-chart-h">Minutes and cost per day (UTC)</h2>
        <Async resource={report} label="usage report">
          {(r) => (
            <>
              <dl className="facts" data-testid="usage-totals">
                <dt>Calls</dt>
                <dd>{r.totals.calls}</dd>
                <dt>Messages</dt>
                <dd>
                  {r.totals.messages} ({r.totals.message_parts} parts)
                </dd>
                <dt>Billed minutes</dt>
                <dd>{r.totals.minutes_decimal}</dd>
                <dt>Cost</dt>
                <dd data-testid="usage-total-cost">{moneyDecimal(r.totals.cost_cents_decimal, r.currency)}</dd>
              </dl>
              <figure
                className="chart"
                data-testid="usage-chart"
                aria-label={`Minutes and cost per day over the last ${period} days`}
              >
                <Suspense fallback={<p className="loading">Loading chart…</p>}>
                  <UsageChart days={chartDays(r, query.from)} currency={r.currency ?? 'USD'} />
                </Suspense>
              </figure>
            </>
          )}
        </Async>
      </section>
      <UsageRecords query={query} />
    </>
  );
}
