/** The time source of a service. Injected wherever time matters so tests can move time forward. */
export interface Clock {
  now(): Date;
}

/** Injection token for the {@link Clock}. */
export const CLOCK = Symbol('CLOCK');

/** Wall-clock time. */
export const systemClock: Clock = { now: () => new Date() };
