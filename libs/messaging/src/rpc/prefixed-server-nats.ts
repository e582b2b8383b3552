import { ServerNats } from '@nestjs/microservices';
import type { NatsOptions } from '@nestjs/microservices';
import { rpcSubject } from '@did/contracts';

type NatsClient = Parameters<ServerNats['bindEvents']>[0];

/**
 * The NestJS NATS transport with the deployment prefix added to every subscribed subject, so handlers
 * keep writing `@MessagePattern('inventory.health')` while two deployments share one NATS server.
 * Every handler joins the queue group `queue` (the service name), so replicas share the load.
 */
export class PrefixedServerNats extends ServerNats {
  constructor(
    private readonly prefix: string,
    private readonly natsOptions: NonNullable<NatsOptions['options']>,
  ) {
    super(natsOptions);
  }

  override bindEvents(client: NatsClient): void {
    const queue = this.natsOptions.queue;
    // `subscriptions` is private in ServerNats; close() unsubscribes them on graceful shutdown.
    const subscriptions = (this as unknown as { subscriptions: unknown[] }).subscriptions;
    for (const [pattern, handler] of this.messageHandlers) {
      const sub = client.subscribe(rpcSubject(this.prefix, pattern), {
        queue: handler.extras?.queue ?? queue,
        callback: this.getMessageHandler(pattern).bind(this),
      });
      subscriptions.push(sub);
    }
  }
}
