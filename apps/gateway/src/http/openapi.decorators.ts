import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { componentBody, openApiSchema } from './openapi-schemas';
import { publicSchema } from './public-names';

export { openApiSchema } from './openapi-schemas';

/** The converted schema, with a top-level `$ref` replaced by the schema it names (nested named schemas stay `$ref`s). */
function inlined(schema: z.ZodType): Record<string, unknown> {
  const converted = openApiSchema(publicSchema(schema, 'input'), 'input');
  return typeof converted.$ref === 'string' ? componentBody(converted.$ref) : converted;
}

/** Documents a zod-validated request body (inline: generated clients name it after the operation). */
export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: inlined(schema) as never });
}

/** Documents each field of a zod-validated query object as a query parameter (a query object is no component of its own). */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const shape = inlined(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  const decorators = Object.entries(shape.properties ?? {}).map(([name, prop]) =>
    ApiQuery({
      name,
      required: shape.required?.includes(name) ?? false,
      schema: prop as never,
      description: prop.description as string | undefined,
    }),
  );
  return applyDecorators(...decorators);
}

/** Documents a response body with a zod schema, under the public field names it is sent with. */
export function ApiZodResponse(status: number, schema: z.ZodType, description: string): MethodDecorator {
  return ApiResponse({ status, description, schema: openApiSchema(publicSchema(schema)) as never });
}
