import type { Constructor } from '@mikro-orm/core';
import { PhoneNumber } from './registry/entities/phone-number.entity';
import { Reservation } from './reservations/entities/reservation.entity';

/** Every entity of the inventory schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [PhoneNumber, Reservation];
