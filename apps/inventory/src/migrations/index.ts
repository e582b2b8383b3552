import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123044946 } from './Migration20261123044946';
import { Migration20261123053819 } from './Migration20261123053819';
import { Migration20261123061708 } from './Migration20261123061708';
import { Migration20261201191757 } from './Migration20261201191757';
import { Migration20261201193452 } from './Migration20261201193452';
import { Migration20261201201451 } from './Migration20261201201451';
import { Migration20261201222513 } from './Migration20261201222513';
import { Migration20261208010733 } from './Migration20261208010733';
import { Migration20261208025423 } from './Migration20261208025423';

/** Every migration of this schema, in order. Add each new migration here (see docs/operations.md, "Adding a migration"). */
export const MIGRATIONS: Constructor<Migration>[] = [
  Migration20261123044946,
  Migration20261123053819,
  Migration20261123061708,
  Migration20261201191757,
  Migration20261201193452,
  Migration20261201201451,
  Migration20261201222513,
  Migration20261208010733,
  Migration20261208025423,
];
