import { z } from 'zod';
import * as contracts from '@did/contracts';
import { regexMaxLength } from './regex-max-length';

type Json = Record<string, unknown>;

const COMPONENT_REF = '#/components/schemas/';
/** Named schemas met while converting the routes' zod schemas, published as `components.schemas`. */
const components = new Map<string, Json>();

/**
 * Every zod schema exported by @did/contracts as `<Name>Schema` gets the component name `<Name>`, so the document
 * names the same things the code does, and a client generator gets one type per contract instead of anonymous copies.
 * Names go into zod's global registry (zod reads ids from it while converting); schemas that already have an id keep it.
 */
function nameContractSchemas(): void {
  for (const [exportName, value] of Object.entries(contracts).sort(([a], [b]) => a.localeCompare(b))) {
    if (!exportName.endsWith('Schema') || !(value instanceof z.ZodType)) continue;
    const meta = z.globalRegistry.get(value);
    if (meta?.id) continue;
    z.globalRegistry.add(value, { ...meta, id: exportName.slice(0, -'Schema'.length) });
  }
}
nameContractSchemas();

/** `format` for an integer from its bounds: OWASP asks for one, and clients need it to pick a 32- or 64-bit type. */
function integerFormat(schema: Json): string {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  return min >= -(2 ** 31) && max <= 2 ** 31 - 1 ? 'int32' : 'int64';
}

/** Walks a converted schema: integer formats, maxLength implied by patterns, and `#/definitions/X` references renamed to their component names. */
function finish(node: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => finish(item, rename));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')
        ? COMPONENT_REF + rename(value.slice('#/definitions/'.length))
        : finish(value, rename);
  }
  // OpenAPI 3.0: a nullable enum lists null among its values, or null (often the default) is not a valid value.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.type === 'integer' && out.format === undefined) out.format = integerFormat(out);
  // A pattern that bounds the length is a maxLength in all but name: say it, for OWASP and for clients.
  if (
    out.type === 'string' &&
    out.maxLength === undefined &&
    typeof out.pattern === 'string' &&
    Number.isFinite(regexMaxLength(out.pattern))
  )
    out.maxLength = regexMaxLength(out.pattern);
  return out;
}

/**
 * The component name of a named schema converted for `io`. A schema reads the same as a request and as a response
 * unless it has defaults or transforms; then the request side is `<Name>Input`.
 */
function componentName(name: string, json: Json, io: 'input' | 'output'): string {
  const existing = components.get(name);
  if (!existing || JSON.stringify(existing) === JSON.stringify(json)) return name;
  return io === 'input' ? `${name}Input` : `${name}Output`;
}

/**
 * The OpenAPI 3.0 schema of a zod schema, so the published document is generated from the same code that validates.
 * Named schemas (contracts' exports) become `$ref`s to `components.schemas`.
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Json;
  delete json.$schema;
  const definitions = (json.definitions ?? {}) as Record<string, Json>;
  delete json.definitions;
  // Definitions refer to each other: settle every name first, then rewrite and store the bodies.
  const identity = (name: string) => name;
  const names = new Map(
    Object.keys(definitions).map((name) => [
      name,
      componentName(name, finish(definitions[name], identity) as Json, io),
    ]),
  );
  const rename = (name: string) => names.get(name) ?? name;
  for (const [name, body] of Object.entries(definitions)) {
    const finished = finish(body, rename) as Json;
    const target = rename(name);
    const existing = components.get(target);
    if (existing && JSON.stringify(existing) !== JSON.stringify(finished))
      throw new Error(`OpenAPI: two different schemas want the component name ${target}`);
    components.set(target, finished);
  }
  return finish(json, rename) as Json;
}

/** The named schemas collected so far (every route's decorators have run once the controllers are imported). */
export function componentSchemas(): Record<string, Json> {
  return Object.fromEntries([...components.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Registers a hand-written component schema (the problem document) under `name`; returns its `$ref`. */
export function componentRef(name: string, schema: Json): { $ref: string } {
  components.set(name, schema);
  return { $ref: COMPONENT_REF + name };
}

/** The schema a component `$ref` names, to inline it (a query object is documented as parameters; a request body inline). */
export function componentBody(ref: string): Json {
  const schema = components.get(ref.slice(COMPONENT_REF.length));
  if (!schema) throw new Error(`OpenAPI: no component ${ref}`);
  return schema;
}
