import { BaseConfig, BaseConfigSchema } from '@did/config';
import { createTestDatabase, TestDatabase } from './test-database';
import { deleteNatsPrefix, newNatsPrefix, testNatsUrl } from './test-nats';

/** One test file's private world: its own database and NATS prefix, and the base configuration pointing at them. */
export interface TestWorld {
  db: TestDatabase;
  prefix: string;
  config: BaseConfig;
  /** Configuration for a service with extra settings: parsed by that service's own schema. */
  configFor<T>(parse: (env: Record<string, string | undefined>) => T, extra?: Record<string, string>): T;
  cleanup(): Promise<void>;
}

export async function createTestWorld(): Promise<TestWorld> {
  const db = await createTestDatabase();
  const prefix = newNatsPrefix();
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    NATS_URL: testNatsUrl(),
    NATS_PREFIX: prefix,
    OUTBOX_POLL_MS: '50',
    RPC_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'error',
    // A full run has up to six test files at once, each with several services, on one PostgreSQL of
    // max_connections 100 (the default): ten connections a service ran it out ("too many clients").
    DATABASE_POOL_MAX: '4',
  };
  return {
    db,
    prefix,
    config: BaseConfigSchema.parse(env),
    configFor: (parse, extra = {}) => parse({ ...env, ...extra }),
    cleanup: async () => {
      await deleteNatsPrefix(prefix);
      await db.drop();
    },
  };
}
