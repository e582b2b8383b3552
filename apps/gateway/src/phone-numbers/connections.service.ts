import { Injectable } from '@nestjs/common';
import {
  ConnectionList,
  ConnectionListSchema,
  ConnectionPatterns,
  ConnectionSchema,
  ConnectionView,
  CreateConnectionBody,
  ListConnectionsQuery,
  UpdateConnectionBody,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';

/** Connections, held by inventory; every call is scoped to the acting account. */
@Injectable()
export class ConnectionsService {
  constructor(private readonly rpc: RpcClient) {}

  getDefault(actor: Actor): Promise<ConnectionView> {
    return this.rpc.request(ConnectionPatterns.GetDefault, callerOf(actor), { reply: ConnectionSchema });
  }

  list(actor: Actor, query: ListConnectionsQuery): Promise<ConnectionList> {
    return this.rpc.request(ConnectionPatterns.List, { ...callerOf(actor), query }, { reply: ConnectionListSchema });
  }

  get(actor: Actor, id: string): Promise<ConnectionView> {
    return this.rpc.request(
      ConnectionPatterns.Get,
      { ...callerOf(actor), connection_id: id },
      { reply: ConnectionSchema },
    );
  }

  create(actor: Actor, body: CreateConnectionBody): Promise<ConnectionView> {
    return this.rpc.request(ConnectionPatterns.Create, { ...callerOf(actor), body }, { reply: ConnectionSchema });
  }

  update(actor: Actor, id: string, body: UpdateConnectionBody): Promise<ConnectionView> {
    return this.rpc.request(
      ConnectionPatterns.Update,
      { ...callerOf(actor), connection_id: id, body },
      { reply: ConnectionSchema },
    );
  }

  delete(actor: Actor, id: string): Promise<ConnectionView> {
    return this.rpc.request(
      ConnectionPatterns.Delete,
      { ...callerOf(actor), connection_id: id },
      { reply: ConnectionSchema },
    );
  }
}
