import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../../..');

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

/** Spectral's findings on the committed document with the repository's ruleset (.spectral.yaml: spectral:oas, OWASP and ours). */
async function lint(document: string): Promise<SpectralResult[]> {
  const spectral = path.join(root, 'node_modules/.bin/spectral');
  // Spectral exits non-zero when it finds errors; the JSON on stdout is the answer either way.
  const { stdout } = await promisify(execFile)(
    spectral,
    ['lint', document, '--ruleset', path.join(root, '.spectral.yaml'), '--format', 'json', '--quiet'],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  ).catch((err: { stdout?: string; stderr?: string }) => {
    if (!err.stdout) throw new Error(`spectral failed: ${err.stderr}`);
    return { stdout: err.stdout };
  });
  return JSON.parse(stdout) as SpectralResult[];
}

describe('docs/openapi.json against Spectral (spectral:oas and the OWASP API security ruleset)', () => {
  it('has no errors', async () => {
    const errors = (await lint('docs/openapi.json')).filter((r) => r.severity === 0);
    if (errors.length)
      throw new Error(
        `${errors.length} Spectral errors:\n${errors.map((e) => `${e.code} at ${e.path.join('.')}: ${e.message}`).join('\n')}`,
      );
  }, 300_000);
});
