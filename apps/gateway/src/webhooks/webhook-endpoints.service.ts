import { Injectable } from '@nestjs/common';
import {
  CreatedWebhookEndpoint,
  CreatedWebhookEndpointSchema,
  CreateWebhookEndpointBody,
  ListWebhookEndpointsQuery,
  UpdateWebhookEndpointBody,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointListSchema,
  WebhookEndpointSchema,
  WebhookPatterns,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';

/** Webhook endpoints, owned by the notifications service; every call is scoped to the acting account. */
@Injectable()
export class WebhookEndpointsService {
  constructor(private readonly rpc: RpcClient) {}

  create(actor: Actor, body: CreateWebhookEndpointBody): Promise<CreatedWebhookEndpoint> {
    return this.rpc.request(
      WebhookPatterns.CreateEndpoint,
      { ...callerOf(actor), body },
      { reply: CreatedWebhookEndpointSchema },
    );
  }

  list(actor: Actor, query: ListWebhookEndpointsQuery): Promise<WebhookEndpointList> {
    return this.rpc.request(
      WebhookPatterns.ListEndpoints,
      { ...callerOf(actor), ...query },
      { reply: WebhookEndpointListSchema },
    );
  }

  get(actor: Actor, id: string): Promise<WebhookEndpoint> {
    return this.rpc.request(
      WebhookPatterns.GetEndpoint,
      { ...callerOf(actor), endpoint_id: id },
      { reply: WebhookEndpointSchema },
    );
  }

  update(actor: Actor, id: string, body: UpdateWebhookEndpointBody): Promise<WebhookEndpoint> {
    return this.rpc.request(
      WebhookPatterns.UpdateEndpoint,
      { ...callerOf(actor), endpoint_id: id, body },
      { reply: WebhookEndpointSchema },
    );
  }

  delete(actor: Actor, id: string): Promise<WebhookEndpoint> {
    return this.rpc.request(
      WebhookPatterns.DeleteEndpoint,
      { ...callerOf(actor), endpoint_id: id },
      { reply: WebhookEndpointSchema },
    );
  }

  rotateSecret(actor: Actor, id: string): Promise<CreatedWebhookEndpoint> {
    return this.rpc.request(
      WebhookPatterns.RotateSecret,
      { ...callerOf(actor), endpoint_id: id },
      { reply: CreatedWebhookEndpointSchema },
    );
  }
}
