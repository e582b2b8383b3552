import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { type CarrierOrder, CreateCarrierOrderBody } from '@did/contracts';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { presentOrder } from './order.presenter';
import { OrdersService } from './orders.service';

@Controller('v1/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  /** 202: accepted; every number is `pending` until the order completes. */
  @Post()
  @HttpCode(202)
  async create(
    @Body(new ZodValidationPipe(CreateCarrierOrderBody)) body: CreateCarrierOrderBody,
  ): Promise<CarrierOrder> {
    return presentOrder(await this.orders.create(body));
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<CarrierOrder> {
    return presentOrder(await this.orders.get(id));
  }
}
