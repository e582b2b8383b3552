import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CATALOGUE, ErrorCode, ErrorType } from '@did/contracts';
import { statusForErrorType } from '@did/http-kit';

/** Every `new DomainError(ErrorType.X, ErrorCode.Y` in the services' and libraries' sources. */
function throwSites(): { file: string; type: ErrorType; code: string }[] {
  const root = path.resolve(__dirname, '../../../..');
  const sites: { file: string; type: ErrorType; code: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'test', 'migrations', 'web'].includes(entry.name)) walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        for (const m of text.matchAll(/DomainError\(\s*ErrorType\.(\w+),\s*ErrorCode\.(\w+)/g)) {
          sites.push({
            file: path.relative(root, full),
            type: ErrorType[m[1] as keyof typeof ErrorType],
            code: ErrorCode[m[2] as keyof typeof ErrorCode],
          });
        }
      }
    }
  };
  for (const top of ['apps', 'libs']) walk(path.join(root, top));
  return sites;
}

describe('the error catalogue against the code', () => {
  const sites = throwSites();

  it('finds the throw sites it checks', () => {
    expect(sites.length).toBeGreaterThan(50);
  });

  it('lists, for every code, each status the code is thrown with', () => {
    const wrong = sites
      .filter((s) => !ERROR_CATALOGUE[s.code]?.statuses.includes(statusForErrorType(s.type)))
      .map(
        (s) =>
          `${s.file}: ${s.code} thrown with ${statusForErrorType(s.type)}, catalogue says ${ERROR_CATALOGUE[s.code]?.statuses.join('/') ?? 'nothing'}`,
      );
    expect(wrong).toEqual([]);
  });
});
