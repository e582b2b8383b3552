import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { listResponseSchema } from '../http/cursor';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { presentApiKey } from './api-key.presenter';
import { ApiKeysService } from './api-keys.service';
import {
  ApiKeyResponse,
  ApiKeyResponseSchema,
  CreateApiKeyBody,
  CreateApiKeyBodySchema,
  CreatedApiKeyResponse,
  CreatedApiKeyResponseSchema,
  ListApiKeysQuery,
  ListApiKeysQuerySchema,
} from './dto/api-key.dto';

@ApiTags('API keys')
@ApiBearerAuth()
@Controller({ path: 'api-keys', version: '1' })
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @Idempotent({ required: false, carriesSecret: true })
  @ApiOperation({ summary: 'Create an API key for the acting account; the secret is returned once' })
  @ApiZodBody(CreateApiKeyBodySchema)
  @ApiZodResponse(201, CreatedApiKeyResponseSchema, 'The key, with its secret')
  async create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreateApiKeyBodySchema)) body: CreateApiKeyBody,
  ): Promise<CreatedApiKeyResponse> {
    const { key, secret } = await this.apiKeys.create(actor, body);
    return { ...presentApiKey(key), secret };
  }

  @Get()
  @ApiOperation({ summary: "List the acting account's API keys (never their secrets)" })
  @ApiZodQuery(ListApiKeysQuerySchema)
  @ApiZodResponse(200, listResponseSchema(ApiKeyResponseSchema).meta({ id: 'ApiKeyList' }), 'One page of keys')
  async list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListApiKeysQuerySchema, 'query')) query: ListApiKeysQuery,
  ) {
    const page = await this.apiKeys.list(actor, query);
    return { data: page.data.map(presentApiKey), meta: { total: page.total, next_cursor: page.nextCursor } };
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API key; requests with it fail from the next one on' })
  @ApiZodResponse(200, ApiKeyResponseSchema, 'The revoked key')
  @ApiProblems(ErrorCode.ApiKeyNotFound, ErrorCode.ApiKeyAlreadyRevoked)
  async revoke(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ApiKeyResponse> {
    return presentApiKey(await this.apiKeys.revoke(actor, id));
  }
}
