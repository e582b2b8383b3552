/**
 * Takes batches from `next` (null: no more) and processes up to `concurrency` at once, asking for the
 * next batch only when one may start: what is read ahead is bounded by the batches in flight however
 * fast `next` could deliver (a reader without acknowledgements has no other bound). Resolves when
 * `next` ends and every batch is done; after a batch fails no more are asked for, and it rejects with
 * that failure once the others are done.
 */
export async function inFlightBatches<T>(
  next: () => Promise<T[] | null>,
  concurrency: number,
  process: (batch: T[]) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  while (!failure) {
    const batch = await next();
    if (batch === null) break;
    if (!batch.length) continue;
    const run: Promise<void> = process(batch)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => running.delete(run));
    running.add(run);
    if (running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure) throw (failure as { error: unknown }).error;
}
