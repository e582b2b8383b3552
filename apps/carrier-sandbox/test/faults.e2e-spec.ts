import { CarrierFaults } from '@did/contracts';
import { waitFor } from '@did/testing';
import { Sandbox, startSandbox } from './sandbox-app';

describe('fault controls', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterEach(async () => {
    await sandbox.send('DELETE', '/admin/faults', {});
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('shows the configured faults and changes only the fields sent', async () => {
    const before = CarrierFaults.parse((await sandbox.get('/admin/faults')).body);
    expect(before).toMatchObject({ down: false, error_rate: 0, latency_ms: 0, flap_period_ms: 0 });
    const res = await sandbox.send('PUT', '/admin/faults', { latency_ms: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...before, latency_ms: 5 });
  });

  it('down: every /v1 call answers 503 carrier_down, /health and /admin do not', async () => {
    await sandbox.send('PUT', '/admin/faults', { down: true });
    for (const path of [
      '/v1/inventory/countries',
      '/v1/lookups/+15125550100',
      '/v1/inventory/feed?count_per_country=0',
    ]) {
      const res = await sandbox.get(path);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ type: 'unavailable', code: 'carrier_down' });
    }
    expect((await sandbox.send('POST', '/v1/orders', { numbers: ['+15125550100'] })).status).toBe(503);
    expect((await sandbox.get('/health')).status).toBe(200);
    expect((await sandbox.get('/admin/faults')).body.down).toBe(true);
  });

  it('error rate 1: every /v1 call answers 503 carrier_error', async () => {
    await sandbox.send('PUT', '/admin/faults', { error_rate: 1 });
    const res = await sandbox.get('/v1/inventory/countries');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ type: 'unavailable', code: 'carrier_error' });
    expect((await sandbox.get('/health')).status).toBe(200);
  });

  it('latency: calls are slowed but still answer', async () => {
    await sandbox.send('PUT', '/admin/faults', { latency_ms: 50 });
    const res = await sandbox.get('/v1/inventory/countries');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(4);
  });

  it('flapping: the carrier alternates between up and down', async () => {
    await sandbox.send('PUT', '/admin/faults', { flap_period_ms: 100 });
    const seen = new Set<number>();
    await waitFor(
      async () => {
        seen.add((await sandbox.get('/v1/inventory/countries')).status);
        return seen.has(200) && seen.has(503);
      },
      { intervalMs: 20, what: 'both 200 and 503 while flapping' },
    );
    expect((await sandbox.get('/health')).status).toBe(200);
    await sandbox.send('PUT', '/admin/faults', { flap_period_ms: 0 });
    expect((await sandbox.get('/v1/inventory/countries')).status).toBe(200);
  });

  it.each([
    [{ error_rate: 2 }, 'error_rate'],
    [{ latency_ms: -1 }, 'latency_ms'],
    [{ down: 'yes' }, 'down'],
    [{ flaps: 1 }, 'flaps'],
  ])('rejects %j with a 400 naming %s', async (body, field) => {
    const res = await sandbox.send('PUT', '/admin/faults', body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});

describe('fault controls from configuration', () => {
  it('starts down when FAULT_DOWN=true, until the admin route brings it up', async () => {
    const sandbox = await startSandbox({ FAULT_DOWN: 'true', FAULT_LATENCY_MS: '10' });
    try {
      expect((await sandbox.get('/v1/inventory/countries')).status).toBe(503);
      expect((await sandbox.get('/health')).status).toBe(200);
      await sandbox.send('PUT', '/admin/faults', { down: false });
      expect((await sandbox.get('/v1/inventory/countries')).status).toBe(200);
      expect((await sandbox.send('DELETE', '/admin/faults', {})).body).toMatchObject({ down: true, latency_ms: 10 });
    } finally {
      await sandbox.close();
    }
  });
});
