import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_ENV } from './test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through Jest with the workspace preset (jest.preset.js)`);
  return value;
}

/**
 * A fresh database copied from the migrated template: every service schema, no rows. Copying a
 * template takes tens of milliseconds, so each test file gets its own and files run in parallel.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = required(TEST_ENV.template);
  const admin = required(TEST_ENV.adminUrl);
  const name = `did_t_${required(TEST_ENV.runId)}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database "${name}" template "${template}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
