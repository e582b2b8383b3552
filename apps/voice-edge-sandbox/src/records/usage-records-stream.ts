import { JetStreamManager, nanos, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import { allUsageRecordsSubject, usageRecordsStreamName } from '@did/contracts';

/** How long the stream keeps a detail record: usage's consumer may fall this far behind and still rate it. */
export const USAGE_RECORDS_MAX_AGE_DAYS = 30;
/** The edge retries a publish within seconds; two minutes of remembered record ids covers that at a fraction of the memory of the events stream's window. */
export const USAGE_RECORDS_DUPLICATE_WINDOW_S = 120;

/**
 * Creates the JetStream stream of edge detail records when it is missing; an existing one is left as
 * it is (its owner may have tuned it). Idempotent, safe when several publishers start at once.
 * TODO(issue 15): move beside ensureEventsStream in libs/messaging once usage consumes the stream.
 */
export async function ensureUsageRecordsStream(jsm: JetStreamManager, prefix: string): Promise<string> {
  const name = usageRecordsStreamName(prefix);
  const config: Partial<StreamConfig> = {
    name,
    subjects: [allUsageRecordsSubject(prefix)],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // A record re-published with the same Nats-Msg-Id (= record_id) inside this window is dropped.
    duplicate_window: nanos(USAGE_RECORDS_DUPLICATE_WINDOW_S * 1000),
    max_age: nanos(USAGE_RECORDS_MAX_AGE_DAYS * 24 * 3600 * 1000),
  };
  try {
    await jsm.streams.info(name);
    return name;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  try {
    await jsm.streams.add(config);
  } catch (err) {
    // Another publisher created it between our info() and add(): fine.
    if (!/already in use|exists/i.test((err as Error).message)) throw err;
  }
  return name;
}

function isNotFound(err: unknown): boolean {
  const e = err as { code?: string; message?: string; api_error?: { err_code?: number } };
  return e.code === '404' || e.api_error?.err_code === 10059 || /not found/i.test(e.message ?? '');
}
