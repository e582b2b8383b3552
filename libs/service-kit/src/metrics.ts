import { Counter, Gauge, Histogram, Registry } from 'prom-client';

let registry: Registry | null = null;

/**
 * The process's registry of request metrics (HTTP routes, RPC calls): code on hot paths records into
 * it, and the service's ops port (/metrics) serves it beside the process and messaging metrics.
 */
export function metricsRegistry(): Registry {
  return (registry ??= new Registry());
}

/** Seconds buckets for request latencies: 1 ms to 10 s. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A counter of the process registry, created once (a second app in the same process, as in tests, gets the same one). */
export function processCounter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return (
    (metricsRegistry().getSingleMetric(name) as Counter<L> | undefined) ??
    new Counter({ name, help, labelNames, registers: [metricsRegistry()] })
  );
}

/** A latency histogram (seconds) of the process registry, created once. */
export function processHistogram<L extends string>(name: string, help: string, labelNames: readonly L[]): Histogram<L> {
  return (
    (metricsRegistry().getSingleMetric(name) as Histogram<L> | undefined) ??
    new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [metricsRegistry()] })
  );
}

/**
 * Wraps a scrape-time read (one query behind several gauges, e.g. a backlog's count and its oldest
 * row's age) so that the gauges of one scrape share it: while a read is in flight every caller gets
 * its promise, and the next call after it settles reads again. One scrape is one read because
 * prom-client's `Registry.metrics()` starts every metric's collect in the same tick, before awaiting
 * any; and a value is never older than the scrape that asked for it.
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () => (inFlight ??= read().finally(() => (inFlight = null)));
}

/**
 * A gauge of the process registry read at scrape time by `read` (e.g. a count in the service's own
 * tables), created once per process. `read` answers the value, or null to leave it unset this scrape.
 * Gauges computed from one query share it through `sharedRead`. A read that fails (the database
 * down) shows as NaN, unknown, instead of failing the whole scrape: that scrape must still say
 * `did_service_ready 0`.
 */
export function scrapedGauge(name: string, help: string, read: () => Promise<number | null>): Gauge {
  const existing = metricsRegistry().getSingleMetric(name) as Gauge | undefined;
  if (existing) return existing;
  return new Gauge({
    name,
    help,
    registers: [metricsRegistry()],
    async collect() {
      const value = await read().catch(() => NaN);
      if (value !== null) this.set(value);
    },
  });
}
