/** A value in [0, 1), like Math.random; injected so tests can pin the draws. */
export type Random = () => number;

/** A whole number in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A North American number that passes E.164 and NANP shape checks: +1 NXX NXX XXXX, N in 2-9. */
export function randomPartyNumber(random: Random): string {
  const n = () => String(randomInt(random, 2, 9));
  const digits = (count: number) => Array.from({ length: count }, () => String(randomInt(random, 0, 9))).join('');
  return `+1${n()}${digits(2)}${n()}${digits(6)}`;
}

/** Talk time of a demo or bulk call: 5 s to 10 min. */
export function randomTalkSeconds(random: Random): number {
  return randomInt(random, 5, 600);
}

/** Ring time before an answer: 2 to 20 s. */
export function randomRingSeconds(random: Random): number {
  return randomInt(random, 2, 20);
}

/** The wait before the next of `perMinute` events arriving at random (a Poisson process), in ms. */
export function nextArrivalMs(random: Random, perMinute: number): number {
  return Math.round((-Math.log(1 - random()) * 60_000) / perMinute);
}

/** Injection token of the {@link Random} source (Math.random unless a test pins it). */
export const RANDOM = Symbol('RANDOM');
