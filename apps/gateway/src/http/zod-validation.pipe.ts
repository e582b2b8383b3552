import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { parseOrThrow } from '@did/contracts';
import { publicSchema, toContract } from './public-names';

/**
 * Validates a body, query or param with a zod schema. Schemas are strict objects, so unknown fields
 * are rejected; each violation names the field and the rule. The client writes public field names
 * (public-names.ts): they are validated as such, then handed on under the contract's names.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly root?: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    // Resolved here, not in the constructor: pipes are built while controllers load, before component names are registered.
    return toContract(parseOrThrow(publicSchema(this.schema, 'input'), value ?? {}, this.root));
  }
}
