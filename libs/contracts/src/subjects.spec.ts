import { allEventsSubject, eventSubject, eventsStreamName, NATS_PREFIX_PATTERN, rpcSubject } from './subjects';

describe('NATS subjects', () => {
  it('builds an rpc subject as <prefix>.rpc.<pattern>', () => {
    expect(rpcSubject('did', 'inventory.health')).toBe('did.rpc.inventory.health');
  });

  it('builds an event subject as <prefix>.events.<type>', () => {
    expect(eventSubject('did', 'account.created')).toBe('did.events.account.created');
  });

  it('builds the all-events wildcard as <prefix>.events.>', () => {
    expect(allEventsSubject('did')).toBe('did.events.>');
  });

  it('covers every event subject with the all-events wildcard prefix', () => {
    const wildcardStem = allEventsSubject('t1').slice(0, -1);
    expect(eventSubject('t1', 'api_key.revoked').startsWith(wildcardStem)).toBe(true);
  });
});

describe('eventsStreamName', () => {
  it('upper-cases the prefix and appends _EVENTS', () => {
    expect(eventsStreamName('did')).toBe('DID_EVENTS');
  });

  it('keeps digits, underscores and dashes', () => {
    expect(eventsStreamName('t0a_b-c')).toBe('T0A_B-C_EVENTS');
  });

  it('replaces dots with underscores', () => {
    expect(eventsStreamName('a.b.c')).toBe('A_B_C_EVENTS');
  });

  it('replaces other characters a stream name may not contain', () => {
    expect(eventsStreamName('a b*c>d')).toBe('A_B_C_D_EVENTS');
  });

  it('never contains a dot', () => {
    expect(eventsStreamName('x.y')).not.toContain('.');
  });
});

describe('NATS_PREFIX_PATTERN', () => {
  it.each(['did', 't0a1b2c3d4e', 'A', 'a_b-c', 'a'.repeat(40)])('accepts %s', (prefix) => {
    expect(NATS_PREFIX_PATTERN.test(prefix)).toBe(true);
  });

  it.each([
    ['a leading digit', '1abc'],
    ['a dot', 'a.b'],
    ['the empty string', ''],
    ['41 characters', 'a'.repeat(41)],
    ['a leading underscore', '_abc'],
    ['a space', 'a b'],
    ['a wildcard', 'a*'],
  ])('rejects %s', (_label, prefix) => {
    expect(NATS_PREFIX_PATTERN.test(prefix)).toBe(false);
  });
});
