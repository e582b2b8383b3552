import fs from 'node:fs';
import path from 'node:path';

const APPS_DIR = path.resolve(__dirname, '../../apps');

/** Every service binary of the repo (apps/<name>/src/main.ts), so a new app without a Deployment fails the checks. */
function serviceApps(): string[] {
  return fs
    .readdirSync(APPS_DIR)
    .filter((name) => fs.existsSync(path.join(APPS_DIR, name, 'src', 'main.ts')))
    .sort();
}

/** The development stand-ins: in overlays/sandbox only, never in the base. */
export const sandboxServices = (): string[] => serviceApps().filter((name) => name.endsWith('-sandbox'));

/** The platform's services: one Deployment each in the base. */
export const platformServices = (): string[] => serviceApps().filter((name) => !name.endsWith('-sandbox'));

/** Services with a database schema (apps/<name>/src/migrations/index.ts): the migrations Job runs theirs, and they wait for it. */
export const servicesWithMigrations = (): string[] => serviceApps().filter((name) => fs.existsSync(path.join(APPS_DIR, name, 'src', 'migrations', 'index.ts')));
