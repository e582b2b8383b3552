import { VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { loadGatewayConfig } from '../config';
import { buildOpenApiDocument } from './configure-gateway';
import { sortedKeys } from './openapi-finish';

/**
 * docs/openapi.json's text: the gateway's module in Nest's preview mode (routes and metadata, no provider is
 * instantiated, so no database or NATS), documented as a running gateway would serve it at /docs/openapi.json.
 * Deterministic: sorted keys, no dates.
 */
export async function renderOpenApiDocument(): Promise<string> {
  // Never connected to in preview mode; unreachable addresses make sure of it.
  const config = loadGatewayConfig({
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/none',
    NATS_URL: 'nats://127.0.0.1:1',
    GATEWAY_SECRETS_KEY: Buffer.alloc(32).toString('base64'),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    app.enableVersioning({ type: VersioningType.URI });
    return `${JSON.stringify(sortedKeys(buildOpenApiDocument(app)), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
