import type { Constructor } from '@mikro-orm/core';
import { Account } from './accounts/entities/account.entity';
import { ApiKey } from './api-keys/entities/api-key.entity';
import { IdempotencyRecord } from './idempotency/entities/idempotency-record.entity';

/** Every entity of the gateway schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [Account, ApiKey, IdempotencyRecord];
