import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tools/ is workspace scripts, not an Nx project: no alias to import it by
import {
  CONFIG_SOURCES,
  configReferencePath,
  fieldComments,
  renderConfigReference,
} from '../../../tools/docs/generate-config-reference';

const root = path.resolve(__dirname, '../../..');

/** 1-based number of the first line where two texts differ. */
function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index === -1 ? left.length : index) + 1;
}

describe('docs/configuration.md', () => {
  it("is exactly what the services' config schemas render", () => {
    const file = configReferencePath(root);
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : '';
    const rendered = renderConfigReference(root);
    if (committed !== rendered) {
      const where = committed
        ? `first difference at line ${firstDifferentLine(committed, rendered)}`
        : 'the file is missing';
      throw new Error(
        `docs/configuration.md is out of date with the config schemas (${where}): run \`npm run docs:config\` and commit the result.`,
      );
    }
  });

  it('covers every service that has a config schema', () => {
    const withSchema = fs
      .readdirSync(path.join(root, 'apps'))
      .filter((app) => fs.existsSync(path.join(root, 'apps', app, 'src', 'config.ts')));
    expect(CONFIG_SOURCES.map((s) => s.service).sort()).toEqual(withSchema.sort());
  });

  it('goes stale when a comment in a schema changes', () => {
    // A copy of the schema sources with one comment edited, rendered as the generator would render the checkout.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'config-reference-'));
    try {
      for (const file of ['libs/config/src/load-config.ts', ...CONFIG_SOURCES.map((s) => s.file)]) {
        fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
        fs.copyFileSync(path.join(root, file), path.join(copy, file));
      }
      const usage = path.join(copy, 'apps/usage/src/config.ts');
      const source = fs.readFileSync(usage, 'utf8');
      fs.writeFileSync(
        usage,
        source.replace(
          '/** Records rated in one transaction at most',
          '/** CHANGED: records rated in one transaction at most',
        ),
      );
      expect(fieldComments(fs.readFileSync(usage, 'utf8'), 'config.ts').get('USAGE_BATCH_SIZE')).toMatch(
        /^CHANGED: records rated/,
      );
      const rendered = renderConfigReference(copy);
      expect(rendered).toContain('| `USAGE_BATCH_SIZE` | `2000` | integer 1 to 10000 | usage | CHANGED: records rated');
      expect(rendered).not.toBe(fs.readFileSync(configReferencePath(root), 'utf8'));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
