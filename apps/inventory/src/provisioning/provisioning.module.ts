import { Module } from '@nestjs/common';
import { CarrierModule } from '../carrier/carrier.module';
import { OrderIntake } from './order-intake';
import { Provisioner } from './provisioner';

/** Paid orders to the carrier and back: intake of number_order.placed, then submit, poll and apply. */
@Module({ imports: [CarrierModule], providers: [OrderIntake, Provisioner] })
export class ProvisioningModule {}
