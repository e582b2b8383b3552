import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261207193000 } from './Migration20261207193000';
import { Migration20261208013000 } from './Migration20261208013000';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [Migration20261207193000, Migration20261208013000];
