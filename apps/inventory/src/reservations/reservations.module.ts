import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { ReservationSweeper } from './reservation-sweeper';
import { ReservationsHandler } from './reservations.handler';
import { ReservationsService } from './reservations.service';

@Module({
  imports: [RegistryModule],
  controllers: [ReservationsHandler],
  providers: [ReservationsService, ReservationSweeper],
})
export class ReservationsModule {}
