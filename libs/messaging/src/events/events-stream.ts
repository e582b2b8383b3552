import { JetStreamManager, nanos, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import { allEventsSubject, allUsageRecordsSubject, eventsStreamName, usageRecordsStreamName } from '@did/contracts';

/** How long the stream keeps an event: a consumer created (or renamed) later replays up to this much. */
export const EVENTS_STREAM_MAX_AGE_DAYS = 30;

/**
 * Creates (or brings up to date) the JetStream stream that holds every domain event of a deployment.
 * Idempotent: every service calls it at boot, whichever starts first creates the stream.
 */
export function ensureEventsStream(jsm: JetStreamManager, prefix: string, duplicateWindowSeconds: number): Promise<string> {
  return ensureStream(jsm, eventsStreamName(prefix), allEventsSubject(prefix), duplicateWindowSeconds);
}

/** The stream the voice/messaging edge publishes detail records to (usage rates them): same rules as the events stream. */
export function ensureUsageRecordsStream(jsm: JetStreamManager, prefix: string, duplicateWindowSeconds: number): Promise<string> {
  return ensureStream(jsm, usageRecordsStreamName(prefix), allUsageRecordsSubject(prefix), duplicateWindowSeconds);
}

async function ensureStream(jsm: JetStreamManager, name: string, subject: string, duplicateWindowSeconds: number): Promise<string> {
  const config: Partial<StreamConfig> = {
    name,
    subjects: [subject],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // Publishes with the same Nats-Msg-Id inside this window are dropped: the relay's retry after a crash is harmless.
    duplicate_window: nanos(duplicateWindowSeconds * 1000),
    max_age: nanos(EVENTS_STREAM_MAX_AGE_DAYS * 24 * 3600 * 1000),
  };
  try {
    const existing = await jsm.streams.info(name);
    if (existing.config.duplicate_window !== config.duplicate_window) {
      await jsm.streams.update(name, { ...existing.config, duplicate_window: config.duplicate_window });
    }
  } catch (err) {
    if (!isNotFound(err)) throw err;
    try {
      await jsm.streams.add(config);
    } catch (addErr) {
      // Another service created it between our info() and add(): fine.
      if (!/already in use|exists/i.test((addErr as Error).message)) throw addErr;
    }
  }
  return name;
}

function isNotFound(err: unknown): boolean {
  const e = err as { code?: string; message?: string; api_error?: { err_code?: number } };
  return e.code === '404' || e.api_error?.err_code === 10059 || /not found/i.test(e.message ?? '');
}
