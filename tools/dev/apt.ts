import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eachLine, say, SetupError } from './log';

/** `name` on the PATH, or in the sbin folders Debian installs daemons to (not on every user's PATH). */
export function findExecutable(name: string): string | undefined {
  const dirs = [
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    '/usr/sbin',
    '/usr/local/sbin',
    '/usr/bin',
    '/bin',
  ];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      if (!fs.statSync(candidate).isFile()) continue;
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

/** True on a Debian-like machine where we may install packages: apt-get exists, and we are root or have sudo. */
export function canAptInstall(): boolean {
  return findExecutable('apt-get') !== undefined && (isRoot() || findExecutable('sudo') !== undefined);
}

let updated = false;

/**
 * Installs Debian packages as `.ci/run` used to: `apt-get update` once per process, then
 * `apt-get install -y`, non-interactively, through sudo when not root. Its output is kept and shown
 * only when it fails.
 */
export async function aptInstall(packages: string[]): Promise<void> {
  if (!canAptInstall())
    throw new SetupError(`cannot install ${packages.join(' ')}: no apt-get here (or not root and no sudo)`);
  // sudo resets the environment, so DEBIAN_FRONTEND goes on its command line.
  const asRoot = (args: string[]) =>
    isRoot() ? ['env', 'DEBIAN_FRONTEND=noninteractive', ...args] : ['sudo', 'DEBIAN_FRONTEND=noninteractive', ...args];
  if (!updated) {
    say('apt-get update', 'apt');
    await run(asRoot(['apt-get', 'update']));
    updated = true;
  }
  say(`apt-get install -y ${packages.join(' ')}`, 'apt');
  await run(asRoot(['apt-get', 'install', '-y', ...packages]));
}

function run([command, ...args]: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // stdin stays the terminal's, so sudo can ask for a password.
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'] });
    const output: string[] = [];
    eachLine(child.stdout, (line) => output.push(line));
    eachLine(child.stderr, (line) => output.push(line));
    child.once('error', (err) => reject(new SetupError(`${command} ${args.join(' ')}: ${err.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      output.slice(-15).forEach((line) => say(line, 'apt'));
      reject(
        new SetupError(
          `${[command, ...args].join(' ')} failed (${signal ?? `exit code ${code}`}; see the lines above)`,
        ),
      );
    });
  });
}
