import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123044953 } from './Migration20261123044953';
import { Migration20261201194932 } from './Migration20261201194932';
import { Migration20261207215454 } from './Migration20261207215454';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [
  Migration20261123044953,
  Migration20261201194932,
  Migration20261207215454,
];
