/**
 * Lifecycle of a number in the registry. WARNING: persisted in `inventory.numbers.state` and
 * published in events; renaming a state needs a data migration.
 */
export const NumberState = {
  Available: 'available',
  Reserved: 'reserved',
  PendingPurchase: 'pending_purchase',
  Active: 'active',
  PendingRelease: 'pending_release',
  Aging: 'aging',
  PortingIn: 'porting_in',
  Blocked: 'blocked',
} as const;
export type NumberState = (typeof NumberState)[keyof typeof NumberState];
export const NUMBER_STATES = Object.values(NumberState) as [NumberState, ...NumberState[]];

const S = NumberState;

/**
 * Every allowed move, as data. `reserved -> reserved` is an extension or a new hold on a number whose
 * previous hold ran out; time-based returns (an expired hold, a number that finished aging) are read
 * as `available` before a transition is checked, so they need no edge of their own.
 */
export const NUMBER_TRANSITIONS: Readonly<Record<NumberState, readonly NumberState[]>> = {
  [S.Available]: [S.Reserved, S.PendingPurchase, S.Blocked],
  [S.Reserved]: [S.Reserved, S.Available, S.PendingPurchase, S.Blocked],
  [S.PendingPurchase]: [S.Active, S.Available],
  [S.Active]: [S.PendingRelease, S.Blocked],
  [S.PendingRelease]: [S.Aging, S.Active],
  [S.Aging]: [S.Available, S.Blocked],
  [S.PortingIn]: [S.Active, S.Blocked],
  [S.Blocked]: [S.Available],
};

/** True when a number may move from `from` to `to`. */
export function canTransition(from: NumberState, to: NumberState): boolean {
  return NUMBER_TRANSITIONS[from].includes(to);
}

/** Thrown by {@link assertTransition}; a programming error in the caller, not bad user input. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly from: NumberState,
    readonly to: NumberState,
  ) {
    super(`A number cannot move from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

/** Throws unless the number may move from `from` to `to`. */
export function assertTransition(from: NumberState, to: NumberState): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}
