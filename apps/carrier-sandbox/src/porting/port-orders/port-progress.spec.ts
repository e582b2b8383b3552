import { advance, approve, raiseException, resubmit, type StoredPortOrder } from './port-progress';

function order(numbers: string[], requested = '2026-03-06'): StoredPortOrder {
  const o: StoredPortOrder = {
    id: 'cpo_1',
    reference: 'po_1',
    status: 'submitted',
    losing_carrier: 'AT&T',
    requested_foc_date: requested,
    foc_date: null,
    exception: null,
    numbers: numbers.map((phone_number) => ({ phone_number, status: 'pending' as const, reason: null })),
    history: [],
    created_at: '2026-03-02T15:00:00.000Z',
    updated_at: '',
    step_due_at: null,
    end_user: {},
  };
  resubmit(o, new Date(o.created_at), 'Received');
  return o;
}
const refuse = (e164: string) => (e164.endsWith('9990') ? 'losing_carrier_not_supported' : null);

describe('carrier port progression', () => {
  it('reviews, works, approves and completes on its own clock, each step at the time it was due', () => {
    const o = order(['+15122060001', '+15122069990']);
    advance(o, new Date('2026-03-09T00:00:00Z'), refuse);
    expect(o.history.map((h) => [h.status, h.at])).toEqual([
      ['submitted', '2026-03-02T15:00:00.000Z'],
      ['in_progress', '2026-03-02T19:00:00.000Z'],
      ['approved', '2026-03-02T23:00:00.000Z'],
      ['completed', '2026-03-06T00:00:00.000Z'],
    ]);
    expect(o.history[1].rejected).toEqual([{ phone_number: '+15122069990', reason: 'losing_carrier_not_supported' }]);
    expect(o.numbers.map((n) => n.status)).toEqual(['ported', 'rejected']);
  });

  it('rejects an order none of whose numbers can port', () => {
    const o = order(['+15122069990']);
    advance(o, new Date('2026-03-03T00:00:00Z'), refuse);
    expect(o.status).toBe('rejected');
  });

  it('takes the earliest FOC date when the requested one is too soon, and stops while in exception', () => {
    const o = order(['+15122060001'], '2026-03-03');
    approve(o, new Date('2026-03-02T16:00:00Z'));
    expect(o.foc_date).toBe('2026-03-05');
    const held = order(['+15122060001']);
    raiseException(held, new Date('2026-03-02T16:00:00Z'), 'pin_invalid', 'PIN refused');
    expect(advance(held, new Date('2026-04-01T00:00:00Z'), refuse)).toBe(false);
    expect(held.status).toBe('exception');
  });
});
