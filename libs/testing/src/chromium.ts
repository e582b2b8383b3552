import fs from 'node:fs';

/**
 * Where the console's browser test finds Chromium. `npm test` (tools/test/run-tests.ts) finds or
 * installs it once and sets CHROMIUM_PATH; when it could not, it sets DID_TEST_CHROMIUM_MISSING to the line
 * saying what to install, and the browser test fails with that line.
 */
export const CHROMIUM_ENV = {
  path: 'CHROMIUM_PATH',
  chromePath: 'CHROME_PATH',
  missing: 'DID_TEST_CHROMIUM_MISSING',
} as const;

/** Where Debian (`chromium`) and Ubuntu/older Debian (`chromium-browser`) install it. */
export const CHROMIUM_LOCATIONS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** $CHROMIUM_PATH, $CHROME_PATH, then the usual locations: the first that is an executable file. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env[CHROMIUM_ENV.path], env[CHROMIUM_ENV.chromePath], ...CHROMIUM_LOCATIONS].filter(
    (file): file is string => !!file,
  );
  return candidates.find(isExecutable);
}

/** The one line a run without Chromium fails with. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env[CHROMIUM_ENV.missing] ||
    `Chromium not found (looked at $${CHROMIUM_ENV.path}, $${CHROMIUM_ENV.chromePath}, ${CHROMIUM_LOCATIONS.join(', ')}): install it (apt-get install -y chromium) or set ${CHROMIUM_ENV.path}; \`npm test\` installs it when it can`
  );
}
