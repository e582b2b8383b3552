import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

/** The p-th percentile (nearest rank) of values sorted ascending; NaN when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Closed-loop load: `concurrency` workers each call `once` back to back, first for the warm-up, then
 * for the measured window. Only calls started inside the window count; a failed call counts as an
 * error, not as a request.
 */
export async function runLoad(once: () => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  const measureFrom = performance.now() + options.warmupMs;
  const until = measureFrom + options.durationMs;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let lastEnd = measureFrom;
  const worker = async () => {
    for (let start = performance.now(); start < until; start = performance.now()) {
      let ok = true;
      try {
        await once();
      } catch (err) {
        ok = false;
        if (start >= measureFrom) errors++;
        firstError ??= (err as Error)?.message ?? String(err);
      }
      const end = performance.now();
      if (start >= measureFrom) {
        if (ok) latencies.push(end - start);
        lastEnd = Math.max(lastEnd, end);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const sorted = Float64Array.from(latencies).sort();
  const seconds = (lastEnd - measureFrom) / 1000;
  return {
    requests: latencies.length,
    errors,
    firstError,
    seconds,
    rps: latencies.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}
