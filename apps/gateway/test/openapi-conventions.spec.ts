import { renderOpenApiDocument } from '../src/http/openapi-render';
import { PUBLIC_FIELD_NAMES } from '../src/http/public-names';

// The document is walked as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];
/** Sub-collections created by a POST under a resource (not actions). */
const SUB_COLLECTIONS = new Set(['comments']);

function propertyNames(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => propertyNames(item, into));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === 'properties') Object.keys(value as Json).forEach((name) => into.add(name));
      propertyNames(value, into);
    }
  }
  return into;
}

/** The API conventions of docs/api/conventions.md, checked on the document the gateway generates. */
describe('OpenAPI: one name per concept (docs/api/conventions.md)', () => {
  let doc: Json;
  const operations = () =>
    Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] as Json })),
    );

  beforeAll(async () => {
    doc = JSON.parse(await renderOpenApiDocument());
  });

  it('uses no contract name the public API renamed, in any schema or parameter', () => {
    const names = propertyNames(doc);
    for (const operation of operations())
      for (const p of operation.operation.parameters ?? []) if (p.name) names.add(p.name);
    expect(Object.keys(PUBLIC_FIELD_NAMES).filter((old) => names.has(old))).toEqual([]);
    expect(names.has('setup_fee_cents') && names.has('monthly_fee_cents')).toBe(true);
  });

  it('gives every list the one meta', () => {
    const lists = operations().filter(({ method, operation }) => {
      const schema = operation.responses['200']?.content?.['application/json']?.schema;
      const body = schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema;
      return method === 'get' && body?.properties?.data?.type === 'array' && body.properties.meta;
    });
    expect(lists.length).toBeGreaterThan(15);
    for (const { path, operation } of lists) {
      const schema = operation.responses['200'].content['application/json'].schema;
      const meta = (schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema).properties.meta;
      const fields = meta.$ref ? doc.components.schemas.ListMeta.properties : meta.properties;
      expect({ path, total: fields.total?.nullable, next_cursor: fields.next_cursor?.nullable }).toEqual({
        path,
        total: true,
        next_cursor: true,
      });
    }
  });

  it('creates in collections and acts under /actions/', () => {
    for (const { path, method } of operations()) {
      if (method !== 'post') continue;
      const segments = path.split('/');
      const last = segments[segments.length - 1];
      const afterId = segments[segments.length - 2]?.startsWith('{');
      if (afterId) expect({ path, ok: SUB_COLLECTIONS.has(last) }).toEqual({ path, ok: true });
      if (segments.includes('actions'))
        expect({
          path,
          shape: segments[segments.length - 3]?.startsWith('{') && segments[segments.length - 2] === 'actions',
        }).toEqual({ path, shape: true });
    }
    expect(doc.paths['/v1/number-orders'].post.operationId).toBe('createNumberOrder');
    expect(doc.paths['/v1/numbers/order']).toBeUndefined();
  });

  it('documents Request-Id on every response', () => {
    const missing: string[] = [];
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as Json)) {
        const resolved = response.$ref ? doc.components.responses[response.$ref.split('/').pop()] : response;
        if (!resolved.headers?.['Request-Id']) missing.push(`${method} ${path} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
