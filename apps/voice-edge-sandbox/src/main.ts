import 'reflect-metadata';
import '@did/tracing'; // before anything that loads http, fastify, pg or undici: OpenTelemetry, when configured, patches them as they load
import { Logger } from '@nestjs/common';
import { installServiceLogger } from '@did/runtime';
import { SERVICE } from './app.module';
import { loadVoiceEdgeSandboxConfig, VoiceEdgeSandboxConfig } from './config';
import { startVoiceEdgeSandbox } from './start';

/**
 * `main.js` (or `main.js start`) runs the sandbox; `main.js migrate` succeeds at once, since it has no
 * database, so tools that migrate every service need no exception for it. A bad configuration stops
 * it with one clear line, as every service does.
 */
async function main(argv = process.argv.slice(2)): Promise<void> {
  let config: VoiceEdgeSandboxConfig;
  try {
    config = loadVoiceEdgeSandboxConfig();
  } catch (err) {
    console.error(`${SERVICE}: ${(err as Error).message}`);
    process.exit(78); // EX_CONFIG
  }
  installServiceLogger(SERVICE, config);
  const logger = new Logger(SERVICE);
  const command = argv[0] ?? 'start';
  try {
    if (command === 'migrate') return logger.log('no database: nothing to migrate');
    if (command !== 'start') throw new Error(`unknown command "${command}" (use start or migrate)`);
    await startVoiceEdgeSandbox(config);
  } catch (err) {
    logger.error((err as Error).stack ?? String(err));
    process.exit(1);
  }
}

void main();
