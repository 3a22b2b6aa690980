import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

/** Query parameters of a schema, for the OpenAPI document. */
function queryDoc(schema: z.ZodType): { name: string; required: false; description: string }[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }> };
  return Object.keys(json.properties ?? {}).map((name) => ({ name, required: false, description: json.properties?.[name]?.description ?? '' }));
}

/** Documents every query parameter a contract schema accepts. */
export const ApiQueries = (schema: z.ZodType): MethodDecorator => (target, key, descriptor) => {
  for (const parameter of queryDoc(schema)) {
    ApiQuery(parameter)(target, key, descriptor);
  }
};
