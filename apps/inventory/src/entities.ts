import type { Constructor } from '@mikro-orm/core';

/** Every entity of the inventory schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [];
