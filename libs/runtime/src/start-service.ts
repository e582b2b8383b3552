import { INestApplication, INestMicroservice, Logger, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { BaseConfig } from '@did/config';
import { NatsAuth, natsConnectionOptions, PrefixedServerNats, RpcErrorFilter } from '@did/messaging';
import { residentSetBytes } from '@did/service-kit';

/** The HTTP server's limits a service may set: body size and how long a request or an idle connection may take. */
export type HttpServerLimits = Pick<
  FastifyServerOptions,
  'bodyLimit' | 'requestTimeout' | 'connectionTimeout' | 'keepAliveTimeout'
>;

/** The credentials and TLS files of the configuration, as the messaging layer takes them. */
export function natsAuthFromConfig(config: BaseConfig): NatsAuth {
  return {
    credsFile: config.NATS_CREDS_FILE,
    user: config.NATS_USER,
    password: config.NATS_PASSWORD,
    token: config.NATS_TOKEN,
    tlsCaFile: config.NATS_TLS_CA_FILE,
    tlsCertFile: config.NATS_TLS_CERT_FILE,
    tlsKeyFile: config.NATS_TLS_KEY_FILE,
  };
}

/** The NATS server transport of a service: prefixed subjects, queue group = service name, the same servers, credentials and TLS as its other connection. */
export function natsTransport(service: string, config: BaseConfig): PrefixedServerNats {
  return new PrefixedServerNats(config.NATS_PREFIX, {
    ...natsConnectionOptions(config.NATS_URL, natsAuthFromConfig(config)),
    name: `${service}-rpc`,
    queue: service,
    gracefulShutdown: true,
    gracePeriod: 2_000,
    maxReconnectAttempts: -1,
  });
}

function logReady(service: string, where: string): void {
  new Logger(service).log(`ready (${where}), rss=${Math.round(residentSetBytes() / 1048576)} MB`);
}

/**
 * A NATS service application, wired as every NATS service must be (its identity map per message, the
 * RPC error filter), not yet listening: startNatsService and the benchmarks start it.
 */
export async function createNatsService(
  service: string,
  module: unknown,
  config: BaseConfig,
  logger: LogLevel[] = loggerLevels(config),
): Promise<INestMicroservice> {
  const strategy = natsTransport(service, config);
  const app = await NestFactory.createMicroservice(module as Type, { strategy, logger });
  strategy.useRequestContext(app.get(MikroORM));
  app.useGlobalFilters(new RpcErrorFilter());
  return app;
}

/** Starts a service that answers only over NATS (inventory, ordering, ...). */
export async function startNatsService(
  service: string,
  module: unknown,
  config: BaseConfig,
): Promise<INestMicroservice> {
  const app = await createNatsService(service, module, config);
  app.enableShutdownHooks();
  await app.listen();
  logReady(service, `nats ${config.NATS_URL}, prefix ${config.NATS_PREFIX}`);
  return app;
}

/** Starts an HTTP service (gateway, carrier-sandbox) that also answers its health over NATS. */
export async function startHttpService(
  service: string,
  module: unknown,
  config: BaseConfig,
  port: number,
  configure: (app: NestFastifyApplication) => void | Promise<void> = () => undefined,
  fastifyOptions: HttpServerLimits = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    module as Type,
    new FastifyAdapter({ trustProxy: true, ...fastifyOptions }),
    {
      logger: loggerLevels(config),
    },
  );
  await configure(app);
  app.connectMicroservice({ strategy: natsTransport(service, config) });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(port, '0.0.0.0');
  logReady(service, `http :${port}`);
  return app;
}

function loggerLevels(config: BaseConfig): ('error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(config.LOG_LEVEL) + 1);
}
