import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CancelPortOrderRequestSchema,
  CommentPortOrderRequestSchema,
  CreatePortOrderRequestSchema,
  ListPortOrdersRequestSchema,
  parseOrThrow,
  PortingPatterns,
  PortOrder,
  PortOrderList,
  PortOrderRefRequestSchema,
  PortTimeline,
  UpdatePortOrderRequestSchema,
} from '@did/contracts';
import { PortOrdersService } from './port-orders.service';
import { PortSubmissionService } from './port-submission.service';

@Controller()
export class OrdersHandler {
  constructor(
    private readonly orders: PortOrdersService,
    private readonly submissions: PortSubmissionService,
  ) {}

  @MessagePattern(PortingPatterns.Create)
  create(@Payload() data: unknown): Promise<PortOrder> {
    return this.orders.create(parseOrThrow(CreatePortOrderRequestSchema, data));
  }

  @MessagePattern(PortingPatterns.Get)
  get(@Payload() data: unknown): Promise<PortOrder> {
    return this.orders.get(parseOrThrow(PortOrderRefRequestSchema, data));
  }

  @MessagePattern(PortingPatterns.List)
  list(@Payload() data: unknown): Promise<PortOrderList> {
    return this.orders.list(parseOrThrow(ListPortOrdersRequestSchema, data));
  }

  @MessagePattern(PortingPatterns.Update)
  update(@Payload() data: unknown): Promise<PortOrder> {
    return this.orders.update(parseOrThrow(UpdatePortOrderRequestSchema, data));
  }

  @MessagePattern(PortingPatterns.Submit)
  submit(@Payload() data: unknown): Promise<PortOrder> {
    return this.submissions.submit(parseOrThrow(PortOrderRefRequestSchema, data));
  }

  @MessagePattern(PortingPatterns.Cancel)
  cancel(@Payload() data: unknown): Promise<PortOrder> {
    return this.submissions.cancel(parseOrThrow(CancelPortOrderRequestSchema, data));
  }

  @MessagePattern(PortingPatterns.Timeline)
  timeline(@Payload() data: unknown): Promise<PortTimeline> {
    return this.orders.timeline(parseOrThrow(PortOrderRefRequestSchema, data));
  }

  @MessagePattern(PortingPatterns.Comment)
  comment(@Payload() data: unknown): Promise<PortTimeline> {
    return this.orders.comment(parseOrThrow(CommentPortOrderRequestSchema, data));
  }
}
