import { Module } from '@nestjs/common';
import { ActivationScheduler } from './activation.scheduler';
import { CallbackSender } from './callback.sender';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';

@Module({ controllers: [OrdersController], providers: [OrdersService, ActivationScheduler, CallbackSender] })
export class OrdersModule {}
