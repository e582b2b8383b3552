import { Module } from '@nestjs/common';
import { ActiveNumbers } from './active-numbers';
import { NumberEventsConsumer } from './number-events.consumer';
import { NumbersController } from './numbers.controller';

/** The active numbers, kept in memory from inventory's events. */
@Module({
  controllers: [NumbersController],
  providers: [{ provide: ActiveNumbers, useFactory: () => new ActiveNumbers() }, NumberEventsConsumer],
  exports: [ActiveNumbers],
})
export class NumbersModule {}
