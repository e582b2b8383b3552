import { Module } from '@nestjs/common';
import { AvailableNumbersController } from './available-numbers.controller';
import { AvailableNumbersService } from './available-numbers.service';
import { NumberReservationsController } from './number-reservations.controller';
import { NumberReservationsService } from './number-reservations.service';

/** Number search and reservations: thin HTTP over the inventory service. */
@Module({
  controllers: [AvailableNumbersController, NumberReservationsController],
  providers: [AvailableNumbersService, NumberReservationsService],
})
export class NumbersModule {}
