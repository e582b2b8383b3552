import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123044943 } from './Migration20261123044943';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [Migration20261123044943];
