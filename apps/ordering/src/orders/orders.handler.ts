import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateNumberOrderRequestSchema,
  ListNumberOrdersRequestSchema,
  NumberOrder,
  NumberOrderList,
  NumberOrderPatterns,
  NumberOrderRefRequestSchema,
  parseOrThrow,
} from '@did/contracts';
import { OrderPlacementService } from './order-placement.service';
import { OrdersReader } from './orders.reader';

@Controller()
export class OrdersHandler {
  constructor(
    private readonly placement: OrderPlacementService,
    private readonly reader: OrdersReader,
  ) {}

  @MessagePattern(NumberOrderPatterns.Create)
  create(@Payload() data: unknown): Promise<NumberOrder> {
    return this.placement.create(parseOrThrow(CreateNumberOrderRequestSchema, data));
  }

  @MessagePattern(NumberOrderPatterns.Get)
  get(@Payload() data: unknown): Promise<NumberOrder> {
    const request = parseOrThrow(NumberOrderRefRequestSchema, data);
    return this.reader.byId(request.caller, request.order_id);
  }

  @MessagePattern(NumberOrderPatterns.List)
  list(@Payload() data: unknown): Promise<NumberOrderList> {
    return this.reader.list(parseOrThrow(ListNumberOrdersRequestSchema, data));
  }
}
