import type { WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import type { EventRecord } from './entities/event-record.entity';
import { connectionOf, endpointWants } from './endpoint-matching';

const at = new Date('2026-03-02T15:00:00Z');
const endpoint = (connectionId: string | null) =>
  ({ eventTypes: ['*'], connectionId, createdAt: at }) as unknown as WebhookEndpoint;
const event = (connectionId: string | null) =>
  ({ type: 'number.routing_updated', connectionId, createdAt: at }) as unknown as EventRecord;

describe('connectionOf', () => {
  it('takes the envelope’s connection', () => {
    expect(connectionOf({ connection_id: 'conn_1', data: {} })).toBe('conn_1');
  });

  it('falls back to the payload’s connection_id for envelopes without one', () => {
    expect(connectionOf({ connection_id: null, data: { connection_id: 'conn_2' } })).toBe('conn_2');
    expect(connectionOf({ data: { changes: {} } })).toBeNull();
  });
});

describe('endpointWants (connection scope)', () => {
  it('a connection-scoped endpoint takes events about numbers on its connection only', () => {
    expect(endpointWants(endpoint('conn_1'), event('conn_1'))).toBe(true);
    expect(endpointWants(endpoint('conn_1'), event('conn_2'))).toBe(false);
  });

  it('a connection-scoped endpoint does not take account-level events (about no connection)', () => {
    expect(endpointWants(endpoint('conn_1'), event(null))).toBe(false);
  });

  it('an endpoint without a connection takes events on any connection or none', () => {
    expect(endpointWants(endpoint(null), event('conn_1'))).toBe(true);
    expect(endpointWants(endpoint(null), event(null))).toBe(true);
  });
});
