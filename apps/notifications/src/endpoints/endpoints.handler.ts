import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequestSchema,
  ListWebhookEndpointsRequestSchema,
  parseOrThrow,
  UpdateWebhookEndpointRequestSchema,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointRefRequestSchema,
  WebhookPatterns,
} from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { presentEndpoint } from './endpoint.presenter';
import { EndpointsService } from './endpoints.service';

/** NATS entry points of webhook endpoints: validate, one service call, present. */
@Controller()
export class EndpointsHandler {
  constructor(
    private readonly endpoints: EndpointsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(WebhookPatterns.CreateEndpoint)
  async create(@Payload() data: unknown): Promise<CreatedWebhookEndpoint> {
    const { endpoint, secret } = await this.endpoints.create(parseOrThrow(CreateWebhookEndpointRequestSchema, data));
    return { ...presentEndpoint(endpoint, this.clock.now()), secret };
  }

  @MessagePattern(WebhookPatterns.ListEndpoints)
  async list(@Payload() data: unknown): Promise<WebhookEndpointList> {
    const page = await this.endpoints.list(parseOrThrow(ListWebhookEndpointsRequestSchema, data));
    const now = this.clock.now();
    return {
      data: page.data.map((e) => presentEndpoint(e, now)),
      meta: { total: page.total, next_cursor: page.nextCursor },
    };
  }

  @MessagePattern(WebhookPatterns.GetEndpoint)
  async get(@Payload() data: unknown): Promise<WebhookEndpoint> {
    const req = parseOrThrow(WebhookEndpointRefRequestSchema, data);
    return presentEndpoint(await this.endpoints.get(req, req.endpoint_id), this.clock.now());
  }

  @MessagePattern(WebhookPatterns.UpdateEndpoint)
  async update(@Payload() data: unknown): Promise<WebhookEndpoint> {
    return presentEndpoint(
      await this.endpoints.update(parseOrThrow(UpdateWebhookEndpointRequestSchema, data)),
      this.clock.now(),
    );
  }

  @MessagePattern(WebhookPatterns.DeleteEndpoint)
  async delete(@Payload() data: unknown): Promise<WebhookEndpoint> {
    const req = parseOrThrow(WebhookEndpointRefRequestSchema, data);
    return presentEndpoint(await this.endpoints.delete(req, req.endpoint_id), this.clock.now());
  }

  @MessagePattern(WebhookPatterns.RotateSecret)
  async rotateSecret(@Payload() data: unknown): Promise<CreatedWebhookEndpoint> {
    const req = parseOrThrow(WebhookEndpointRefRequestSchema, data);
    const { endpoint, secret } = await this.endpoints.rotateSecret(req, req.endpoint_id);
    return { ...presentEndpoint(endpoint, this.clock.now()), secret };
  }
}
