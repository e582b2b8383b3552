import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123045002 } from './Migration20261123045002';
import { Migration20261123054722 } from './Migration20261123054722';
import { Migration20261201191510 } from './Migration20261201191510';
import { Migration20261201195000 } from './Migration20261201195000';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [
  Migration20261123045002,
  Migration20261123054722,
  Migration20261201191510,
  Migration20261201195000,
];
