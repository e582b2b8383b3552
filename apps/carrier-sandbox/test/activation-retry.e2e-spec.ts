import { MikroORM } from '@mikro-orm/postgresql';
import { waitFor } from '@did/testing';
import { ActivationScheduler } from '../src/orders/activation.scheduler';
import { Sandbox, startSandbox } from './sandbox-app';

/*
 * Found by the fleet test (docs/fleet-test.md): an order whose activation time came while PostgreSQL
 * was restarting stayed pending for good, and the platform polled it until its deadline.
 */
describe('an activation that meets an unreachable database', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    // Long enough that the table is gone before the activation comes, on the slowest machine.
    sandbox = await startSandbox({ ACTIVATION_DELAY_MS: '3000', FAILURE_RATE: '0' });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('is tried again until the order completes', async () => {
    const scheduler = sandbox.app.get(ActivationScheduler);
    const complete = scheduler.complete.bind(scheduler);
    const failures: string[] = [];
    // The real completion, with its failures recorded: the test waits for one before giving the table back.
    jest.spyOn(scheduler, 'complete').mockImplementation((id) =>
      complete(id).catch((err: Error) => {
        failures.push(err.message);
        throw err;
      }),
    );
    const knex = (sandbox.app.get(MikroORM) as MikroORM).em.fork().getKnex();
    const placed = await sandbox.send('POST', '/v1/orders', { numbers: ['+15125550901'], reference: 'retry-1' });
    expect(placed.status).toBe(202);

    // The orders table out of reach: what the completion meets while the database restarts.
    await knex.raw('alter table carrier_sandbox.orders rename to orders_away');
    try {
      await waitFor(() => failures.length > 0, { what: 'a failed completion', timeoutMs: 30_000 });
    } finally {
      await knex.raw('alter table carrier_sandbox.orders_away rename to orders');
    }

    const done = await waitFor(
      async () => {
        const res = await sandbox.get(`/v1/orders/${placed.body.id}`);
        return res.body.status === 'completed' && res.body;
      },
      { what: 'the order to complete after the database came back', timeoutMs: 30_000 },
    );
    expect(done.numbers).toEqual([expect.objectContaining({ phone_number: '+15125550901', status: 'active' })]);
    expect(failures[0]).toMatch(/orders/);
  });
});
