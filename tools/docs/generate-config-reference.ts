/**
 * `npm run docs:config`: renders docs/configuration.md, every environment variable the services read, from
 * their zod config schemas: the default and what is accepted come from the schema itself, the meaning from the
 * JSDoc comment above the field (read with the TypeScript compiler API). libs/config/test/config-reference.spec.ts
 * fails when the committed page differs from what this renders. The output is deterministic (no dates, no paths
 * outside the repository).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { BaseConfigSchema } from '@did/config';
import { repoRoot } from '../dev/repo-root';
// Every service's schema. apps/*/src/config.ts files not listed here fail the staleness test.
import { CarrierSandboxConfigSchema } from '../../apps/carrier-sandbox/src/config';
import { GatewayConfigSchema } from '../../apps/gateway/src/config';
import { InventoryConfigSchema } from '../../apps/inventory/src/config';
import { NotificationsConfigSchema } from '../../apps/notifications/src/config';
import { OrderingConfigSchema } from '../../apps/ordering/src/config';
import { PortingConfigSchema } from '../../apps/porting/src/config';
import { RoutingConfigSchema } from '../../apps/routing/src/config';
import { UsageConfigSchema } from '../../apps/usage/src/config';
import { VoiceEdgeSandboxConfigSchema } from '../../apps/voice-edge-sandbox/src/config';

type Shape = Record<string, z.ZodType>;

/** The schemas rendered, in page order: the base every service extends, then each service's. */
export const CONFIG_SOURCES: { service: string; file: string; shape: Shape }[] = [
  { service: 'gateway', file: 'apps/gateway/src/config.ts', shape: GatewayConfigSchema.shape },
  { service: 'inventory', file: 'apps/inventory/src/config.ts', shape: InventoryConfigSchema.shape },
  { service: 'ordering', file: 'apps/ordering/src/config.ts', shape: OrderingConfigSchema.shape },
  { service: 'porting', file: 'apps/porting/src/config.ts', shape: PortingConfigSchema.shape },
  { service: 'routing', file: 'apps/routing/src/config.ts', shape: RoutingConfigSchema.shape },
  { service: 'notifications', file: 'apps/notifications/src/config.ts', shape: NotificationsConfigSchema.shape },
  { service: 'usage', file: 'apps/usage/src/config.ts', shape: UsageConfigSchema.shape },
  { service: 'carrier-sandbox', file: 'apps/carrier-sandbox/src/config.ts', shape: CarrierSandboxConfigSchema.shape },
  {
    service: 'voice-edge-sandbox',
    file: 'apps/voice-edge-sandbox/src/config.ts',
    shape: VoiceEdgeSandboxConfigSchema.shape,
  },
];
const BASE_FILE = 'libs/config/src/load-config.ts';

/**
 * Meanings of fields the schemas leave without a comment of their own (a comment above the first of a pair
 * covers both in the source). A comment in the schema always wins: move these there and delete them here.
 */
const UNCOMMENTED: Record<string, string> = {
  DATABASE_URL: 'PostgreSQL database; each service uses its own schema in it (created by `migrate` if missing).',
  DATABASE_POOL_MAX: "Connections the service's pool may open to PostgreSQL (opened on demand, closed when idle).",
  NATS_URL: 'NATS server(s) with JetStream, comma-separated.',
  NATS_PREFIX:
    'Prefix of every subject and stream name of this deployment (`<prefix>.rpc.*`, `<prefix>.events.*`, stream `<PREFIX>_EVENTS`), so deployments or test runs can share one NATS server.',
  NATS_CREDS_FILE:
    'NATS credentials file (`.creds`: JWT + nkey). One way of authenticating at most: this, a user and password, or a token.',
  NATS_USER: 'NATS user; set with NATS_PASSWORD (both or neither).',
  NATS_PASSWORD: 'NATS password; set with NATS_USER (both or neither).',
  NATS_TOKEN: 'NATS token.',
  NATS_TLS_CERT_FILE: 'PEM client certificate for mutual TLS with NATS; set with NATS_TLS_KEY_FILE (both or neither).',
  NATS_TLS_KEY_FILE: 'PEM key of the client certificate; set with NATS_TLS_CERT_FILE (both or neither).',
  LOG_LEVEL: 'Least severe level logged.',
  GATEWAY_PORT: 'HTTP port of the public API.',
  RATE_LIMIT_BURST: "Requests one API key may spend at once (the token bucket's size).",
  AUTH_FAILURE_BURST:
    'Failed authentications (401) one client address may make at once before AUTH_FAILURES_PER_MINUTE applies.',
  WEBHOOK_RETRY_SCHEDULE_MS:
    'Waits after attempt 1, 2, ... before the next one (ms, comma-separated); when it runs out the delivery is `failed`.',
  CARRIER_SANDBOX_PORT: 'HTTP port of the carrier emulator.',
  VOICE_EDGE_SANDBOX_PORT: "Port of the edge emulator's admin API.",
};

