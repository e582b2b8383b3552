/**
 * `npm run docs:client`: writes the TypeScript types of the public API, generated from docs/openapi.json by
 * openapi-typescript, to apps/console/web/api/generated/openapi.ts, where the console's typed client
 * (openapi-fetch, apps/console/web/api/client.ts) reads them. apps/console/test/api-types.spec.ts fails when the
 * committed file is stale (it runs this script with --stdout): run `npm run docs:openapi && npm run docs:client` after changing a route or a contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { repoRoot } from '../dev/repo-root';
import { openApiDocumentPath } from './generate-openapi';

const HEADER =
  '// Generated from docs/openapi.json by `npm run docs:client` (tools/docs/generate-api-types.ts). Do not edit.\n\n';

/** Where the generated types live, from the repository root. */
export function apiTypesPath(root: string = repoRoot(__dirname)): string {
  return path.join(root, 'apps', 'console', 'web', 'api', 'generated', 'openapi.ts');
}

/** The text of the generated types: `paths`, `components`, `operations`, and each component schema as a root type. */
export async function renderApiTypes(documentPath: string = openApiDocumentPath()): Promise<string> {
  const document = JSON.parse(fs.readFileSync(documentPath, 'utf8'));
  const ast = await openapiTS(document, { rootTypes: true, rootTypesNoSchemaPrefix: true, exportType: true });
  return HEADER + astToString(ast);
}

if (require.main === module) {
  renderApiTypes()
    .then((text) => {
      // --stdout: the staleness test compares this with the committed file (Jest cannot load openapi-typescript's ESM dependencies).
      if (process.argv.includes('--stdout')) return void process.stdout.write(text);
      const file = apiTypesPath();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
