import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ConnectionCallerSchema,
  ConnectionList,
  ConnectionPatterns,
  ConnectionRefRequestSchema,
  ConnectionView,
  CreateConnectionRequestSchema,
  ListConnectionsRequestSchema,
  parseOrThrow,
  UpdateConnectionRequestSchema,
} from '@did/contracts';
import { ConnectionsService } from './connections.service';

@Controller()
export class ConnectionsHandler {
  constructor(private readonly connections: ConnectionsService) {}

  @MessagePattern(ConnectionPatterns.GetDefault)
  getDefault(@Payload() data: unknown): Promise<ConnectionView> {
    return this.connections.getDefault(parseOrThrow(ConnectionCallerSchema, data));
  }

  @MessagePattern(ConnectionPatterns.List)
  list(@Payload() data: unknown): Promise<ConnectionList> {
    return this.connections.list(parseOrThrow(ListConnectionsRequestSchema, data));
  }

  @MessagePattern(ConnectionPatterns.Get)
  get(@Payload() data: unknown): Promise<ConnectionView> {
    return this.connections.get(parseOrThrow(ConnectionRefRequestSchema, data));
  }

  @MessagePattern(ConnectionPatterns.Create)
  create(@Payload() data: unknown): Promise<ConnectionView> {
    return this.connections.create(parseOrThrow(CreateConnectionRequestSchema, data));
  }

  @MessagePattern(ConnectionPatterns.Update)
  update(@Payload() data: unknown): Promise<ConnectionView> {
    return this.connections.update(parseOrThrow(UpdateConnectionRequestSchema, data));
  }

  @MessagePattern(ConnectionPatterns.Delete)
  delete(@Payload() data: unknown): Promise<ConnectionView> {
    return this.connections.delete(parseOrThrow(ConnectionRefRequestSchema, data));
  }
}
