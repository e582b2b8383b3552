import type { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamManager } from 'nats';
import { eventsStreamName } from '@did/contracts';
import { sql } from '@did/persistence';

/** What the messaging tables of one service hold now: the backlog operators alert on. */
export interface MessagingBacklog {
  outboxUnpublished: number;
  /** Seconds since the oldest unpublished outbox row occurred (service clock; 0 when none): a relay that stopped shows here first. */
  oldestUnpublishedAgeSeconds: number;
  deadLetters: number;
}

/** Where one durable consumer stands on the events stream. */
export interface ConsumerLag {
  durable: string;
  /** Messages of its filter not yet delivered. */
  pending: number;
  /** Delivered, not yet acknowledged. */
  ackPending: number;
  /** Delivered more than once and not yet acknowledged. */
  redelivered: number;
}

/** Reads the outbox and dead-letter backlog of `orm`'s schema (two indexed counts). */
export async function messagingBacklog(orm: MikroORM, now: Date): Promise<MessagingBacklog> {
  const schema = orm.config.get('schema');
  const em = orm.em.fork();
  const [outbox] = await sql<{ n: number; oldest: string | null }>(
    em,
    `select count(*)::int as n, min(occurred_at) as oldest from "${schema}"."outbox_events" where published_at is null`,
  );
  const [dead] = await sql<{ n: number }>(em, `select count(*)::int as n from "${schema}"."dead_letters"`);
  return {
    outboxUnpublished: outbox.n,
    oldestUnpublishedAgeSeconds: outbox.oldest
      ? Math.max(0, (now.getTime() - new Date(outbox.oldest).getTime()) / 1000)
      : 0,
    deadLetters: dead.n,
  };
}

/** The lag of each of `durables` on the events stream of `prefix`; a durable not created yet is left out. */
export async function consumerLag(
  jsm: JetStreamManager,
  prefix: string,
  durables: readonly string[],
): Promise<ConsumerLag[]> {
  const stream = eventsStreamName(prefix);
  const lags: ConsumerLag[] = [];
  for (const durable of durables) {
    const info = await jsm.consumers.info(stream, durable).catch(() => null);
    if (info)
      lags.push({
        durable,
        pending: info.num_pending,
        ackPending: info.num_ack_pending,
        redelivered: info.num_redelivered,
      });
  }
  return lags;
}
