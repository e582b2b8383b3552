import { UsageDirection, UsageRecordV1 } from '@did/contracts';
import { callRecord, FinishedCall, messageRecord, newRecordId } from './detail-records';

const endedAt = new Date('2026-12-07T12:00:00.000Z');
const call = (overrides: Partial<FinishedCall> = {}): FinishedCall => ({
  phone_number: '+15125550100',
  direction: UsageDirection.Inbound,
  other_party: '+14155550123',
  emergency: false,
  ring_seconds: 4,
  talk_seconds: 90,
  ended_at: endedAt,
  ...overrides,
});
const route = { action: 'route', reason: null, cnam_lookup_enabled: true } as const;

describe('call detail records', () => {
  it('an answered inbound call rang, then talked until it ended, with the CNAM dip routing asked for', () => {
    const record = UsageRecordV1.parse(callRecord(newRecordId('call', endedAt), call(), route));
    expect(record).toMatchObject({
      kind: 'call',
      from: '+14155550123',
      to: '+15125550100',
      started_at: '2026-12-07T11:58:26.000Z',
      answered_at: '2026-12-07T11:58:30.000Z',
      ended_at: '2026-12-07T12:00:00.000Z',
      billable_seconds: 90,
      hangup_cause: 'normal_clearing',
      cnam_lookup: true,
    });
    expect(record.record_id).toMatch(/^cdr_/);
  });

  it('a refused call is never answered and costs nothing, with routing reason as its cause', () => {
    const record = callRecord('cdr_1', call(), { action: 'reject', reason: 'balance_owed', cnam_lookup_enabled: true });
    expect(UsageRecordV1.parse(record)).toMatchObject({
      answered_at: null,
      billable_seconds: 0,
      hangup_cause: 'balance_owed',
      cnam_lookup: false,
      started_at: record.ended_at,
    });
  });

  it('an outbound call is from the platform number and looks up no caller name', () => {
    const record = callRecord('cdr_2', call({ direction: UsageDirection.Outbound }), route);
    expect(record).toMatchObject({ from: '+15125550100', to: '+14155550123', cnam_lookup: false });
  });

  it('an announcement hangs up after at most 30 s', () => {
    expect(
      callRecord('cdr_3', call({ talk_seconds: 300 }), { ...route, action: 'announcement' }).billable_seconds,
    ).toBe(30);
  });
});

describe('message detail records', () => {
  it('an inbound message is to the platform number', () => {
    const record = messageRecord(newRecordId('message', endedAt), {
      phone_number: '+15125550100',
      direction: UsageDirection.Inbound,
      other_party: '+14155550123',
      parts: 2,
      sent_at: endedAt,
    });
    expect(UsageRecordV1.parse(record)).toMatchObject({
      kind: 'message',
      from: '+14155550123',
      to: '+15125550100',
      parts: 2,
      sent_at: '2026-12-07T12:00:00.000Z',
    });
    expect(record.record_id).toMatch(/^mdr_/);
  });
});
