import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { parseOrThrow } from '@did/contracts';

/** Validates a body with a strict zod schema; a violation is a 400 naming the field and rule. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    return parseOrThrow(this.schema, value ?? {});
  }
}
