import type { Constructor } from '@mikro-orm/core';
import { NumberComplianceRow } from './compliance/entities/number-compliance.entity';
import { AccountDefaultsRow } from './defaults/entities/account-defaults.entity';
import { EmergencyAddressRow } from './emergency/entities/emergency-address.entity';
import { NumberEmergencyRow } from './emergency/entities/number-emergency.entity';
import { RoutedNumber } from './numbers/entities/routed-number.entity';
import { NumberSettingsRow } from './settings/entities/number-settings.entity';

/** Every entity of the routing schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [
  RoutedNumber,
  NumberSettingsRow,
  AccountDefaultsRow,
  EmergencyAddressRow,
  NumberEmergencyRow,
  NumberComplianceRow,
];
