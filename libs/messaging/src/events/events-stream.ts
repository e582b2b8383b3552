import { JetStreamManager, nanos, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import { allEventsSubject, allUsageRecordsSubject, eventsStreamName, usageRecordsStreamName } from '@did/contracts';

/** How long the stream keeps an event: a consumer created (or renamed) later replays up to this much. */
export const EVENTS_STREAM_MAX_AGE_DAYS = 30;

/**
 * Creates (or brings up to date) the JetStream stream that holds every domain event of a deployment.
 * Idempotent: every service calls it at boot, whichever starts first creates the stream. `replicas`
 * is NATS_STREAM_REPLICAS: 1 on one nats-server, 3 on a cluster.
 */
export function ensureEventsStream(
  jsm: JetStreamManager,
  prefix: string,
  duplicateWindowSeconds: number,
  replicas = 1,
): Promise<string> {
  return ensureStream(jsm, eventsStreamName(prefix), allEventsSubject(prefix), duplicateWindowSeconds, replicas);
}

/** The stream the voice/messaging edge publishes detail records to (usage rates them): same rules as the events stream. */
export function ensureUsageRecordsStream(
  jsm: JetStreamManager,
  prefix: string,
  duplicateWindowSeconds: number,
  replicas = 1,
): Promise<string> {
  return ensureStream(
    jsm,
    usageRecordsStreamName(prefix),
    allUsageRecordsSubject(prefix),
    duplicateWindowSeconds,
    replicas,
  );
}

async function ensureStream(
  jsm: JetStreamManager,
  name: string,
  subject: string,
  duplicateWindowSeconds: number,
  replicas: number,
): Promise<string> {
  const config: Partial<StreamConfig> = {
    name,
    subjects: [subject],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // Publishes with the same Nats-Msg-Id inside this window are dropped: the relay's retry after a crash is harmless.
    duplicate_window: nanos(duplicateWindowSeconds * 1000),
    max_age: nanos(EVENTS_STREAM_MAX_AGE_DAYS * 24 * 3600 * 1000),
    num_replicas: replicas,
  };
  const existing = await jsm.streams.info(name).catch((err) => {
    if (isNotFound(err)) return null;
    throw err;
  });
  if (!existing) {
    try {
      await jsm.streams.add(config);
    } catch (addErr) {
      // Another service created it between our info() and add(): fine.
      if (/already in use|exists/i.test((addErr as Error).message)) return name;
      throw replicas > 1 ? replicasError(name, 0, replicas, addErr) : addErr;
    }
    return name;
  }
  if (existing.config.duplicate_window !== config.duplicate_window || existing.config.num_replicas !== replicas) {
    // A lone nats-server (no cluster info on the stream) would store the count and still keep one copy: refuse instead.
    if (replicas > 1 && !existing.cluster)
      throw replicasError(
        name,
        existing.config.num_replicas,
        replicas,
        new Error('this nats-server is not part of a cluster'),
      );
    // A cluster moves the stream to the new replica count itself.
    await jsm.streams
      .update(name, { ...existing.config, duplicate_window: config.duplicate_window, num_replicas: replicas })
      .catch((updateErr) => {
        throw replicasError(name, existing.config.num_replicas, replicas, updateErr);
      });
  }
  return name;
}

/** nats-server's refusal, with what to do about it: the replica count is the one setting of ours a lone server cannot take. */
function replicasError(name: string, had: number, wanted: number, cause: unknown): Error {
  const why = (cause as Error).message;
  if (had === wanted) return cause as Error;
  const what = had
    ? `change stream ${name} from ${had} to ${wanted} replicas`
    : `create stream ${name} with ${wanted} replicas`;
  return new Error(
    `JetStream refused to ${what} (${why}): ${wanted} replicas need a JetStream cluster of at least ${wanted} nodes. ` +
      `Set NATS_STREAM_REPLICAS to what the servers have (1 for one nats-server, 3 for a 3-node cluster).`,
  );
}

function isNotFound(err: unknown): boolean {
  const e = err as { code?: string; message?: string; api_error?: { err_code?: number } };
  return e.code === '404' || e.api_error?.err_code === 10059 || /not found/i.test(e.message ?? '');
}
