import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { LoopbackOnlyGuard } from '../../admin/loopback-only.guard';
import { z } from 'zod';
import {
  AdminPortApproveBody,
  AdminPortExceptionBody,
  AdminPortFocBody,
  type CarrierPortOrder,
  type CarrierPortRules,
  CreateCarrierPortOrderBody,
  SupplementCarrierPortOrderBody,
} from '@did/contracts';
import { ZodValidationPipe } from '../../http/zod-validation.pipe';
import { PortOrdersService } from './port-orders.service';

const FeedQuery = z.strictObject({
  changed_since: z.iso.datetime({ offset: true }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

@Controller('v1/port-orders')
export class PortOrdersController {
  constructor(private readonly orders: PortOrdersService) {}

  @Get('rules')
  rules(): CarrierPortRules {
    return this.orders.rules();
  }

  /** 201, `submitted`; a second POST with the same reference answers the same order. */
  @Post()
  create(
    @Body(new ZodValidationPipe(CreateCarrierPortOrderBody)) body: CreateCarrierPortOrderBody,
  ): Promise<CarrierPortOrder> {
    return this.orders.create(body);
  }

  /** The notices feed: every order changed after `changed_since`. */
  @Get()
  async feed(
    @Query(new ZodValidationPipe(FeedQuery)) query: z.infer<typeof FeedQuery>,
  ): Promise<{ data: CarrierPortOrder[] }> {
    return { data: await this.orders.changedSince(new Date(query.changed_since), query.limit) };
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<CarrierPortOrder> {
    return this.orders.read(id);
  }

  @Post(':id/supplement')
  @HttpCode(200)
  supplement(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(SupplementCarrierPortOrderBody)) body: SupplementCarrierPortOrderBody,
  ): Promise<CarrierPortOrder> {
    return this.orders.supplement(id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string): Promise<CarrierPortOrder> {
    return this.orders.cancel(id);
  }
}

/** Test controls, outside /v1 so faults never hide them. */
@Controller('admin/port-orders')
@UseGuards(LoopbackOnlyGuard)
export class AdminPortOrdersController {
  constructor(private readonly orders: PortOrdersService) {}

  @Post(':id/approve')
  @HttpCode(200)
  approve(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(AdminPortApproveBody)) body: z.infer<typeof AdminPortApproveBody>,
  ): Promise<CarrierPortOrder> {
    return this.orders.adminApprove(id, body.foc_date);
  }

  @Post(':id/exception')
  @HttpCode(200)
  exception(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(AdminPortExceptionBody)) body: z.infer<typeof AdminPortExceptionBody>,
  ): Promise<CarrierPortOrder> {
    return this.orders.adminException(id, body.code, body.message);
  }

  @Post(':id/foc')
  @HttpCode(200)
  foc(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(AdminPortFocBody)) body: z.infer<typeof AdminPortFocBody>,
  ): Promise<CarrierPortOrder> {
    return this.orders.adminFoc(id, body.foc_date);
  }

  @Post(':id/complete')
  @HttpCode(200)
  complete(@Param('id') id: string): Promise<CarrierPortOrder> {
    return this.orders.adminComplete(id);
  }
}
