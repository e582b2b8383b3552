import fs from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tools/ is workspace scripts, not an Nx project: no alias to import it by
import { errorCataloguePath, renderErrorCatalogue } from '../../../tools/docs/generate-error-catalogue';
import { ERROR_CATALOGUE, ErrorCode } from '../src';

describe('the error catalogue', () => {
  it.each(Object.values(ErrorCode))('documents %s with its statuses, meaning and what to do', (code) => {
    const doc = ERROR_CATALOGUE[code];
    expect(doc).toBeDefined();
    expect(doc.statuses.length).toBeGreaterThan(0);
    doc.statuses.forEach((status) => expect(status).toBeGreaterThanOrEqual(400));
    expect(doc.meaning.trim()).not.toBe('');
    expect(doc.action.trim()).not.toBe('');
  });

  it('documents no code that does not exist', () => {
    const known = new Set<string>(Object.values(ErrorCode));
    expect(Object.keys(ERROR_CATALOGUE).filter((code) => !known.has(code))).toEqual([]);
  });

  it('is committed as docs/errors.md exactly as rendered', () => {
    const file = errorCataloguePath(path.resolve(__dirname, '../../..'));
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : '';
    if (committed !== renderErrorCatalogue())
      throw new Error(
        'docs/errors.md is out of date with libs/contracts: run `npm run docs:errors` and commit the result.',
      );
  });
});
