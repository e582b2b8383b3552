import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { residentSetBytes } from '@did/service-kit';
import { AppModule, SERVICE } from './app.module';
import { VoiceEdgeSandboxConfig } from './config';

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/**
 * Starts the admin API on VOICE_EDGE_SANDBOX_HOST (loopback by default: it places calls on anyone's
 * numbers). Not startHttpService: that listens on every interface and adds a NATS server transport
 * this sandbox has nothing to answer on.
 */
export async function startVoiceEdgeSandbox(config: VoiceEdgeSandboxConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter(), {
    logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.LOG_LEVEL) + 1),
  });
  app.enableShutdownHooks();
  await app.listen(config.VOICE_EDGE_SANDBOX_PORT, config.VOICE_EDGE_SANDBOX_HOST);
  // The launcher waits for "ready (" in this line (tools/dev/supervisor.ts).
  new Logger(SERVICE).log(
    `ready (http ${config.VOICE_EDGE_SANDBOX_HOST}:${config.VOICE_EDGE_SANDBOX_PORT}), rss=${Math.round(residentSetBytes() / 1048576)} MB`,
  );
  return app;
}
