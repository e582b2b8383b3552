import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** docker-compose.yml is a deployment too: it must not run on the development secrets keys. */
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8')) as { services: Record<string, { environment?: Record<string, unknown> }> };
  const envOf = (service: string) => compose.services[service]?.environment ?? {};

  it.each([
    ['gateway', 'GATEWAY_SECRETS_KEY'],
    ['notifications', 'WEBHOOK_SECRETS_KEY'],
  ])('%s needs %s set explicitly: compose stops with a message when it is not, and holds no value of its own', (service, variable) => {
    const value = envOf(service)[variable];
    expect(value).toEqual(expect.stringMatching(new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`)));
  });
});

describe('docker-compose.yml: health and the observability profile', () => {
  type Service = { build?: { args?: { SERVICE?: string } }; healthcheck?: { test?: string[] }; profiles?: string[]; environment?: Record<string, unknown>; image?: string };
  const compose = parse(readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
  const platform = Object.entries(compose.services).filter(([, s]) => s.build?.args?.SERVICE && !('command' in s));

  it('gives NATS and every platform service a healthcheck (the services\' on their ops port\'s /health/ready)', () => {
    expect(platform.length).toBeGreaterThanOrEqual(8);
    for (const [name, service] of platform) {
      expect({ name, test: service.healthcheck?.test?.join(' ') }).toEqual({ name, test: expect.stringContaining('/health/ready') });
      expect({ name, port: service.environment?.OPS_PORT }).toEqual({ name, port: '9464' });
    }
    expect(compose.services.nats.healthcheck?.test?.join(' ')).toContain('/healthz');
  });

  it('serves the console from the gateway', () => {
    expect(compose.services.gateway.environment?.CONSOLE_DIR).toBe('/app/dist/console');
  });

  it('has Prometheus scrape every platform service, only in the observability profile, with Grafana beside it', () => {
    expect(compose.services.prometheus.profiles).toEqual(['observability']);
    expect(compose.services.grafana.profiles).toEqual(['observability']);
    const prometheus = parse(readFileSync(join(__dirname, '..', 'prometheus', 'prometheus.yml'), 'utf8')) as { scrape_configs: { static_configs: { targets: string[] }[] }[] };
    const targets = prometheus.scrape_configs.flatMap((c) => c.static_configs.flatMap((s) => s.targets)).sort();
    expect(targets).toEqual(platform.map(([name]) => `${name}:9464`).sort());
  });
});
