import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AccountDefaultsController } from './account-defaults.controller';
import { EmergencyAddressesController } from './emergency-addresses.controller';
import { NumberEmergencyController } from './number-emergency.controller';
import { RoutingService } from './routing.service';

/** Account defaults, E911 addresses, numbers' 911 service and compliance: thin HTTP over the routing service. */
@Module({
  imports: [AccountsModule],
  controllers: [AccountDefaultsController, EmergencyAddressesController, NumberEmergencyController],
  providers: [RoutingService],
})
export class RoutingModule {}
