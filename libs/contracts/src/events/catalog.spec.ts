import { SERVICE_NAMES } from '../enums';
import { AccountCreatedV1 } from './account-events';
import { ANY_SERVICE, eventDefinition, Events } from './catalog';

const entries = Object.entries(Events);

describe('event catalog', () => {
  it('has at least one event', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('gives every event a unique type', () => {
    const types = entries.map(([, def]) => def.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each(entries)('%s has a type of the form <aggregate>.<action>', (_name, def) => {
    expect(def.type).toMatch(/^[a-z_]+\.[a-z_.]+$/);
  });

  it.each(entries)('%s has a version of at least 1', (_name, def) => {
    expect(Number.isInteger(def.version)).toBe(true);
    expect(def.version).toBeGreaterThanOrEqual(1);
  });

  it.each(entries)('%s is produced by a known service', (_name, def) => {
    expect([...SERVICE_NAMES, ANY_SERVICE]).toContain(def.producer);
  });

  it.each(entries)('%s has a description', (_name, def) => {
    expect(def.description.trim()).not.toBe('');
  });

  it.each(entries)('%s is found by eventDefinition(type)', (_name, def) => {
    expect(eventDefinition(def.type)).toBe(def);
  });

  it('returns undefined for an unknown event type', () => {
    expect(eventDefinition('account.exploded')).toBeUndefined();
  });

  it('does not find an event by its catalog key instead of its type', () => {
    expect(eventDefinition('AccountCreated')).toBeUndefined();
  });
});

describe('AccountCreatedV1', () => {
  const valid = {
    account_id: 'acc_1',
    type: 'tenant',
    parent_id: 'acc_0',
    name: 'Acme',
    currency: 'USD',
    created_at: '2026-01-02T03:04:05.000Z',
  };

  it('accepts a well-formed payload', () => {
    expect(AccountCreatedV1.safeParse(valid).success).toBe(true);
  });

  it('is the schema of the account.created catalog entry', () => {
    expect(eventDefinition('account.created')?.schema).toBe(AccountCreatedV1);
  });

  it('rejects a currency the platform does not bill in', () => {
    const result = AccountCreatedV1.safeParse({ ...valid, currency: 'EUR' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['currency']);
  });

  it('rejects a lower-case currency code', () => {
    expect(AccountCreatedV1.safeParse({ ...valid, currency: 'usd' }).success).toBe(false);
  });

  it('accepts a null parent for a partner', () => {
    expect(AccountCreatedV1.safeParse({ ...valid, type: 'partner', parent_id: null }).success).toBe(true);
  });

  it('rejects a created_at that is not an ISO date-time', () => {
    expect(AccountCreatedV1.safeParse({ ...valid, created_at: 'yesterday' }).success).toBe(false);
  });
});
