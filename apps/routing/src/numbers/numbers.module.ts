import { Module } from '@nestjs/common';
import { EmergencyModule } from '../emergency/emergency.module';
import { NumberProjectionConsumer } from './number-projection.consumer';

/** Routing's projection of the registry (the numbers it may configure). */
@Module({ imports: [EmergencyModule], providers: [NumberProjectionConsumer] })
export class NumbersModule {}