/** Variables read by the launcher, the tests and the tools rather than by a service schema. */
const TOOL_VARIABLES: [string, string, string, string][] = [
  [
    '`DATABASE_URL`',
    '`postgres://postgres@127.0.0.1:5432/did_platform`',
    '`npm start`, `npm run migrate`',
    "the database the launcher and `migrate` use (the same as the services')",
  ],
  [
    '`DATABASE_URL`',
    '`postgres://postgres@127.0.0.1:5432/did_migrations_scratch`',
    '`npm run migration:create`',
    'scratch database the migration generator diffs against',
  ],
  [
    '`NATS_URL`, `NATS_PREFIX`',
    'as for the services',
    '`npm start`, `npm run example:subscriber`',
    'which NATS the launcher uses or starts, and the prefix it gives the services',
  ],
  [
    '`OPERATOR_API_KEY`, `DEMO_API_KEY`',
    'generated once, kept in `.data/dev-keys.json`',
    '`npm start`',
    'the operator and demo partner keys the launcher installs',
  ],
  [
    '`GATEWAY_PORT`, `CARRIER_SANDBOX_PORT`, `VOICE_EDGE_SANDBOX_PORT`',
    '`3000`, `3090`, `3091`',
    '`npm start`',
    'ports of the services it starts',
  ],
  [
    '`CARRIER_SANDBOX_URL`',
    '`http://127.0.0.1:<CARRIER_SANDBOX_PORT>`',
    '`npm start`',
    'the carrier given to inventory, porting and routing',
  ],
  ['`CONSOLE_DIR`', '`dist/console`', '`npm start`', 'the built console the gateway serves'],
  [
    '`EDGE_DEMO_TRAFFIC`',
    '`true`',
    '`npm start`',
    'demo calls and messages from the voice edge sandbox (`--no-demo-traffic` also turns it off)',
  ],
  [
    '`DEMO_NUMBERS_PER_COUNTRY`',
    '`25000`',
    '`npm start`',
    'numbers per country (US, CA, GB, IN) loaded from the sandbox at start',
  ],
  ['`DEMO_FUNDING_CENTS`', '`100000`', '`npm start`', "the demo partner's wallet is funded once with this"],
  [
    '`TEST_DATABASE_URL`',
    '`postgres://postgres@127.0.0.1:5432/postgres`',
    '`npm test`, Jest global setup',
    'admin connection where test databases are created',
  ],
  ['`TEST_NATS_URL`', '`NATS_URL`, else `nats://127.0.0.1:4222`', '`npm test`, Jest global setup', 'NATS for tests'],
  [
    '`TEST_PG_PORT`, `TEST_NATS_PORT`',
    '`5432`, `4222`',
    '`npm test`',
    'where `npm test` looks for an already running PostgreSQL and NATS',
  ],
  ['`CHROMIUM_PATH`, `CHROME_PATH`', 'unset', '`npm test` (console)', "the Chromium the console's browser test drives"],
  [
    '`SERVICE_CPU_PROF_DIR`',
    'unset',
    '`npm start`, benches',
    'every service started writes a V8 CPU profile there when it stops',
  ],
  [
    '`NO_COLOR`',
    '`1` when output is not a terminal',
    'services started by `npm start` or a bench',
    'no ANSI colours in logs',
  ],
  [
    '`LOG_FORMAT`',
    '`pretty`',
    'services started by `npm start`, a bench or the fleet',
    'readable log lines instead of JSON; set `json` to keep JSON',
  ],
  ['`BENCH_*`', 'see [benchmarks.md](benchmarks.md)', '`npm run bench:*`', 'sizes and durations of each bench'],
];

