import fs from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tools/ is workspace scripts, not an Nx project: no alias to import it by
import { eventCatalogPath, renderEventCatalog } from '../../../tools/docs/generate-event-catalog';

/** 1-based number of the first line where two texts differ. */
function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index === -1 ? left.length : index) + 1;
}

describe('docs/events.md', () => {
  it('is exactly what the event contracts render', () => {
    const file = eventCatalogPath(path.resolve(__dirname, '../../..'));
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : '';
    const rendered = renderEventCatalog();
    if (committed !== rendered) {
      const where = committed
        ? `first difference at line ${firstDifferentLine(committed, rendered)}`
        : 'the file is missing';
      throw new Error(
        `docs/events.md is out of date with libs/contracts (${where}): run \`npm run docs:events\` and commit the result.`,
      );
    }
  });
});
