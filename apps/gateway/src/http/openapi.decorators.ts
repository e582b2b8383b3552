import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

/** The OpenAPI 3.0 JSON schema of a zod schema, so the published document is generated from the same code that validates. */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** Documents a zod-validated request body. */
export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: openApiSchema(schema, 'input') as never });
}

/** Documents each field of a zod-validated query object as a query parameter. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const shape = openApiSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  const decorators = Object.entries(shape.properties ?? {}).map(([name, prop]) =>
    ApiQuery({ name, required: shape.required?.includes(name) ?? false, schema: prop as never, description: prop.description as string | undefined }),
  );
  return applyDecorators(...decorators);
}

/** Documents a response body with a zod schema. */
export function ApiZodResponse(status: number, schema: z.ZodType, description: string): MethodDecorator {
  return ApiResponse({ status, description, schema: openApiSchema(schema) as never });
}
