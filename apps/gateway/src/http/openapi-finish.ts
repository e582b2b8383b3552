import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CATALOGUE } from '@did/contracts';
import { REQUEST_EXAMPLES } from './openapi-examples';
import { componentSchemas } from './openapi-schemas';
import {
  FIELD_VIOLATION_SCHEMA,
  PROBLEM_CODES_EXTENSION,
  PROBLEM_SCHEMA,
  problemCodesByStatus,
  problemExamples,
  problemResponse,
} from './openapi-problems';

// The document is walked and patched as plain JSON: any keeps that readable (its shape is checked by Spectral, not by types).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const COMPONENT_SCHEMAS = '#/components/schemas/';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** What the gateway sends on every answer, and what its rate limiter (apps/gateway/src/rate-limit) and idempotency (apps/gateway/src/idempotency) add, as reusable headers. */
const HEADERS: Json = {
  'Request-Id': {
    description:
      "The id of this request; give it to support. The same id is in the gateway's log and in the traces of everything the request caused.",
    schema: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' },
    example: 'req_3f9a1c0b7e2d4a6f8b1c',
  },
  'RateLimit-Limit': {
    description: 'Requests this API key may make in a burst (the token bucket size).',
    schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 1_000_000 },
  },
  'RateLimit-Remaining': {
    description: 'Requests left in the burst; it refills at RATE_LIMIT_PER_MINUTE.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 },
  },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86_400 },
  },
};
const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

const PARAMETERS: Json = {
  AccountId: {
    name: 'Account-Id',
    in: 'header',
    required: false,
    description:
      'The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.',
    schema: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
    example: 'acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2',
  },
};

/** Bounds of the path parameters by name: ids are short tokens (a number may also be named by its E.164 form). */
const PATH_PARAMETER_SCHEMAS: Json = {
  id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+-]+$' },
  service: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z][a-z0-9-]*$' },
};

/** Header parameters @nestjs/swagger derives from `@Headers()` handler arguments: documented properly elsewhere (or, like Accept, not parameters in OpenAPI). */
const DERIVED_HEADERS = new Set(['idempotency-key', 'accept']);

function finishParameters(operation: Json, path: string, secured: boolean): void {
  const parameters: Json[] = (operation.parameters ?? []).filter(
    (p: Json) => !(p.in === 'header' && DERIVED_HEADERS.has(p.name)),
  );
  for (const parameter of parameters) {
    if (parameter.in !== 'path') continue;
    const schema = PATH_PARAMETER_SCHEMAS[parameter.name];
    if (!schema) throw new Error(`OpenAPI: no bounds for the path parameter ${parameter.name} of ${path}`);
    parameter.schema = schema;
  }
  const key = parameters.find((p) => p.name === 'Idempotency-Key');
  if (key) {
    key.schema = { type: 'string', minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9_:-]+$' };
    key.example = '7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21';
  }
  if (secured) parameters.push({ $ref: '#/components/parameters/AccountId' });
  operation.parameters = parameters;
}

function finishResponses(operation: Json, path: string, secured: boolean): void {
  const ownCodes: string[] = operation[PROBLEM_CODES_EXTENSION] ?? [];
  const key = (operation.parameters as Json[]).find((p) => p.name === 'Idempotency-Key');
  const idempotency = !key ? 'none' : key.required ? 'required' : 'optional';
  delete operation[PROBLEM_CODES_EXTENSION];
  // Request-Id comes with every answer; rate-limit headers with every answer the limiter saw: all but public routes and a
  // failed authentication (checked before it).
  const limited = (status: number) => secured && status !== 401;
  const responseHeaders = (status: number): Json => ({
    'Request-Id': header('Request-Id'),
    ...(limited(status)
      ? { 'RateLimit-Limit': header('RateLimit-Limit'), 'RateLimit-Remaining': header('RateLimit-Remaining') }
      : {}),
    ...(status === 429 ? { 'Retry-After': header('Retry-After') } : {}),
  });
  const replay = idempotency === 'none' ? {} : { 'Idempotent-Replayed': header('Idempotent-Replayed') };
  for (const [status, response] of Object.entries(operation.responses as Json)) {
    if (/^2/.test(status))
      response.headers = { ...(response.headers ?? {}), ...responseHeaders(Number(status)), ...replay };
  }
  for (const [status, codes] of problemCodesByStatus({
    name: `${operation.operationId} (${path})`,
    secured,
    hasPathParameters: path.includes('{'),
    idempotency,
    ownCodes,
  })) {
    operation.responses[String(status)] = shared(
      problemResponse(status, codes, responseHeaders(status)),
      status,
      codes,
      secured,
    );
  }
}

/** Problem responses routes share word for word (401, 429, 5xx, most 404s), kept once in components.responses by name. */
const sharedResponses = new Map<string, Json>();

const pascal = (words: string) => words.replace(/(^|[_\s])(\w)/g, (_, __, c: string) => c.toUpperCase());

