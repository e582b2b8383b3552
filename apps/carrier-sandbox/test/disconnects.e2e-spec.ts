import { CarrierDisconnect } from '@did/contracts';
import { Sandbox, startSandbox } from './sandbox-app';

describe('disconnects', () => {
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

  it('disconnects numbers at once and answers 200 with each number disconnected', async () => {
    const res = await sandbox.send('POST', '/v1/disconnects', { numbers: ['+15125550120', '+442079460019'] });
    expect(res.status).toBe(200);
    const disconnect = CarrierDisconnect.parse(res.body);
    expect(disconnect.numbers).toEqual([
      { phone_number: '+15125550120', status: 'disconnected' },
      { phone_number: '+442079460019', status: 'disconnected' },
    ]);
    expect(disconnect.reference).toBeNull();
    expect(Number.isNaN(Date.parse(disconnect.disconnected_at))).toBe(false);
  });

  it('is idempotent: a number disconnected again is disconnected again; a repeated reference returns the first answer', async () => {
    const body = { numbers: ['+15125550121'], reference: 'disc_1' };
    const first = await sandbox.send('POST', '/v1/disconnects', body);
    const again = await sandbox.send('POST', '/v1/disconnects', body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const plain = await sandbox.send('POST', '/v1/disconnects', { numbers: ['+15125550121'] });
    expect(plain.body.numbers).toEqual([{ phone_number: '+15125550121', status: 'disconnected' }]);
    expect(plain.body.id).not.toBe(first.body.id);
  });

  it('is subject to the fault controls like every /v1 route', async () => {
    await sandbox.send('PUT', '/admin/faults', { down: true });
    const down = await sandbox.send('POST', '/v1/disconnects', { numbers: ['+15125550122'] });
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ type: 'unavailable', code: 'carrier_down' });
    await sandbox.send('PUT', '/admin/faults', { down: false, error_rate: 1 });
    expect((await sandbox.send('POST', '/v1/disconnects', { numbers: ['+15125550122'] })).body).toMatchObject({
      code: 'carrier_error',
    });
  });

  it.each([
    [{ numbers: [] }, 'numbers'],
    [{ numbers: ['5125550100'] }, 'numbers[0]'],
    [{ numbers: ['+15125550100', '+15125550100'] }, 'numbers'],
    [{ numbers: ['+15125550100'], reference: '' }, 'reference'],
    [{ numbers: ['+15125550100'], extra: true }, 'extra'],
  ])('rejects %j with a 400 naming %s', async (body, field) => {
    const res = await sandbox.send('POST', '/v1/disconnects', body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
