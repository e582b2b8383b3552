import type { Constructor } from '@mikro-orm/core';
import { CarrierDisconnect } from './disconnects/entities/carrier-disconnect.entity';
import { CarrierOrder } from './orders/entities/carrier-order.entity';

/** Every entity of the carrier-sandbox schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [CarrierOrder, CarrierDisconnect];
