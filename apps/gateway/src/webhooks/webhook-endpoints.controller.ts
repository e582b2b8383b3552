import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  CreatedWebhookEndpoint,
  CreatedWebhookEndpointSchema,
  CreateWebhookEndpointBody,
  CreateWebhookEndpointBodySchema,
  ListWebhookEndpointsQuery,
  ListWebhookEndpointsQuerySchema,
  UpdateWebhookEndpointBody,
  UpdateWebhookEndpointBodySchema,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointListSchema,
  WebhookEndpointSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { routeMoved } from '../http/moved-route';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { WebhookEndpointsService } from './webhook-endpoints.service';

const SIGNING =
  'Each POST carries the Standard Webhooks headers webhook-id (the event id, the same on every retry), webhook-timestamp and webhook-signature ' +
  '(v1,<base64 HMAC-SHA256 of id.timestamp.body> keyed with the base64-decoded part of the secret after whsec_).';

@ApiTags('Webhooks')
@ApiBearerAuth()
@Controller({ path: 'webhook-endpoints', version: '1' })
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Post()
  @Idempotent({ required: false, carriesSecret: true })
  @ApiOperation({
    summary: 'Subscribe a URL to events; the signing secret is returned once',
    description: `${SIGNING} 400 webhook_url_not_allowed for a URL that is not https or resolves to a private, loopback, link-local or metadata address.`,
  })
  @ApiZodBody(CreateWebhookEndpointBodySchema)
  @ApiZodResponse(201, CreatedWebhookEndpointSchema, 'The endpoint, with its secret')
  @ApiProblems(ErrorCode.WebhookUrlNotAllowed, ErrorCode.ConnectionNotFound)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreateWebhookEndpointBodySchema)) body: CreateWebhookEndpointBody,
  ): Promise<CreatedWebhookEndpoint> {
    return this.endpoints.create(actor, body);
  }

  @Get()
  @ApiOperation({ summary: "List the acting account's webhook endpoints (never their secrets)" })
  @ApiZodQuery(ListWebhookEndpointsQuerySchema)
  @ApiZodResponse(200, publicListSchema(WebhookEndpointListSchema), 'One page of endpoints')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListWebhookEndpointsQuerySchema, 'query')) query: ListWebhookEndpointsQuery,
  ): Promise<WebhookEndpointList> {
    return this.endpoints.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one webhook endpoint' })
  @ApiZodResponse(200, WebhookEndpointSchema, 'The endpoint')
  @ApiProblems(ErrorCode.WebhookEndpointNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<WebhookEndpoint> {
    return this.endpoints.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Change url, events, connection_id, description or enabled; enabling a disabled endpoint resumes its deliveries',
  })
  @ApiZodBody(UpdateWebhookEndpointBodySchema)
  @ApiZodResponse(200, WebhookEndpointSchema, 'The endpoint')
  @ApiProblems(ErrorCode.WebhookEndpointNotFound, ErrorCode.WebhookUrlNotAllowed, ErrorCode.ConnectionNotFound)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(UpdateWebhookEndpointBodySchema)) body: UpdateWebhookEndpointBody,
  ): Promise<WebhookEndpoint> {
    return this.endpoints.update(actor, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete the endpoint with its delivery log; pending deliveries to it are dropped' })
  @ApiZodResponse(200, WebhookEndpointSchema, 'The deleted endpoint')
  @ApiProblems(ErrorCode.WebhookEndpointNotFound)
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<WebhookEndpoint> {
    return this.endpoints.delete(actor, id);
  }

  @Post(':id/actions/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Issue a new signing secret (returned once); the old one keeps signing, as a second signature, for the overlap period',
  })
  @ApiZodResponse(200, CreatedWebhookEndpointSchema, 'The endpoint, with its new secret')
  @ApiProblems(ErrorCode.WebhookEndpointNotFound)
  rotateSecret(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CreatedWebhookEndpoint> {
    return this.endpoints.rotateSecret(actor, id);
  }

  /** Where rotate-secret was before every action moved under /actions/ (CHANGELOG.md). */
  @Post(':id/rotate-secret')
  @ApiExcludeEndpoint()
  rotateSecretMoved(@Param('id') id: string): never {
    routeMoved(`POST /v1/webhook-endpoints/${id}/actions/rotate-secret`, 'Actions on a resource live under /actions/.');
  }
}
