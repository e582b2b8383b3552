import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { BillingWorld, startBillingWorld } from './billing-world';
import { OPERATOR_KEY } from './gateway-fixture';

type Key = { id: string; key: string };

/** Operators list and re-drive dead letters through the gateway, and the service's CLI lists them. */
describe('dead letters: GET /v1/operator/dead-letters, POST .../actions/redrive (gateway + ordering)', () => {
  let w: BillingWorld;
  let partner: Key;
  const operator = { id: 'operator', key: OPERATOR_KEY };
  const call = (method: string, path: string, who: Key, options: { body?: unknown } = {}) =>
    w.gw.call(method, path, { key: who.key, ...options });
  const rows = async (text: string, params: unknown[] = []) =>
    (
      await w.ordering
        .get(EntityManager)
        .fork()
        .getKnex()
        .raw(text, params as never[])
    ).rows;

  beforeAll(async () => {
    w = await startBillingWorld();
    partner = await w.gw.newPartner('Dead Letters Partner');
    await call('GET', '/v1/balance', partner); // opens the wallet
  });
  afterAll(() => w?.close());

  /** A usage.rated the ordering consumer gave up on, stored as the runner stores one. */
  async function deadLetteredCharge(
    amount: number,
  ): Promise<{ id: string; chargeId: string; envelope: object & { id: string } }> {
    const chargeId = sortableId('uch');
    const envelope = {
      id: sortableId('evt'),
      type: Events.UsageRated.type,
      version: 1,
      occurred_at: new Date().toISOString(),
      producer: 'usage',
      account_id: partner.id,
      partner_id: null,
      data: {
        charge_id: chargeId,
        account_id: partner.id,
        partner_id: null,
        currency: 'USD',
        amount_cents: amount,
        record_count: 1,
        first_record_at: '2026-03-01T10:00:00.000Z',
        last_record_at: '2026-03-01T10:00:00.000Z',
      },
    };
    const [row] = await rows(
      `insert into ordering.dead_letters (consumer, event_id, event_type, subject, payload, error, attempts, failed_at) values ('ordering-usage-charges', ?, ?, ?, ?, 'the database refused it', 5, now()) returning id::text`,
      [envelope.id, envelope.type, `${w.world.prefix}.events.${envelope.type}`, JSON.stringify(envelope)],
    );
    return { id: row.id, chargeId, envelope };
  }

  it("lists a service's dead letters and re-drives one once: the charge is applied and the dead letter is gone", async () => {
    const { id, chargeId } = await deadLetteredCharge(40);
    const listed = await call('GET', '/v1/operator/dead-letters?service=ordering', operator);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        id,
        consumer: 'ordering-usage-charges',
        event_type: 'usage.rated',
        error: 'the database refused it',
      }),
    ]);

    const redriven = await call('POST', `/v1/operator/dead-letters/ordering/${id}/actions/redrive`, operator);
    expect(redriven.status).toBe(200);
    expect(redriven.body).toMatchObject({ outcome: 'applied', consumer: 'ordering-usage-charges' });
    expect(await rows(`select amount_cents from ordering.usage_charges where charge_id = ?`, [chargeId])).toEqual([
      { amount_cents: '40' },
    ]);
    expect(await rows(`select id from ordering.dead_letters where id = ?`, [id])).toEqual([]);
    expect(
      (await call('POST', `/v1/operator/dead-letters/ordering/${id}/actions/redrive`, operator)).body,
    ).toMatchObject({ code: 'dead_letter_not_found' });
  });

  it('a dead letter whose event was applied meanwhile is re-driven as already_applied: nothing twice', async () => {
    const first = await deadLetteredCharge(7);
    expect(
      (await call('POST', `/v1/operator/dead-letters/ordering/${first.id}/actions/redrive`, operator)).body,
    ).toMatchObject({ outcome: 'applied' });
    // The same event dead-lettered again (another replica gave up on a redelivery of it).
    const [again] = await rows(
      `insert into ordering.dead_letters (consumer, event_id, event_type, subject, payload, error, attempts, failed_at) values ('ordering-usage-charges', ?, 'usage.rated', 's', ?, 'e', 5, now()) returning id::text`,
      [first.envelope.id, JSON.stringify(first.envelope)],
    );
    const owedBefore = await rows(`select owed_cents from ordering.wallets where account_id = ?`, [partner.id]);
    expect(
      (await call('POST', `/v1/operator/dead-letters/ordering/${again.id}/actions/redrive`, operator)).body,
    ).toMatchObject({ outcome: 'already_applied' });
    expect(await rows(`select owed_cents from ordering.wallets where account_id = ?`, [partner.id])).toEqual(
      owedBefore,
    );
    expect(await rows(`select 1 from ordering.usage_charges where charge_id = ?`, [first.chargeId])).toHaveLength(1);
    expect(await rows(`select id from ordering.dead_letters where id = ?`, [again.id])).toEqual([]);
  });

  it('is for the operator only; a bad service is 400 naming the field', async () => {
    expect((await call('GET', '/v1/operator/dead-letters?service=ordering', partner)).body).toMatchObject({
      code: 'operator_only',
    });
    expect((await call('GET', '/v1/operator/dead-letters?service=nope', operator)).body).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'query.service' })],
    });
  });

  it('the service CLI lists them too: main.js dead-letters list', async () => {
    await deadLetteredCharge(3);
    const root = path.resolve(__dirname, '../../..');
    // Asynchronous: ordering answers from this very process, whose event loop must keep running.
    const out = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        './tools/jest/swc-cached-register.js',
        '-r',
        'tsconfig-paths/register',
        'apps/ordering/src/main.ts',
        'dead-letters',
        'list',
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: w.world.db.url,
          NATS_URL: w.world.config.NATS_URL,
          NATS_PREFIX: w.world.prefix,
          LOG_LEVEL: 'error',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const listed = JSON.parse(out.stdout);
    expect(listed.data[0]).toMatchObject({
      record_type: 'dead_letter',
      service: 'ordering',
      consumer: 'ordering-usage-charges',
    });
  });
});
