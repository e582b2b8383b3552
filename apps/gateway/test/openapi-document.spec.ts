import fs from 'node:fs';
import path from 'node:path';
import { renderOpenApiDocument } from '../src/http/openapi-render';

const committedPath = path.resolve(__dirname, '../../../docs/openapi.json');

describe('docs/openapi.json', () => {
  it('is what the gateway generates from its controllers and contracts', async () => {
    const committed = fs.existsSync(committedPath) ? fs.readFileSync(committedPath, 'utf8').replace(/\r\n/g, '\n') : '';
    const generated = await renderOpenApiDocument();
    if (committed !== generated)
      throw new Error(
        'docs/openapi.json is out of date with the gateway: run `npm run docs:openapi` and commit the result.',
      );
  });
});