/** JSDoc comments of every UPPER_CASE property assignment in one source file, by name (later ones do not overwrite). */
export function fieldComments(source: string, fileName: string): Map<string, string> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && /^[A-Z][A-Z0-9_]*$/.test(node.name.text)) {
      const text = ts
        .getJSDocCommentsAndTags(node)
        .filter(ts.isJSDoc)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text && !found.has(node.name.text)) found.set(node.name.text, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

interface ZodInternals {
  _zod: { def: { type: string; defaultValue?: unknown; innerType?: z.ZodType; in?: z.ZodType } };
}

/** The default as an operator would write it in the environment; undefined when the field has none. */
function defaultOf(field: z.ZodType): string | undefined {
  const def = (field as unknown as ZodInternals)._zod.def;
  if (def.type === 'default' || def.type === 'prefault') {
    const value = def.defaultValue;
    return Array.isArray(value) ? value.join(',') : String(value);
  }
  if (def.type === 'pipe' && def.in) return defaultOf(def.in);
  return undefined;
}

/** What a field accepts, in a few words, from its JSON Schema (input side: before coercion and transforms). */
function acceptsOf(field: z.ZodType): string {
  const js = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const range = (lo: unknown, hi: unknown) =>
    lo !== undefined && hi !== undefined && hi !== Number.MAX_SAFE_INTEGER
      ? ` ${lo} to ${hi}`
      : lo !== undefined
        ? ` >= ${lo}`
        : hi !== undefined
          ? ` <= ${hi}`
          : '';
  if (Array.isArray(js.enum)) return js.enum.map((v) => `\`${v}\``).join(', ');
  if (js.type === 'integer') return `integer${range(js.minimum, js.maximum)}`;
  if (js.type === 'number') return `number${range(js.minimum, js.maximum)}`;
  if (js.format === 'uri') return 'URL';
  if (typeof js.pattern === 'string') return `matching \`${js.pattern}\``;
  if (js.type === 'string')
    return typeof js.minLength === 'number' && js.minLength > 1 ? `text, ${js.minLength}+ characters` : 'text';
  return 'see meaning';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => (text.includes('`') ? text : `\`${text}\``);

function meaning(name: string, comments: Map<string, string>[], where: string): string {
  for (const map of comments) {
    const text = map.get(name);
    if (text) return text;
  }
  const fallback = UNCOMMENTED[name];
  if (!fallback) throw new Error(`${name} (${where}) has no comment: add a /** ... */ comment above it in the schema`);
  return fallback;
}

function readSource(root: string, file: string): Map<string, string> {
  return fieldComments(fs.readFileSync(path.join(root, file), 'utf8'), file);
}

/** The whole of docs/configuration.md. */
export function renderConfigReference(root: string = repoRoot(__dirname)): string {
  const base = BaseConfigSchema.shape as Shape;
  const baseComments = readSource(root, BASE_FILE);
  const overriders = (name: string) => CONFIG_SOURCES.filter((s) => s.shape[name] !== base[name]).map((s) => s.service);
  const row = (name: string, field: z.ZodType, readBy: string, text: string) => {
    const value = defaultOf(field);
    const dflt = value === undefined ? 'unset' : value === '' ? 'empty' : code(value);
    return `| \`${name}\` | ${cell(dflt)} | ${cell(acceptsOf(field))} | ${readBy} | ${cell(text)} |`;
  };
  const header = '| variable | default | accepts | read by | meaning |\n|---|---|---|---|---|';

  const baseRows = Object.keys(base).map((name) => {
    const others = overriders(name);
    const readBy = others.length ? `every service (${others.join(', ')}: see below)` : 'every service';
    return row(name, base[name], readBy, meaning(name, [baseComments], BASE_FILE));
  });

  const sections = CONFIG_SOURCES.map((source) => {
    const comments = readSource(root, source.file);
    const own = Object.keys(source.shape).filter((name) => source.shape[name] !== base[name]);
    const rows = own.map((name) => {
      const readBy = CONFIG_SOURCES.filter(
        (s) => s === source || (name in s.shape && s.shape[name] !== base[name]),
      ).map((s) => s.service);
      return row(name, source.shape[name], readBy.join(', '), meaning(name, [comments, baseComments], source.file));
    });
    return `## ${source.service}\n\nSchema: \`${source.file}\`.\n\n${rows.length ? `${header}\n${rows.join('\n')}` : 'Only the settings every service reads.'}`;
  });

  const tools = TOOL_VARIABLES.map((r) => `| ${r.join(' | ')} |`).join('\n');

  return `# Configuration reference

For the platform team: every environment variable a service reads, its default, what it accepts and what it means.

This page is generated from the services' zod config schemas (\`${BASE_FILE}\` and \`apps/<service>/src/config.ts\`)
by \`npm run docs:config\`; the meanings are the comments above each field. A test fails when it is stale: change the
schema, then run \`npm run docs:config\` and commit both.

Every service validates its environment at boot and refuses to start with one line naming each bad variable. An
empty variable counts as unset. Nothing but \`loadConfig\` (\`@did/config\`) reads \`process.env\` in a service.
NATS credentials are one way at most: a creds file, a user and password, or a token; a client certificate needs its key.

How to set these in each environment: [operations.md](operations.md#configure).

## Every service

Schema: \`BaseConfigSchema\` in \`${BASE_FILE}\`.

${header}
${baseRows.join('\n')}

${sections.join('\n\n')}

## Read by the launcher, tests and tools

Not part of any service schema, so written here by hand (in \`tools/docs/generate-config-reference.ts\`).

| variable | default | read by | meaning |
|---|---|---|---|
${tools}
`;
}

/** Where the rendered page lives, from the repository root (works from tools/ and from dist/tools/). */
export function configReferencePath(root: string = repoRoot(__dirname)): string {
  return path.join(root, 'docs', 'configuration.md');
}

if (require.main === module) {
  const file = configReferencePath();
  fs.writeFileSync(file, renderConfigReference());
  console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
}
