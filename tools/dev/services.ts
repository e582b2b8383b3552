import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describeExit, ExitStatus, spawnChild, terminate, whenClosed } from './children';
import { createDatabaseIfMissing } from './database';
import { eachLine, redactUrl, say, SetupError } from './log';
import { LOCAL_DATABASE_URL } from './postgres';
import { repoRoot } from './repo-root';

import { SERVICE_NAMES, ServiceName } from '@did/contracts';

/**
 * True when this checkout or image has the service: its source (apps/<name>/src/main.ts) or its build.
 * A service declared in contracts before its app is written is skipped instead of failing every start.
 */
export function hasService(root: string, service: ServiceName): boolean {
  return fs.existsSync(path.join(root, 'apps', service, 'src', 'main.ts')) || fs.existsSync(entryPath(root, service));
}

/** Every service binary there is, in the order their logs are listed (declared once, in contracts). */
export const SERVICES: readonly ServiceName[] = SERVICE_NAMES.filter((service) => hasService(repoRoot(), service));
/** Services contracts declare that have no app here yet: the launcher says it leaves them out. */
export const MISSING_SERVICES: readonly ServiceName[] = SERVICE_NAMES.filter((service) => !SERVICES.includes(service));
export type { ServiceName };

/**
 * V8's default young generation (16 MB semi-spaces) keeps ~20-30 MB of RSS per process that an idle
 * service never needs; 4 MB semi-spaces keep each service well under the 150 MB idle budget
 * (gateway: 137 -> 117 MB measured) at the cost of more, shorter scavenges.
 */
export const SERVICE_NODE_OPTIONS = '--max-semi-space-size=4';

export interface DemoSeed {
  partner_id: string;
  tenant_id: string;
  api_key: string;
}

function entryPath(root: string, service: ServiceName): string {
  return path.join(root, 'dist', 'apps', service, 'src', 'main.js');
}

export function serviceEntry(root: string, service: ServiceName): string {
  const entry = entryPath(root, service);
  if (!fs.existsSync(entry))
    throw new SetupError(`${path.relative(root, entry)} is missing: run \`npm run build\` first`);
  return entry;
}

/**
 * The environment of every service: ours plus the resolved settings. Nest colours its logs even into
 * a pipe, which litters redirected output with escape codes, so colour is kept only for a terminal.
 */
export function serviceEnv(settings: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!process.stdout.isTTY && env.NO_COLOR === undefined) env.NO_COLOR = '1';
  // Services log JSON lines for collectors; here a person reads them (LOG_FORMAT=json keeps JSON).
  if (env.LOG_FORMAT === undefined) env.LOG_FORMAT = 'pretty';
  for (const [name, value] of Object.entries(settings)) if (value !== undefined) env[name] = value;
  if (!env.NODE_OPTIONS?.includes('--max-semi-space-size'))
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} ${SERVICE_NODE_OPTIONS}`.trim();
  return env;
}

/** `SERVICE_CPU_PROF_DIR=dir`: every service started writes a V8 CPU profile there when it stops (Node refuses --cpu-prof in NODE_OPTIONS). */
export function spawnService(root: string, service: ServiceName, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const profile = env.SERVICE_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.SERVICE_CPU_PROF_DIR}`] : [];
  return spawnChild(process.execPath, [...profile, serviceEntry(root, service), ...args], { env, cwd: root });
}

const commands = new Set<ChildProcess>();

/** Stops one-shot commands (migrate, seed-demo) still running when the launcher is interrupted. */
export async function stopCommands(graceMs = 5_000): Promise<void> {
  await terminate([...commands], graceMs);
}

export interface CommandResult {
  status: ExitStatus;
  stdout: string[];
  /** stdout and stderr interleaved, to show when a quiet command fails. */
  output: string[];
}

/**
 * Runs `main.js <args>` of a service to completion. `echo` shows its output as it comes, prefixed with
 * the service name; `echoStdout: false` keeps stdout back for the caller to show (or not).
 */
