/**
 * `npm run docs:openapi`: writes docs/openapi.json, the gateway's OpenAPI document, from its controllers and zod
 * contracts (apps/gateway/src/http/openapi-render.ts). apps/gateway/test/openapi-document.spec.ts fails when the
 * committed file differs; apps/gateway/test/openapi-lint.spec.ts lints it with Spectral (.spectral.yaml).
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderOpenApiDocument } from '../../apps/gateway/src/http/openapi-render';
import { repoRoot } from '../dev/repo-root';

/** Where the document lives, from the repository root. */
export function openApiDocumentPath(root: string = repoRoot(__dirname)): string {
  return path.join(root, 'docs', 'openapi.json');
}

if (require.main === module) {
  renderOpenApiDocument()
    .then((text) => {
      const file = openApiDocumentPath();
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
