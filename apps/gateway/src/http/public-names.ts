import { z } from 'zod';

/**
 * Contract field -> the one public name of its concept (docs/api/conventions.md). The services, their NATS contracts
 * and their columns keep the names they grew up with; the public API, frozen at v1, says each concept one way.
 * Applied to every JSON answer (PublicNamesInterceptor), every validated request (ZodValidationPipe) and the OpenAPI
 * document (openapi.decorators), so the three cannot disagree.
 */
export const PUBLIC_FIELD_NAMES: Readonly<Record<string, string>> = {
  // The one-time fee of a number (NRC).
  activation_fee_cents: 'setup_fee_cents',
  activation_price_cents_customer: 'setup_fee_cents',
  setup_price_cents: 'setup_fee_cents',
  setup_cents: 'setup_fee_cents',
  unit_setup_cents: 'setup_fee_cents',
  // The recurring fee of a number per 30-day cycle (MRC).
  monthly_price_cents_customer: 'monthly_fee_cents',
  monthly_price_cents: 'monthly_fee_cents',
  monthly_cents: 'monthly_fee_cents',
  unit_monthly_cents: 'monthly_fee_cents',
  // A quote's totals over every number quoted.
  nrc_cents: 'setup_fee_total_cents',
  first_mrc_cents: 'monthly_fee_total_cents',
};

/**
 * Public -> contract name for request bodies and queries. Requests carry fewer renamed fields than answers (price
 * items and markups only), so the reverse is unambiguous; publicSchema refuses a request schema where it would not be.
 */
const CONTRACT_REQUEST_NAMES: Readonly<Record<string, string>> = {
  setup_fee_cents: 'setup_cents',
  monthly_fee_cents: 'monthly_cents',
};

const OLD_NAME = new RegExp(`\\b(${Object.keys(PUBLIC_FIELD_NAMES).join('|')})\\b`, 'g');

/** A description with the contract names it mentions replaced by the public ones. */
function publicText(text: string): string {
  return text.replace(OLD_NAME, (name) => PUBLIC_FIELD_NAMES[name]);
}

function renameKeys(value: unknown, names: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, names));
  if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [names[key] ?? key, renameKeys(item, names)]));
}

/** An answer as the public API shows it: plain objects (at any depth) with their fields renamed. */
export function toPublic(value: unknown): unknown {
  return renameKeys(value, PUBLIC_FIELD_NAMES);
}

/** A validated request (public names) as the services' contracts want it. */
export function toContract<T>(value: T): T {
  return renameKeys(value, CONTRACT_REQUEST_NAMES) as T;
}

// zod's definitions, walked generically: each kind names the child schemas it holds. Clones are given a definition
// (never `clone()` alone): a clone without one keeps its original as parent, and the JSON Schema would `$ref` it.
type Def = Record<string, unknown> & { type: string };
const CHILDREN: Readonly<Record<string, readonly string[]>> = {
  optional: ['innerType'],
  nullable: ['innerType'],
  default: ['innerType'],
  prefault: ['innerType'],
  nonoptional: ['innerType'],
  readonly: ['innerType'],
  catch: ['innerType'],
  array: ['element'],
  pipe: ['in', 'out'],
  record: ['valueType'],
  intersection: ['left', 'right'],
};

const cache = { input: new WeakMap<z.ZodType, z.ZodType>(), output: new WeakMap<z.ZodType, z.ZodType>() };

/** The same schema with its registry metadata (component id, description in public words). */
function withMeta<T extends z.ZodType>(copy: T, original: z.ZodType): T {
  const meta = z.globalRegistry.get(original);
  if (meta)
    z.globalRegistry.add(copy, {
      ...meta,
      ...(typeof meta.description === 'string' ? { description: publicText(meta.description) } : {}),
    });
  return copy;
}

function renamedObject(schema: z.ZodObject, io: 'input' | 'output'): z.ZodObject {
  const def = schema._zod.def as unknown as Def & { shape: Record<string, z.ZodType>; checks?: unknown[] };
  let changed = false;
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(def.shape)) {
    const name = PUBLIC_FIELD_NAMES[key] ?? key;
    if (io === 'input' && name === key && CONTRACT_REQUEST_NAMES[key])
      throw new Error(
        `public names: request field ${key} would be renamed to ${CONTRACT_REQUEST_NAMES[key]} on its way in`,
      );
    if (name !== key) {
      if (io === 'input' && CONTRACT_REQUEST_NAMES[name] !== key)
        throw new Error(`public names: request field ${key} has no unambiguous public name`);
      if ((def.checks ?? []).length > 0)
        throw new Error(`public names: ${key} is renamed under a refinement that may read it`);
      if (shape[name]) throw new Error(`public names: two fields of one object would both be called ${name}`);
    }
    shape[name] = publicSchema(child, io);
    changed ||= name !== key || shape[name] !== child;
  }
  return changed ? (schema.clone({ ...def, shape } as never) as z.ZodObject) : schema;
}

/**
 * The public form of a contract schema: fields renamed per PUBLIC_FIELD_NAMES at any depth, descriptions in public
 * words, component ids kept. A schema with nothing to rename is returned as is (so named components stay shared).
 */
export function publicSchema<T extends z.ZodType>(schema: T, io: 'input' | 'output' = 'output'): T {
  const known = cache[io].get(schema);
  if (known) return known as T;
  const def = schema._zod.def as unknown as Def;
  let result: z.ZodType = schema;
  if (def.type === 'object') result = renamedObject(schema as unknown as z.ZodObject, io);
  else if (def.type === 'union') {
    const options = (def.options as z.ZodType[]).map((option) => publicSchema(option, io));
    if (options.some((option, i) => option !== (def.options as z.ZodType[])[i]))
      result = schema.clone({ ...def, options } as never);
  } else {
    const keys = CHILDREN[def.type] ?? [];
    const children = Object.fromEntries(keys.map((key) => [key, publicSchema(def[key] as z.ZodType, io)]));
    if (keys.some((key) => children[key] !== def[key])) result = schema.clone({ ...def, ...children } as never);
  }
  const description = z.globalRegistry.get(schema)?.description;
  if (result === schema && typeof description === 'string' && publicText(description) !== description)
    result = schema.clone({ ...def } as never);
  if (result !== schema) withMeta(result, schema);
  cache[io].set(schema, result);
  return result as T;
}
