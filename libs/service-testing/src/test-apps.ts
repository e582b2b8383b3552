import { INestMicroservice, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { BaseConfig } from '@did/config';
import { createNatsService, HttpServerLimits } from '@did/runtime';

/** Boots a NATS service module in-process on the test's prefix, wired exactly as in production (createNatsService), and listening. */
export async function startTestNatsService(
  service: string,
  module: unknown,
  config: BaseConfig,
): Promise<INestMicroservice> {
  const app = await createNatsService(service, module, config);
  await app.listen();
  return app;
}

/** Boots an HTTP service module on a random port; `configure` applies the service's HTTP setup. */
export async function startTestHttpService(
  module: unknown,
  configure: (app: NestFastifyApplication) => void | Promise<void> = () => undefined,
  fastifyOptions: HttpServerLimits = {},
): Promise<{ app: NestFastifyApplication; baseUrl: string }> {
  const ref = await Test.createTestingModule({ imports: [module as Type] }).compile();
  const app = ref.createNestApplication<NestFastifyApplication>(new FastifyAdapter(fastifyOptions), {
    logger: ['error'],
  });
  await configure(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
}
