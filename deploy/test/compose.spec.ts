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
