import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The console is served by the gateway at /console/ (CONSOLE_DIR=dist/console) and calls /v1 on the same origin. */
export default defineConfig({
  root: `${here}web`,
  base: '/console/',
  publicDir: false,
  build: { outDir: `${here}../../dist/console`, emptyOutDir: true, sourcemap: true },
  oxc: { jsx: { runtime: 'automatic' } },
});
