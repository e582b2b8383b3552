import {
  assertTransition,
  canTransition,
  IllegalTransitionError,
  NUMBER_STATES,
  NUMBER_TRANSITIONS,
  NumberState,
} from './number-state';

describe('number state machine', () => {
  it('lets an available number be reserved, bought or blocked', () => {
    expect(() => assertTransition(NumberState.Available, NumberState.Reserved)).not.toThrow();
    expect(() => assertTransition(NumberState.Available, NumberState.PendingPurchase)).not.toThrow();
    expect(() => assertTransition(NumberState.Available, NumberState.Blocked)).not.toThrow();
  });

  it('lets a reservation be extended (reserved -> reserved) and released', () => {
    expect(canTransition(NumberState.Reserved, NumberState.Reserved)).toBe(true);
    expect(canTransition(NumberState.Reserved, NumberState.Available)).toBe(true);
  });

  it('never sells an active number again without a release and aging', () => {
    expect(canTransition(NumberState.Active, NumberState.Available)).toBe(false);
    expect(canTransition(NumberState.Active, NumberState.Reserved)).toBe(false);
    expect(canTransition(NumberState.PendingRelease, NumberState.Available)).toBe(false);
    expect(canTransition(NumberState.PendingRelease, NumberState.Aging)).toBe(true);
    expect(canTransition(NumberState.Aging, NumberState.Available)).toBe(true);
  });

  it('does not let an aging number be reserved directly', () => {
    expect(() => assertTransition(NumberState.Aging, NumberState.Reserved)).toThrow(IllegalTransitionError);
  });

  it('names both states in the error', () => {
    expect(() => assertTransition(NumberState.Blocked, NumberState.Active)).toThrow('from blocked to active');
  });

  it('only names known states as targets', () => {
    for (const targets of Object.values(NUMBER_TRANSITIONS))
      for (const t of targets) expect(NUMBER_STATES).toContain(t);
  });

  it('leaves no state a dead end', () => {
    for (const s of NUMBER_STATES) expect(NUMBER_TRANSITIONS[s].length).toBeGreaterThan(0);
  });
});
