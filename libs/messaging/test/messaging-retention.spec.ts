import { sortableId } from '@did/service-kit';
import { INBOX_RETENTION_DAYS, MessagingRetention } from '../src';
import { BusFixture, createBusFixture } from './bus-fixture';

const DAY = 86_400_000;

describe('MessagingRetention: the outbox, inbox and dead letters keep their retention, not every event ever (real PostgreSQL)', () => {
  let bus: BusFixture;
  const now = new Date('2026-12-01T12:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const exec = (sql: string, params: unknown[] = []) => bus.orm.em.getConnection().execute(sql, params as never[]);
  const ids = async (table: string, column = 'id') =>
    ((await exec(`select ${column} as id from bus_test.${table} order by 1`)) as { id: string }[]).map((r) => r.id);

  beforeAll(async () => {
    bus = await createBusFixture();
  });

  afterAll(async () => {
    await bus.close();
  });

  it('deletes published outbox rows past OUTBOX_RETENTION_DAYS, inbox rows of its consumers and dead letters past the stream age plus a day; keeps the rest', async () => {
    const outbox = {
      oldPublished: sortableId('evt', ago(8)),
      oldUnpublished: sortableId('evt', ago(20)),
      recentPublished: sortableId('evt', ago(6)),
    };
    for (const [name, id] of Object.entries(outbox)) {
      await exec(
        `insert into bus_test.outbox_events (id, type, envelope, occurred_at, published_at, publish_attempts) values (?, 'account.created', '{}', ?, ?, 0)`,
        [id, now, name.endsWith('Unpublished') ? null : now],
      );
    }
    // `lateOld`: minted long ago but published (and processed) lately, after an outage: still in the stream, so kept.
    const inbox = {
      old: sortableId('evt', ago(INBOX_RETENTION_DAYS + 1)),
      lateOld: sortableId('evt', ago(INBOX_RETENTION_DAYS + 2)),
      recent: sortableId('evt', ago(INBOX_RETENTION_DAYS - 1)),
    };
    const processedAt = { old: ago(INBOX_RETENTION_DAYS + 1), lateOld: ago(3), recent: ago(INBOX_RETENTION_DAYS - 1) };
    for (const consumer of ['mine', 'not-mine']) {
      for (const [name, id] of Object.entries(inbox)) {
        await exec(
          `insert into bus_test.inbox_records (consumer, event_id, event_type, processed_at) values (?, ?, 'account.created', ?)`,
          [consumer, id, processedAt[name as keyof typeof processedAt]],
        );
      }
    }
    for (const [id, failedAt] of [
      ['evt_dl_old', ago(INBOX_RETENTION_DAYS + 1)],
      ['evt_dl_new', ago(1)],
    ] as const) {
      await exec(
        `insert into bus_test.dead_letters (consumer, event_id, event_type, subject, payload, error, attempts, failed_at) values ('mine', ?, 'x', 's', '{}', 'e', 5, ?)`,
        [id, failedAt],
      );
    }

    const retention = new MessagingRetention(
      bus.orm,
      { now: () => now },
      { outboxRetentionDays: 7, intervalMs: 0, consumers: () => ['mine'] },
    );
    expect(await retention.purgeOnce()).toEqual({ outbox: 1, inbox: 1 });

    expect(await ids('outbox_events')).toEqual([outbox.oldUnpublished, outbox.recentPublished].sort());
    const left = (await exec(`select consumer, event_id from bus_test.inbox_records order by consumer, event_id`)) as {
      consumer: string;
      event_id: string;
    }[];
    const sorted = (...ids: string[]) => ids.sort();
    expect(left).toEqual([
      ...sorted(inbox.lateOld, inbox.recent).map((event_id) => ({ consumer: 'mine', event_id })),
      ...sorted(inbox.lateOld, inbox.old, inbox.recent).map((event_id) => ({ consumer: 'not-mine', event_id })),
    ]);
    // Dead letters are events nobody applied: kept however old, until an operator deals with them.
    expect(await ids('dead_letters', 'event_id')).toEqual(['evt_dl_new', 'evt_dl_old']);
    // Nothing more to do: a second pass deletes nothing.
    expect(await retention.purgeOnce()).toEqual({ outbox: 0, inbox: 0 });
  });
});
