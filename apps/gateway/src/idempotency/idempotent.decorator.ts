import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IDEMPOTENCY, IdempotencyOptions } from './idempotency.metadata';

/** Applies Idempotency-Key semantics (IETF draft / Stripe) to a POST route. */
export function Idempotent(options: IdempotencyOptions = { required: false }): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENCY, options),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: options.required,
      description:
        'Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.',
    }),
  );
}
