import { NatsConnection } from 'nats';
import { eventsStreamName } from '@did/contracts';
import { waitUntil } from '../dev/probe';
import type { Query } from './checks/check';
import { NatsCluster } from './cluster';
import { Replica } from './fleet';
import { FleetPostgres } from './postgres';

/** How long a kill waits for its replica's service to be mid-work (an order placing, a webhook due) before striking anyway. */
const BUSY_WAIT_MS = 3_000;

/** What was done to the fleet, when (ms after the burst began) and to which process. */
export interface Injection {
  atMs: number;
  what: string;
}

export interface FaultTargets {
  cluster: NatsCluster;
  nc: NatsConnection;
  prefix: string;
  ordering: Replica;
  notifications: Replica;
  postgres: FleetPostgres;
  q: Query;
}

/** When each fault strikes, in ms after the burst began (the burst's requests start over its whole spread). */
export interface FaultTimes {
  natsKill: number;
  orderingKill: number;
  notificationsKill: number;
  postgresRestart: number;
  /** The killed NATS node and replicas come back, as a supervisor would bring them. */
  recover: number;
}

/** Spreads the faults over the burst: the three kills, the PostgreSQL restart, then everything killed comes back. */
export function faultTimes(spreadMs: number): FaultTimes {
  return {
    natsKill: spreadMs * 0.15,
    orderingKill: spreadMs * 0.3,
    notificationsKill: spreadMs * 0.45,
    postgresRestart: spreadMs * 0.6,
    recover: spreadMs * 0.8,
  };
}

/**
 * Runs the faults against the fleet while the burst runs. The NATS node killed is the one leading the
 * events stream at that moment: the hardest node to lose.
 */
export async function injectFaults(targets: FaultTargets, times: FaultTimes, startedAt: number): Promise<Injection[]> {
  const done: Injection[] = [];
  const at = async (ms: number, work: () => Promise<string>) => {
    await new Promise((r) => setTimeout(r, Math.max(0, startedAt + ms - Date.now())));
    const atMs = Date.now() - startedAt;
    done.push({ atMs, what: await work() });
  };
  let natsVictim = '';
  await at(times.natsKill, async () => {
    natsVictim = await streamLeader(targets);
    const pid = await targets.cluster.kill(natsVictim);
    return `kill -9 NATS node ${natsVictim} (pid ${pid}), leader of stream ${eventsStreamName(targets.prefix)}`;
  });
  await at(times.orderingKill, async () => {
    const busy = await busyWith(
      targets.q,
      `select count(*)::int as n from ordering.number_orders where status = 'placing'`,
    );
    return `kill -9 ${targets.ordering.name} (pid ${await targets.ordering.kill()})${busy ? ', with an order placing' : ''}`;
  });
  await at(times.notificationsKill, async () => {
    const busy = await busyWith(
      targets.q,
      `select count(*)::int as n from notifications.webhook_deliveries where status = 'pending'`,
    );
    return `kill -9 ${targets.notifications.name} (pid ${await targets.notifications.kill()})${busy ? ', with webhook deliveries pending' : ''}`;
  });
  await at(times.postgresRestart, async () => {
    const began = Date.now();
    const logged = targets.postgres.log.length;
    await targets.postgres.restart();
    return `PostgreSQL stopped (fast shutdown) and started again on its data folder: down ${Date.now() - began} ms, ${targets.postgres.fatalsSince(logged)} connection attempts refused meanwhile`;
  });
  await at(times.recover, async () => {
    const nats = await targets.cluster.restart(natsVictim);
    const ordering = await targets.ordering.start();
    const notifications = await targets.notifications.start();
    return `restarted ${natsVictim} (pid ${nats}), ${targets.ordering.name} (pid ${ordering}), ${targets.notifications.name} (pid ${notifications})`;
  });
  return done;
}

/** Waits a little for the service to be mid-work (either replica may be doing it); tells whether it was. */
async function busyWith(q: Query, countSql: string): Promise<boolean> {
  return waitUntil(
    async () => ((await q<{ n: number }>(countSql).catch(() => [{ n: 0 }]))[0]?.n ?? 0) > 0,
    BUSY_WAIT_MS,
    20,
  );
}

async function streamLeader(targets: FaultTargets): Promise<string> {
  const info = await (await targets.nc.jetstreamManager()).streams.info(eventsStreamName(targets.prefix));
  return info.cluster?.leader ?? targets.cluster.names()[0];
}
