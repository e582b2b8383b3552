import {
  assertPortOrderTransition,
  canPortOrderTransition,
  PORT_ORDER_STATUSES,
  PORT_ORDER_TRANSITIONS,
  PortOrderStatus,
} from '@did/contracts';

const S = PortOrderStatus;
const LEGAL: [string, string][] = [
  [S.Draft, S.Submitted],
  [S.Draft, S.Cancelled],
  [S.Submitted, S.InProgress],
  [S.Submitted, S.Exception],
  [S.Submitted, S.Cancelled],
  [S.Submitted, S.Failed],
  [S.InProgress, S.Approved],
  [S.InProgress, S.Exception],
  [S.InProgress, S.Cancelled],
  [S.InProgress, S.Failed],
  [S.Approved, S.Approved],
  [S.Approved, S.Completed],
  [S.Approved, S.Cancelled],
  [S.Exception, S.Submitted],
  [S.Exception, S.Cancelled],
];

describe('port order status machine', () => {
  it("has exactly the issue's flow: draft -> submitted -> in_progress -> approved -> completed, exceptions from submitted/in_progress, cancel before completion", () => {
    const edges = PORT_ORDER_STATUSES.flatMap((from) => PORT_ORDER_TRANSITIONS[from].map((to) => [from, to]));
    expect(edges.sort()).toEqual([...LEGAL].sort());
  });

  it.each(PORT_ORDER_STATUSES.flatMap((from) => PORT_ORDER_STATUSES.map((to) => [from, to] as const)))(
    '%s -> %s is legal only when listed',
    (from, to) => {
      const legal = LEGAL.some(([f, t]) => f === from && t === to);
      expect(canPortOrderTransition(from, to)).toBe(legal);
      if (legal) expect(() => assertPortOrderTransition(from, to, 'po_x')).not.toThrow();
      else
        expect(() => assertPortOrderTransition(from, to, 'po_x')).toThrow(
          expect.objectContaining({ type: 'conflict', code: 'invalid_state_transition' }),
        );
    },
  );

  it('final statuses have no way out', () => {
    for (const s of [S.Completed, S.Cancelled, S.Failed]) expect(PORT_ORDER_TRANSITIONS[s]).toEqual([]);
  });
});
