import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123044956 } from './Migration20261123044956';
import { Migration20261201193848 } from './Migration20261201193848';
import { Migration20261207200000 } from './Migration20261207200000';
import { Migration20261207230000 } from './Migration20261207230000';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [
  Migration20261123044956,
  Migration20261201193848,
  Migration20261207200000,
  Migration20261207230000,
];
