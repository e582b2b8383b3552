import { NatsConnection } from 'nats';
import { eventsStreamName, usageRecordsStreamName } from '@did/contracts';
import { CheckResult } from './check';

/** The services created both streams with NATS_STREAM_REPLICAS=3, and after the kill and restart every replica is current again. */
export async function checkStreams(nc: NatsConnection, prefix: string, replicas: number): Promise<CheckResult> {
  const jsm = await nc.jetstreamManager();
  const problems: string[] = [];
  const figures: string[] = [];
  for (const name of [eventsStreamName(prefix), usageRecordsStreamName(prefix)]) {
    const info = await jsm.streams.info(name).catch((err: Error) => err);
    if (info instanceof Error) {
      problems.push(`${name}: ${info.message}`);
      continue;
    }
    const peers = info.cluster?.replicas ?? [];
    figures.push(
      `${name} R${info.config.num_replicas} leader ${info.cluster?.leader ?? 'none'}, peers ${peers.map((p) => `${p.name}${p.current ? '' : ' (behind)'}${p.offline ? ' (offline)' : ''}`).join(' ')}, ${info.state.messages} messages`,
    );
    if (info.config.num_replicas !== replicas)
      problems.push(`${name} has ${info.config.num_replicas} replicas, not ${replicas}`);
    if (!info.cluster?.leader) problems.push(`${name} has no leader`);
    if (peers.length !== replicas - 1 || peers.some((p) => !p.current || p.offline))
      problems.push(`${name}: peers ${JSON.stringify(peers)}`);
  }
  return {
    name: `streams are R${replicas} on the cluster, every replica current`,
    figures: figures.join('; '),
    problems,
  };
}