export async function runCommand(
  root: string,
  service: ServiceName,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { echo?: boolean; echoStdout?: boolean } = {},
): Promise<CommandResult> {
  const echoStdout = options.echo && options.echoStdout !== false;
  const child = spawnService(root, service, args, env);
  commands.add(child);
  const stdout: string[] = [];
  const output: string[] = [];
  eachLine(child.stdout, (line) => {
    stdout.push(line);
    output.push(line);
    if (echoStdout) say(line, service);
  });
  eachLine(child.stderr, (line) => {
    output.push(line);
    if (options.echo) say(line, service);
  });
  const status = await whenClosed(child);
  commands.delete(child);
  return { status, stdout, output };
}

/** Applies every service's migrations, in parallel: each service owns its own schema. */
export async function migrateAll(
  root: string,
  env: NodeJS.ProcessEnv,
  options: { echo?: boolean } = {},
): Promise<void> {
  const echo = options.echo ?? true;
  const databaseUrl = env.DATABASE_URL || LOCAL_DATABASE_URL;
  try {
    await createDatabaseIfMissing(databaseUrl);
  } catch (err) {
    throw new SetupError(`cannot reach or create the database ${redactUrl(databaseUrl)}: ${(err as Error).message}`);
  }
  const results = await Promise.all(
    SERVICES.map(async (service) => ({ service, result: await runCommand(root, service, ['migrate'], env, { echo }) })),
  );
  const failed = results.filter(({ result }) => result.status.code !== 0);
  if (!failed.length) return;
  if (!echo) for (const { service, result } of failed) result.output.forEach((line) => say(line, service));
  throw new SetupError(
    `migrations failed: ${failed.map(({ service, result }) => `${service} (${describeExit(result.status)})`).join(', ')}`,
  );
}

/**
 * Creates (or finds) the demo partner and tenant. Their ids and the key come back as the last stdout
 * line; that line is not echoed since the banner shows the same values in a readable form.
 */
export async function seedDemo(root: string, env: NodeJS.ProcessEnv): Promise<DemoSeed> {
  const { status, stdout } = await runCommand(root, 'gateway', ['seed-demo'], env, { echo: true, echoStdout: false });
  const lines = stdout.filter((line) => line.trim());
  const json = status.code === 0 ? (lines.pop() ?? '') : '';
  lines.forEach((line) => say(line, 'gateway'));
  if (status.code !== 0) throw new SetupError(`gateway seed-demo failed (${describeExit(status)})`);
  try {
    const seed = JSON.parse(json) as DemoSeed;
    if (!seed.partner_id || !seed.tenant_id || !seed.api_key) throw new Error('fields missing');
    return seed;
  } catch {
    throw new SetupError('gateway seed-demo did not print {"partner_id","tenant_id","api_key"} as its last line');
  }
}

/**
 * Credits the demo account's wallet once (an `adjustment` under a fixed key, so every later start
 * finds it funded and adds nothing). Ordering opens the wallet if account.created has not reached it yet.
 */
export async function fundDemo(
  root: string,
  env: NodeJS.ProcessEnv,
  accountId: string,
  amountCents: number,
): Promise<void> {
  const { status, output } = await runCommand(
    root,
    'ordering',
    ['fund-demo', '--account', accountId, '--amount-cents', String(amountCents)],
    env,
    { echo: true },
  );
  if (status.code !== 0) {
    output.forEach((line) => say(line, 'ordering'));
    throw new SetupError(`ordering fund-demo failed (${describeExit(status)})`);
  }
}

/**
 * Loads the carrier sandbox's inventory into the registry so searches find numbers at once (the
 * carrier must be running). Re-running refreshes stock and never touches reserved or sold numbers.
 */
export async function ingestDemoNumbers(root: string, env: NodeJS.ProcessEnv, countPerCountry: number): Promise<void> {
  const { status, output } = await runCommand(
    root,
    'inventory',
    ['ingest', '--count-per-country', String(countPerCountry)],
    env,
    { echo: true },
  );
  if (status.code !== 0) {
    output.forEach((line) => say(line, 'inventory'));
    throw new SetupError(`inventory ingest failed (${describeExit(status)})`);
  }
}
