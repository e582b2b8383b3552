import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123044959 } from './Migration20261123044959';
import { Migration20261123054332 } from './Migration20261123054332';
import { Migration20261123060611 } from './Migration20261123060611';
import { Migration20261201194800 } from './Migration20261201194800';
import { Migration20261202035352 } from './Migration20261202035352';
import { Migration20261208010856 } from './Migration20261208010856';
import { Migration20261208025421 } from './Migration20261208025421';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [
  Migration20261123044959,
  Migration20261123054332,
  Migration20261123060611,
  Migration20261201194800,
  Migration20261202035352,
  Migration20261208010856,
  Migration20261208025421,
];
