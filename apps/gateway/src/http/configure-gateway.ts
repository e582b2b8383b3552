import { VersioningType } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { GATEWAY_CONFIG, GatewayConfig } from '../config';
import { registerMultipart } from '../porting/multipart.plugin';
import { serveConsole } from './console-static';
import { finishOpenApiDocument } from './openapi-finish';
import { operationIdFor } from './openapi-operation-ids';
import { recordHttpMetrics } from './http-metrics';
import { logAccess } from './access-log';
import { useRequestContext } from './request-context';
import { ProblemFilter } from './problem.filter';
import { PublicNamesInterceptor } from './public-names.interceptor';

/** The OpenAPI document, generated from the controllers and their zod schemas. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('DID platform API')
    .setDescription(
      'Search, buy, bill, route and port phone numbers. Authenticate with `Authorization: Bearer <api key>`. ' +
        'Partners act on a tenant by sending `Account-Id: <tenant id>`. Errors are RFC 9457 problem+json with a stable `code`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key (dk_...) or the operator key' })
    .build();
  return finishOpenApiDocument(SwaggerModule.createDocument(app, config, { operationIdFactory: operationIdFor }));
}

/**
 * HTTP behaviour shared by the gateway binary and its tests: /v1 URI versioning, problem+json for
 * every error (Nest routes Fastify's body-parsing errors and unknown routes to the ProblemFilter), public field names on
 * every answer, and the API docs at
 * /docs with the JSON at /docs/openapi.json, and the partner console at /console/ when CONSOLE_DIR is set.
 */
export async function configureGateway(app: NestFastifyApplication): Promise<void> {
  app.enableVersioning({ type: VersioningType.URI });
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalInterceptors(new PublicNamesInterceptor());
  const fastify = app.getHttpAdapter().getInstance();
  useRequestContext(fastify);
  logAccess(fastify);
  // JSON only: without this, Fastify would parse text/plain and the client would get a confusing 400, not a 415.
  fastify.removeContentTypeParser('text/plain');
  recordHttpMetrics(fastify);
  // multipart/form-data is marked here, read only by the upload handler (after authentication).
  await registerMultipart(app);
  serveConsole(app, app.get<GatewayConfig>(GATEWAY_CONFIG).CONSOLE_DIR);
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
}
