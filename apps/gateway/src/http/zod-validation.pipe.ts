import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { parseOrThrow } from '@did/contracts';

/**
 * Validates a body, query or param with a zod schema. Schemas are strict objects, so unknown fields
 * are rejected; each violation names the field and the rule.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly root?: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    return parseOrThrow(this.schema, value ?? {}, this.root);
  }
}
