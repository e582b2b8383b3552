import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError, ErrorCode } from '@did/contracts';

/**
 * Waits between tries while routing has not yet applied an event inventory has already committed
 * (number.assigned, number.activated): the event is on the stream and routing's projection applies it
 * within milliseconds, so a few short waits cover it; about 4.3 s in all before giving up, for a bus or a routing
 * replica that is briefly slow (the answer is delayed only then, and the change itself is done either way).
 */
const CATCH_UP_DELAYS_MS = [5, 10, 20, 40, 80, 160, 320, 640, 1000, 1000, 1000];

/** Asks `agrees` on the same schedule until it says yes; false when routing still disagrees at the end. */
export async function untilRoutingAgrees(agrees: () => Promise<boolean>): Promise<boolean> {
  for (const delay of CATCH_UP_DELAYS_MS) {
    if (await agrees()) return true;
    await sleep(delay);
  }
  return agrees();
}

/** Routing's answers that mean "I do not know this (yet)": the number, or its activation. */
export function isRoutingBehind(err: unknown): boolean {
  return (
    err instanceof DomainError && (err.code === ErrorCode.NumberNotFound || err.code === ErrorCode.NumberNotYetActive)
  );
}

/**
 * Calls `call` again while it fails only because routing is behind inventory. Only for calls whose
 * number inventory has just confirmed the caller may configure: for any other number those answers
 * are final, and waiting would only delay them.
 */
export async function whileRoutingCatchesUp<T>(call: () => Promise<T>): Promise<T> {
  for (const delay of CATCH_UP_DELAYS_MS) {
    try {
      return await call();
    } catch (err) {
      if (!isRoutingBehind(err)) throw err;
    }
    await sleep(delay);
  }
  return call();
}
