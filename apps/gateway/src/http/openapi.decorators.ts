import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { openApiSchema, takeComponent } from './openapi-schemas';

export { openApiSchema } from './openapi-schemas';

/** Documents a zod-validated request body. */
export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: openApiSchema(schema, 'input') as never });
}

/** Documents each field of a zod-validated query object as a query parameter (a query object is no component of its own). */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const converted = openApiSchema(schema, 'input');
  const shape = (typeof converted.$ref === 'string' ? takeComponent(converted.$ref) : converted) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  const decorators = Object.entries(shape.properties ?? {}).map(([name, prop]) =>
    ApiQuery({ name, required: shape.required?.includes(name) ?? false, schema: prop as never, description: prop.description as string | undefined }),
  );
  return applyDecorators(...decorators);
}

/** Documents a response body with a zod schema. */
export function ApiZodResponse(status: number, schema: z.ZodType, description: string): MethodDecorator {
  return ApiResponse({ status, description, schema: openApiSchema(schema) as never });
}
