import { Module } from '@nestjs/common';
import { EmergencyModule } from '../emergency/emergency.module';
import { NumberProjectionConsumer } from './number-projection.consumer';
import { AccountDebtsConsumer } from './account-debts.consumer';

/** Routing's projection of the registry (the numbers it may configure) and of which payers owe usage. */
@Module({ imports: [EmergencyModule], providers: [NumberProjectionConsumer, AccountDebtsConsumer] })
export class NumbersModule {}