/** A `$ref` to the shared response of that name (`Unauthorized`, `NumberNotFound`...), or the response itself when the name is taken by another. */
function shared(response: Json, status: number, codes: readonly string[], secured: boolean): Json {
  const base =
    codes.length === 1
      ? `${pascal(codes[0])}${ERROR_CATALOGUE[codes[0]].statuses.length > 1 ? status : ''}`
      : pascal(String(response.description).split(':')[0]);
  // A public route's answers carry no rate-limit headers: the same problem, another response.
  const name = secured ? base : `${base}Public`;
  const existing = sharedResponses.get(name);
  if (existing && JSON.stringify(existing) !== JSON.stringify(response)) return response;
  sharedResponses.set(name, response);
  return { $ref: `#/components/responses/${name}` };
}

/** The JSON type of a component schema (following `$ref`s; a oneOf/anyOf whose branches agree has theirs). */
function typeOf(schema: Json | undefined, schemas: Json): string | undefined {
  if (!schema) return undefined;
  if (typeof schema.type === 'string') return schema.type;
  if (typeof schema.$ref === 'string') return typeOf(schemas[schema.$ref.slice(COMPONENT_SCHEMAS.length)], schemas);
  const branches: Json[] | undefined = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  const types = new Set((branches ?? []).map((branch) => typeOf(branch, schemas)));
  return types.size === 1 ? [...types][0] : undefined;
}

/**
 * zod writes a nullable named schema as `{nullable: true, allOf: [{$ref}]}`; OpenAPI 3.0.3 wants `nullable` next to a
 * `type`, so the referenced schema's type is added (and a string's bounds).
 */
function typeNullableRefs(node: unknown, schemas: Json): void {
  if (Array.isArray(node)) return node.forEach((item) => typeNullableRefs(item, schemas));
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  if (schema.nullable === true && schema.type === undefined && Array.isArray(schema.allOf)) {
    const type = typeOf(schema, schemas);
    if (type) schema.type = type;
    // Repeated from the referenced string schema, so the bounds show where linters and readers look (allOf applies them anyway).
    const target =
      schema.allOf.length === 1 && typeof schema.allOf[0].$ref === 'string'
        ? schemas[schema.allOf[0].$ref.slice(COMPONENT_SCHEMAS.length)]
        : undefined;
    if (type === 'string' && target)
      for (const key of ['maxLength', 'pattern', 'format']) if (target[key] !== undefined) schema[key] = target[key];
  }
  Object.values(schema).forEach((value) => typeNullableRefs(value, schemas));
}

/** Drops component schemas nothing refers to (request bodies and query objects are documented inline). */
function pruneUnusedSchemas(doc: Json): void {
  const schemas: Json = doc.components.schemas;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_SCHEMAS)) {
        const name = value.slice(COMPONENT_SCHEMAS.length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(doc.paths);
  visit({ ...doc.components, schemas: undefined });
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

/**
 * Finishes what @nestjs/swagger generated from the controllers: the named schemas, the problem responses of every
 * route, rate-limit headers, Account-Id, bounds on path parameters and the servers. Pure: the same routes give the same document.
 */
export function finishOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  const doc = document as Json;
  sharedResponses.clear();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const secured = (operation.security ?? []).length > 0;
      if (!secured) operation.security = [];
      finishParameters(operation, path, secured);
      finishResponses(operation, path, secured);
      const example = REQUEST_EXAMPLES[operation.operationId];
      if (example !== undefined) operation.requestBody.content['application/json'].example = example;
    }
  }
  doc.components = {
    ...doc.components,
    schemas: { ...componentSchemas(), Problem: PROBLEM_SCHEMA, FieldViolation: FIELD_VIOLATION_SCHEMA },
    headers: HEADERS,
    parameters: PARAMETERS,
    responses: Object.fromEntries(sharedResponses),
  };
  pruneUnusedSchemas(doc);
  typeNullableRefs(doc, doc.components.schemas);
  // Only the examples some response shows.
  const text = JSON.stringify(doc);
  doc.components.examples = Object.fromEntries(
    Object.entries(problemExamples()).filter(([name]) => text.includes(`"#/components/examples/${name}"`)),
  );
  // @nestjs/swagger's addBearerAuth says JWT; our keys are opaque (dk_ + 43 base64url characters, stored hashed).
  for (const scheme of Object.values((doc.components.securitySchemes ?? {}) as Json))
    if (scheme.scheme === 'bearer') scheme.bearerFormat = 'API key';
  doc.servers = [
    {
      url: '/',
      description: 'The gateway this document was fetched from: production, staging or a local development gateway.',
      'x-internal': false,
    },
  ];
  const tags = new Set<string>();
  for (const item of Object.values(doc.paths as Json))
    for (const method of METHODS) for (const tag of item[method]?.tags ?? []) tags.add(tag);
  doc.tags = [...tags].sort().map((name) => ({ name }));
  return document;
}

/** `value` with object keys sorted (arrays keep their order, and so do schema `properties`: field order is meaningful to readers). */
export function sortedKeys(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => sortedKeys(item));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Json);
  if (key !== 'properties') entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v, k)]));
}
