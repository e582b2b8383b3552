import { INestMicroservice } from '@nestjs/common';
import { startTestNatsService } from '@did/service-testing';
import { createTestWorld, TestWorld } from '@did/testing';
/*
 * The webhook routes are answered by the notifications service: this test boots it in-process beside
 * the gateway on one test world, with a real HTTP receiver on loopback.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots notifications in-process
import { AppModule as NotificationsModule, SERVICE as NOTIFICATIONS } from '../../notifications/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: notifications' own configuration schema
import { loadNotificationsConfig } from '../../notifications/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the notifications tests' receiver and fast settings
import { FAST_WEBHOOKS } from '../../notifications/test/notifications-fixture';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: a real node:http webhook receiver
import { Receiver } from '../../notifications/test/receiver';
import { GatewayFixture, startGateway } from './gateway-fixture';

export { Receiver };

/** The gateway, the notifications service and a loopback receiver on one test world. */
export interface WebhooksWorld {
  world: TestWorld;
  gw: GatewayFixture;
  notifications: INestMicroservice;
  receiver: Receiver;
  close(): Promise<void>;
}

export async function startWebhooksWorld(): Promise<WebhooksWorld> {
  const world = await createTestWorld();
  const config = world.configFor(loadNotificationsConfig, FAST_WEBHOOKS);
  const notifications = await startTestNatsService(NOTIFICATIONS, NotificationsModule.forRoot(config), config);
  const gw = await startGateway({}, { world });
  const receiver = await new Receiver().start();
  return {
    world,
    gw,
    notifications,
    receiver,
    close: async () => {
      await gw.close();
      await notifications.close();
      await receiver.stop();
      await world.cleanup();
    },
  };
}
