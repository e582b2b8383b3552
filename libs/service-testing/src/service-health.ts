import { DynamicModule, INestMicroservice } from '@nestjs/common';
import { connect, NatsConnection } from 'nats';
import { ErrorCode, healthPattern, HealthReply } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestNatsService } from './test-apps';
import { createTestWorld, TestWorld } from '@did/testing';

/**
 * The e2e test every NATS service has: boot its root module on a private database and NATS prefix,
 * ask `<service>.health` like the gateway does, then stop it and see callers fail fast.
 */
export function describeServiceHealth(service: string, moduleFor: (world: TestWorld) => DynamicModule): void {
  describe(`${service} service over NATS`, () => {
    let world: TestWorld;
    let app: INestMicroservice | null;
    let nc: NatsConnection;
    let rpc: RpcClient;

    beforeAll(async () => {
      world = await createTestWorld();
      app = await startTestNatsService(service, moduleFor(world), world.config);
      nc = await connect({ servers: world.config.NATS_URL });
      rpc = new RpcClient(nc, {
        service: 'test',
        natsUrl: world.config.NATS_URL,
        prefix: world.prefix,
        rpcTimeoutMs: 5_000,
      });
    });

    afterAll(async () => {
      await app?.close();
      await nc.close();
      await world.cleanup();
    });

    it('answers its health request in its queue group', async () => {
      const reply = HealthReply.parse(await rpc.request(healthPattern(service), {}));
      expect(reply).toMatchObject({ service, status: 'ok' });
      expect(reply.rss_bytes).toBeGreaterThan(0);
    });

    it('after a graceful shutdown, callers get service_unavailable at once', async () => {
      await app?.close();
      app = null;
      await expect(rpc.request(healthPattern(service), {}, { timeoutMs: 60_000 })).rejects.toMatchObject({
        code: ErrorCode.ServiceUnavailable,
      });
    }, 15_000);
  });
}
