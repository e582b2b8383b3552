import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  Delivery,
  DeliveryList,
  DeliveryListSchema,
  DeliverySchema,
  ListDeliveriesQuery,
  ListDeliveriesQuerySchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { WebhookDeliveriesService } from './webhook-deliveries.service';

@ApiTags('Webhooks')
@ApiBearerAuth()
@Controller({ path: 'webhook-deliveries', version: '1' })
export class WebhookDeliveriesController {
  constructor(private readonly deliveries: WebhookDeliveriesService) {}

  @Get()
  @ApiOperation({
    summary:
      "The delivery log of the acting account's endpoints, oldest first, with every attempt's time, status code, latency and error",
  })
  @ApiZodQuery(ListDeliveriesQuerySchema)
  @ApiZodResponse(200, publicListSchema(DeliveryListSchema), 'One page of deliveries')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListDeliveriesQuerySchema, 'query')) query: ListDeliveriesQuery,
  ): Promise<DeliveryList> {
    return this.deliveries.list(actor, query);
  }

  @Post(':id/actions/retry')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Attempt the delivery again now, with the same webhook-id (409 webhook_endpoint_disabled while its endpoint is disabled)',
  })
  @ApiZodResponse(200, DeliverySchema, 'The delivery, due now')
  @ApiProblems(ErrorCode.WebhookDeliveryNotFound, ErrorCode.WebhookEndpointDisabled)
  retry(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Delivery> {
    return this.deliveries.retry(actor, id);
  }
}
