import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  ConnectionList,
  ConnectionListSchema,
  ConnectionSchema,
  ConnectionView,
  CreateConnectionBody,
  CreateConnectionBodySchema,
  ListConnectionsQuery,
  ListConnectionsQuerySchema,
  UpdateConnectionBody,
  UpdateConnectionBodySchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { routeMoved } from '../http/moved-route';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ConnectionsService } from './connections.service';

@ApiTags('Connections')
@ApiBearerAuth()
@Controller({ version: '1' })
export class ConnectionsController {
  constructor(private readonly connections: ConnectionsService) {}

  // A static segment: Fastify matches it before connections/:id, so `default` is never taken for an id.
  @Get('connections/default')
  @ApiOperation({ summary: "The acting account's default connection (every account has one)" })
  @ApiZodResponse(200, ConnectionSchema, 'The default connection')
  getDefault(@CurrentActor() actor: Actor): Promise<ConnectionView> {
    return this.connections.getDefault(actor);
  }

  /** Where the default connection was read before every route sat under its plural collection (CHANGELOG.md). */
  @Get('connection')
  @ApiExcludeEndpoint()
  getDefaultMoved(): never {
    routeMoved('GET /v1/connections/default', 'Every route sits under its plural collection.');
  }

  @Get('connections')
  @ApiOperation({ summary: "The acting account's connections, oldest first" })
  @ApiZodQuery(ListConnectionsQuerySchema)
  @ApiZodResponse(200, publicListSchema(ConnectionListSchema), 'One page of connections')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListConnectionsQuerySchema, 'query')) query: ListConnectionsQuery,
  ): Promise<ConnectionList> {
    return this.connections.list(actor, query);
  }

  @Post('connections')
  @Idempotent()
  @ApiOperation({ summary: 'Create a connection to group numbers under' })
  @ApiZodBody(CreateConnectionBodySchema)
  @ApiZodResponse(201, ConnectionSchema, 'The connection')
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreateConnectionBodySchema)) body: CreateConnectionBody,
  ): Promise<ConnectionView> {
    return this.connections.create(actor, body);
  }

  @Get('connections/:id')
  @ApiOperation({ summary: 'One connection with how many numbers it groups' })
  @ApiZodResponse(200, ConnectionSchema, 'The connection')
  @ApiProblems(ErrorCode.ConnectionNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ConnectionView> {
    return this.connections.get(actor, id);
  }

  @Patch('connections/:id')
  @ApiOperation({ summary: 'Rename, (de)activate or change the event URL of a connection' })
  @ApiZodBody(UpdateConnectionBodySchema)
  @ApiZodResponse(200, ConnectionSchema, 'The connection')
  @ApiProblems(ErrorCode.ConnectionNotFound)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(UpdateConnectionBodySchema)) body: UpdateConnectionBody,
  ): Promise<ConnectionView> {
    return this.connections.update(actor, id, body);
  }

  @Delete('connections/:id')
  @ApiOperation({
    summary: 'Delete a connection (409 connection_in_use while numbers are on it; the default cannot be deleted)',
  })
  @ApiZodResponse(200, ConnectionSchema, 'The deleted connection')
  @ApiProblems(ErrorCode.ConnectionNotFound, ErrorCode.ConnectionInUse, ErrorCode.DefaultConnectionUndeletable)
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ConnectionView> {
    return this.connections.delete(actor, id);
  }
}
