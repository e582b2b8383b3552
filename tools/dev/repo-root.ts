import fs from 'node:fs';
import path from 'node:path';

/**
 * The checkout (or image) these tools belong to: the nearest folder with a package.json. Found by walking
 * up rather than by a fixed `../..`, because the same code runs compiled from dist/tools/dev, from
 * tools/dev in an editor, and from /app/dist/tools/dev in the container image.
 */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the repository root (a package.json) above ${from}`);
    dir = parent;
  }
}

/** `.data/`: local state of the dev tools (embedded PostgreSQL, JetStream store, dev keys); git-ignored. */
export function dataDir(root: string): string {
  const dir = path.join(root, '.data');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
