import { Module } from '@nestjs/common';
import { ConnectionsHandler } from './connections.handler';
import { ConnectionsService } from './connections.service';

/** Connections: groups of an account's numbers under one configuration and webhook scope. */
@Module({ controllers: [ConnectionsHandler], providers: [ConnectionsService] })
export class ConnectionsModule {}
