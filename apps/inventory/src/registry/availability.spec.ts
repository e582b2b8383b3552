import { NumberState } from '@did/contracts';
import { effectiveState } from './availability';

const now = new Date('2026-03-02T15:00:00.000Z');

describe('effectiveState', () => {
  it('reads a hold that ended at or before now as available', () => {
    expect(effectiveState({ state: NumberState.Reserved, reserved_until: now, aging_until: null }, now)).toBe(
      NumberState.Available,
    );
    expect(
      effectiveState({ state: NumberState.Reserved, reserved_until: '2026-03-02 14:59:59+00', aging_until: null }, now),
    ).toBe(NumberState.Available);
  });

  it('keeps a hold that ends a second from now', () => {
    expect(
      effectiveState(
        { state: NumberState.Reserved, reserved_until: new Date(now.getTime() + 1000), aging_until: null },
        now,
      ),
    ).toBe(NumberState.Reserved);
  });

  it('reads a number done aging as available, one still aging as aging', () => {
    expect(
      effectiveState({ state: NumberState.Aging, reserved_until: null, aging_until: '2026-03-01T00:00:00Z' }, now),
    ).toBe(NumberState.Available);
    expect(
      effectiveState({ state: NumberState.Aging, reserved_until: null, aging_until: '2026-04-01T00:00:00Z' }, now),
    ).toBe(NumberState.Aging);
  });

  it('leaves an active number active', () => {
    expect(effectiveState({ state: NumberState.Active, reserved_until: null, aging_until: null }, now)).toBe(
      NumberState.Active,
    );
  });
});
