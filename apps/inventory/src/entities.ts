import type { Constructor } from '@mikro-orm/core';
import { ComplianceGate } from './compliance-gate/entities/compliance-gate.entity';
import { Connection } from './connections/entities/connection.entity';
import { ProvisioningOrder } from './provisioning/entities/provisioning-order.entity';
import { NumberHistory } from './registry/entities/number-history.entity';
import { PhoneNumber } from './registry/entities/phone-number.entity';
import { PendingDisconnect } from './releases/entities/pending-disconnect.entity';
import { Reservation } from './reservations/entities/reservation.entity';

/** Every entity of the inventory schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [
  PhoneNumber,
  Reservation,
  NumberHistory,
  ProvisioningOrder,
  PendingDisconnect,
  Connection,
  ComplianceGate,
];
