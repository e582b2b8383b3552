import { describeServiceHealth, startTestHttpService } from '@did/service-testing';
import { createTestWorld, TestWorld } from '@did/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, SERVICE } from '../src/app.module';
import { loadCarrierSandboxConfig } from '../src/config';

describeServiceHealth(SERVICE, (world) => AppModule.forRoot(world.configFor(loadCarrierSandboxConfig)));

describe('carrier sandbox over HTTP', () => {
  let world: TestWorld;
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    world = await createTestWorld();
    ({ app, baseUrl } = await startTestHttpService(AppModule.forRoot(world.configFor(loadCarrierSandboxConfig))));
  });

  afterAll(async () => {
    await app.close();
    await world.cleanup();
  });

  it('answers /health', async () => {
    const res = await fetch(`${baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', service: 'carrier-sandbox' });
  });
});
