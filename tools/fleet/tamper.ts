import type { Query } from './checks/check';
import type { Replica } from './fleet';
import type { WebhookReceiver } from './webhook-receiver';

/**
 * FLEET_TAMPER=<check>[,<check>...]: breaks, after the fleet settled, exactly what that check guards, to show the
 * check fails when it should (`streams` is given to the services instead: they create R1 streams).
 */
export const TAMPERS = ['streams', 'orders', 'ledgers', 'webhooks', 'dead-letters', 'replicas'] as const;
export type Tamper = (typeof TAMPERS)[number];

/** Applies each tamper in turn; returns what was done. */
export async function tamperAll(
  which: Tamper[],
  q: Query,
  receiver: WebhookReceiver,
  victim: Replica,
): Promise<string[]> {
  const notes: string[] = [];
  for (const what of which) notes.push(`${what}: ${await tamper(what, q, receiver, victim)}`);
  return notes;
}

async function tamper(what: Tamper, q: Query, receiver: WebhookReceiver, victim: Replica): Promise<string> {
  switch (what) {
    case 'streams':
      return 'the services were given NATS_STREAM_REPLICAS=1';
    case 'orders': {
      // A refund path skipped: one failed number's refund is gone (its wallet no longer adds up either).
      // Ledger entries are immutable (a trigger): a replica's session role skips the trigger for this one delete.
      const [row] = await q(`select id, idempotency_key from ordering.ledger_entries where kind = 'refund' limit 1`);
      if (!row) return 'no refund to delete (no number failed at the carrier this run)';
      await q(
        `begin; set local session_replication_role = replica; delete from ordering.ledger_entries where id = '${String(row.id).replace(/'/g, "''")}'; commit`,
      );
      return `deleted refund ${row.idempotency_key}`;
    }
    case 'ledgers': {
      const [row] = await q(
        `update ordering.wallets set balance_cents = balance_cents + 1 where id = (select id from ordering.wallets limit 1) returning account_id`,
      );
      return `added a cent to the balance of ${row.account_id} without a ledger entry`;
    }
    case 'webhooks': {
      // A webhook lost on its way: the receiver forgets every attempt at one event.
      const victim = receiver.deliveries.find((d) => d.status < 300)?.webhookId;
      receiver.deliveries.splice(
        0,
        receiver.deliveries.length,
        ...receiver.deliveries.filter((d) => d.webhookId !== victim),
      );
      return `the receiver dropped every attempt at ${victim}`;
    }
    case 'dead-letters':
      await q(
        `insert into ordering.dead_letters (consumer, event_id, event_type, subject, payload, error, attempts, failed_at) values ('fleet', 'evt_x', 'x', 'x', '{}', 'tampered', 1, now())`,
      );
      return 'inserted a dead letter into ordering.dead_letters';
    case 'replicas': {
      // A crash nobody planned: the replica is killed behind its Replica's back.
      const pid = victim.pid;
      process.kill(pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 1_000));
      return `SIGKILLed ${victim.name} (pid ${pid}) outside the fault plan`;
    }
  }
}
