import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module';
import { NumbersModule } from '../numbers/numbers.module';
import { TrafficController } from './traffic.controller';
import { TrafficService } from './traffic.service';

/** Calls and messages generated at a rate on random active numbers. */
@Module({ imports: [CallsModule, NumbersModule], controllers: [TrafficController], providers: [TrafficService] })
export class TrafficModule {}
