import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const committedPath = path.join(root, 'apps/console/web/api/generated/openapi.ts');

describe('apps/console/web/api/generated/openapi.ts', () => {
  it('is what openapi-typescript generates from docs/openapi.json', () => {
    const committed = fs.existsSync(committedPath) ? fs.readFileSync(committedPath, 'utf8').replace(/\r\n/g, '\n') : '';
    // The generator runs as `npm run docs:client` does, in its own Node: Jest cannot load openapi-typescript's ESM dependencies.
    const generated = execFileSync(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        'tools/docs/generate-api-types.ts',
        '--stdout',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (committed !== generated)
      throw new Error(
        "The console's API types are out of date with docs/openapi.json: run `npm run docs:client` and commit the result.",
      );
  });
});
