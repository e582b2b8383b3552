import type { ClaimedDelivery } from './delivery-claims';
import { EndpointQueues } from './endpoint-queues';

const delivery = (id: string, endpointId: string): ClaimedDelivery => ({
  id,
  endpointId,
  leasedUntil: new Date(0),
  url: 'https://example.com/hook',
  traceparent: null,
  requestId: null,
  sealedSecrets: [],
  keys: [],
  event: {
    id: `evt_${id}`,
    type: 'account.created',
    createdAt: new Date(0),
    accountId: 'acc_1',
    connectionId: null,
    data: {},
  },
});

const startAll = (queues: EndpointQueues) => {
  const started: string[] = [];
  for (let d = queues.next(); d; d = queues.next()) started.push(d.id);
  return started;
};

describe('EndpointQueues', () => {
  it('starts no more than the per-endpoint cap for one endpoint, however much it has queued', () => {
    const queues = new EndpointQueues(10, 2);
    for (const id of ['a1', 'a2', 'a3', 'a4']) queues.add(delivery(id, 'ep_a'));
    expect(startAll(queues)).toEqual(['a1', 'a2']);
    expect(queues.queuedOrActive).toBe(4);
  });

  it("lets another endpoint use the slots a capped endpoint's queue cannot", () => {
    const queues = new EndpointQueues(3, 2);
    for (const id of ['a1', 'a2', 'a3']) queues.add(delivery(id, 'ep_slow'));
    queues.add(delivery('b1', 'ep_fast'));
    expect(startAll(queues).sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('starts the next delivery of an endpoint once one of its requests is done', () => {
    const queues = new EndpointQueues(10, 1);
    const first = delivery('a1', 'ep_a');
    queues.add(first);
    queues.add(delivery('a2', 'ep_a'));
    expect(startAll(queues)).toEqual(['a1']);
    queues.done(first);
    expect(startAll(queues)).toEqual(['a2']);
    expect(queues.queuedOrActive).toBe(1);
  });

  it('never has more active than the pool, across endpoints', () => {
    const queues = new EndpointQueues(2, 5);
    for (const ep of ['ep_a', 'ep_b', 'ep_c']) queues.add(delivery(`${ep}_1`, ep));
    expect(startAll(queues)).toHaveLength(2);
  });

  it('drains what is queued, leaving active deliveries counted', () => {
    const queues = new EndpointQueues(1, 1);
    queues.add(delivery('a1', 'ep_a'));
    queues.add(delivery('a2', 'ep_a'));
    startAll(queues);
    expect(queues.drain().map((d) => d.id)).toEqual(['a2']);
    expect(queues.queuedOrActive).toBe(1);
  });

  it("tells each endpoint's load: queued plus in flight, finished ones no longer counted", () => {
    const queues = new EndpointQueues(10, 1);
    const first = delivery('a1', 'ep_a');
    queues.add(first);
    queues.add(delivery('a2', 'ep_a'));
    queues.add(delivery('b1', 'ep_b'));
    startAll(queues);
    expect(queues.load()).toEqual({ ep_a: 2, ep_b: 1 });
    queues.done(first);
    queues.done(delivery('b1', 'ep_b'));
    expect(queues.load()).toEqual({ ep_a: 1 });
  });
});
