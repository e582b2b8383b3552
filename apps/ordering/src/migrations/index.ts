import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123044949 } from './Migration20261123044949';
import { Migration20261123060632 } from './Migration20261123060632';
import { Migration20261123062555 } from './Migration20261123062555';
import { Migration20261201191350 } from './Migration20261201191350';
import { Migration20261201191728 } from './Migration20261201191728';
import { Migration20261201200000 } from './Migration20261201200000';
import { Migration20261207190000 } from './Migration20261207190000';
import { Migration20261207210000 } from './Migration20261207210000';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [
  Migration20261123044949,
  Migration20261123060632,
  Migration20261123062555,
  Migration20261201191350,
  Migration20261201191728,
  Migration20261201200000,
  Migration20261207190000,
  Migration20261207210000,
];
