import { createServer, Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { MikroORM as PgMikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Registry } from 'prom-client';
import { JetStreamEvents } from '@did/messaging';
import { metricsRegistry } from '@did/service-kit';
import { ReadinessProbe } from './readiness';
import { serviceMetrics } from './service-metrics';

type MigrationEntry = MigrationObject | { name: string };

/**
 * The small HTTP port every service listens on for its platform, NATS-only services included:
 * `/health/live` (the process answers), `/health/ready` (database, migrations and NATS; 503 until
 * they are) and `/metrics` (Prometheus text). Plain node:http: it must answer when the service's own
 * HTTP stack, if it has one, is the thing that is stuck.
 */
export async function startOpsServer(
  app: INestApplicationContext,
  service: string,
  port: number,
  migrations: readonly MigrationEntry[],
): Promise<Server> {
  const orm = (app.get(MikroORM, { strict: false }) as unknown as PgMikroORM | undefined) ?? null;
  const events = app.get(JetStreamEvents, { strict: false }) ?? null;
  const readiness = new ReadinessProbe(
    orm,
    events,
    migrations.map((m) => m.name),
  );
  const own = serviceMetrics(service, events, readiness);
  // Request metrics (HTTP routes, RPC calls) are recorded into the process registry by the code that serves and makes them.
  const scrape = () => {
    const merged = Registry.merge([own, metricsRegistry()]);
    merged.setDefaultLabels({ service });
    return merged;
  };
  const logger = new Logger(`${service} ops`);

  const server = createServer((req, res) => {
    const send = (status: number, body: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return send(405, JSON.stringify({ error: 'GET only' }));
    if (path === '/health/live') return send(200, JSON.stringify({ status: 'live', service }));
    if (path === '/health/ready') {
      void readiness.check().then(
        (r) => send(r.status === 'ready' ? 200 : 503, JSON.stringify({ service, ...r })),
        (err: Error) => send(503, JSON.stringify({ service, status: 'not_ready', error: err.message })),
      );
      return;
    }
    if (path === '/metrics') {
      const registry = scrape();
      void registry.metrics().then(
        (text) => send(200, text, registry.contentType),
        (err: Error) => {
          logger.warn(`metrics collection failed: ${err.message}`);
          send(500, `# metrics collection failed: ${err.message}\n`, 'text/plain');
        },
      );
      return;
    }
    send(404, JSON.stringify({ error: 'not found', paths: ['/health/live', '/health/ready', '/metrics'] }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve());
  });
  // Never what keeps a stopping service alive; closed with the application.
  server.unref();
  logger.log(`health and metrics on :${(server.address() as { port: number }).port}`);
  return server;
}
