import { Module } from '@nestjs/common';
import { CarrierE911Client } from './carrier-e911.client';
import { EmergencyAddressesService } from './emergency-addresses.service';
import { EmergencyHandler } from './emergency.handler';
import { EmergencyProvisioner } from './emergency-provisioner';
import { NumberEmergencyService } from './number-emergency.service';

/** E911: addresses validated by the carrier, each number's 911 service and the loop that provisions it. */
@Module({
  controllers: [EmergencyHandler],
  providers: [CarrierE911Client, EmergencyAddressesService, NumberEmergencyService, EmergencyProvisioner],
  exports: [NumberEmergencyService, EmergencyProvisioner],
})
export class EmergencyModule {}
