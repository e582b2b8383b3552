import { z } from 'zod';
import { DomainError, ErrorCode, ErrorType, FieldViolation } from './errors';

/** Turns zod issues into field violations: the dotted field path, a rule name and a readable message. */
export function toFieldViolations(error: z.ZodError, root?: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        violations.push({
          field: joinPath(root, [...issue.path, key]),
          rule: 'unknown_field',
          message: `${key} is not a recognised field`,
        });
      }
      continue;
    }
    violations.push({ field: joinPath(root, issue.path), rule: ruleOf(issue), message: issue.message });
  }
  return violations;
}

function joinPath(root: string | undefined, path: PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
  const joined = parts.reduce((acc, part) => (part.startsWith('[') || acc === '' ? acc + part : `${acc}.${part}`), '');
  if (!root) return joined || '(body)';
  return joined ? `${root}.${joined}`.replace('.[', '[') : root;
}

function ruleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `type:${issue.expected}`;
    case 'too_small':
      return `min:${String(issue.minimum)}`;
    case 'too_big':
      return `max:${String(issue.maximum)}`;
    case 'invalid_format':
      return `format:${issue.format}`;
    case 'invalid_value':
      return 'enum';
    default:
      return issue.code;
  }
}

/**
 * Parses `input` with `schema` or throws a DomainError(invalid_request) naming each field and rule.
 * `root` prefixes field names (e.g. `query`), so a client knows where the bad value was.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, root?: string): z.infer<S> {
  // reportInput lets ruleOf tell a missing field from a wrong type; inputs never reach the client.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const errors = toFieldViolations(result.error, root);
  const unknownOnly = errors.every((e) => e.rule === 'unknown_field');
  const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  throw new DomainError(
    ErrorType.InvalidRequest,
    unknownOnly ? ErrorCode.UnknownField : ErrorCode.ValidationFailed,
    summary,
    errors,
  );
}
