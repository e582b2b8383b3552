import { Module } from '@nestjs/common';
import { NumberActionsController } from './number-actions.controller';
import { NumberOrdersController } from './number-orders.controller';
import { NumberOrdersService } from './number-orders.service';

/** Buying numbers, releasing them and charged lookups: thin HTTP over ordering and inventory. */
@Module({ controllers: [NumberOrdersController, NumberActionsController], providers: [NumberOrdersService] })
export class NumberOrdersModule {}
