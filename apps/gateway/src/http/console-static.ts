import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Where the partner console is served. */
export const CONSOLE_PATH = '/console/';

/**
 * Serves the partner console's built files (apps/console, `npm run build`) at /console/ when
 * CONSOLE_DIR names them. The console is a static client of the public /v1 API on this same origin
 * (so no CORS); it uses hash routes, so only its index and assets are files here.
 */
export function serveConsole(app: NestFastifyApplication, dir: string | undefined): void {
  if (!dir) return;
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    new Logger('Console').warn(
      `CONSOLE_DIR ${root} has no index.html (run \`npm run build\`): the console is not served`,
    );
    return;
  }
  // decorateReply: false, since Swagger UI registers @fastify/static too and owns reply.sendFile.
  void app.register(fastifyStatic, {
    root,
    prefix: CONSOLE_PATH,
    redirect: true,
    index: ['index.html'],
    decorateReply: false,
  });
}
