import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ZodValidationPipe } from '@rapport/api-core';
import { z } from 'zod';
import type { LiveRoute } from './live-routes';
import generated from './response-schemas.generated.json';

type Json = Record<string, unknown>;
type Operation = Json & { operationId?: string; parameters?: Json[]; responses?: Record<string, Json> };

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_COOKIE = 'rapport_session';

/** The 4xx answers every route may give, by status, each with the shared error body. */
const ERROR_RESPONSES: Record<string, string> = {
  '400': 'The request is invalid: the message says what to change (for imports, `details` lists each rejected row).',
  '401': 'Not signed in, or the session or API key is not valid.',
  '403': 'Signed in, but this role or key may not do this.',
  '404': 'Not found, or not visible to this caller (another vendor’s records answer 404).',
  '413': 'The body is larger than this route accepts.',
  '429': 'Too many requests: wait as long as `Retry-After` says.',
};

/**
 * Completes the document Nest's decorators describe, from what the routes really do, so that a client generated from
 * it is typed: OpenAPI 3.1 (the schemas are JSON Schema 2020-12), how each route authenticates, every query
 * parameter and JSON body with the types of the validation schema the route applies, every JSON answer with its
 * contract type (generated from the handlers' declared types, see `tools/openapi/generate-response-schemas.mjs`),
 * and the error body with the 4xx statuses a route can give.
 */
export function describeApi(document: OpenAPIObject, routes: readonly LiveRoute[]): OpenAPIObject {
  const described = structuredClone(document) as unknown as Json & { paths: Record<string, Record<string, Operation>>; components?: Json };
  described['openapi'] = '3.1.0';
  described['servers'] = [{ url: '/', description: 'The server that serves this document' }];
  described['components'] = {
    ...(described.components ?? {}),
    schemas: { ...((described.components?.['schemas'] as Json | undefined) ?? {}), ...generated.definitions },
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session cookie `POST /api/auth/login` sets.' },
      xsrf: { type: 'apiKey', in: 'header', name: 'X-XSRF-TOKEN', description: 'On writes with a session: the value of the `XSRF-TOKEN` cookie.' },
      apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (`rk_…`) an administrator created.' },
    },
    responses: Object.fromEntries(
      Object.entries(ERROR_RESPONSES).map(([status, description]) => [
        `Error${status}`,
        { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } } },
      ]),
    ),
  };
  for (const route of routes) {
    const operation = described.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
    if (operation) {
      describeOperation(operation, route);
    }
  }
  return described as unknown as OpenAPIObject;
}

function describeOperation(operation: Operation, route: LiveRoute): void {
  const validated = validatedParts(route);
  if (validated.query) {
    const typed = queryParameters(validated.query);
    const names = new Set(typed.map((parameter) => parameter['name']));
    operation.parameters = [...(operation.parameters ?? []).filter((p) => p['in'] !== 'query' || !names.has(p['name'])), ...typed];
  }
  if (validated.body) {
    operation['requestBody'] = { required: true, content: { 'application/json': { schema: jsonSchema(validated.body) } } };
  }
  const answer = (generated.answers as Record<string, Json>)[`${route.controller}_${route.handler}`];
  const responses = (operation.responses ??= {});
  const success = Object.keys(responses).find((status) => status.startsWith('2')) ?? (route.method === 'POST' ? '201' : '200');
  if (answer) {
    responses[success] = { ...(responses[success] ?? { description: 'OK' }), content: { 'application/json': { schema: answer } } };
  }
  operation['summary'] ??= summaryOf(operation, route);
  const isPublic = route.policy?.roles === 'public';
  operation['security'] = isPublic ? [] : securityOf(route);
  const errors = ['400', ...(isPublic ? [] : ['401', '403']), ...(route.path.includes(':') || !isPublic ? ['404'] : []), ...(validated.body ? ['413'] : []), ...(route.rateLimited ? ['429'] : [])];
  for (const status of errors) {
    responses[status] ??= { $ref: `#/components/responses/Error${status}` };
  }
}

/** The first sentence of what the route's success answer is described as, or its handler's name in words. */
function summaryOf(operation: Operation, route: LiveRoute): string {
  const described = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1]?.['description'];
  const sentence = typeof described === 'string' ? described.split(/(?<=[.:;])\s/)[0]?.replace(/[.:;]$/, '') : undefined;
  if (sentence && sentence.length <= 120 && sentence !== 'OK' && sentence !== '') {
    return sentence;
  }
  const words = route.handler.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${route.controller.replace(/Controller$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()})`;
}

function securityOf(route: LiveRoute): Json[] {
  const session = MUTATING.has(route.method) ? { session: [], xsrf: [] } : { session: [] };
  return route.policy?.apiKey === true ? [session, { apiKey: [] }] : [session];
}

/** The validation schemas a handler's `@Query()` and `@Body()` pipes apply. */
function validatedParts(route: LiveRoute): { query?: z.ZodType; body?: z.ZodType } {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controllerClass, route.handler) ?? {}) as Record<string, { pipes?: unknown[] }>;
  const parts: { query?: z.ZodType; body?: z.ZodType } = {};
  for (const [key, arg] of Object.entries(args)) {
    const kind = Number(key.split(':')[0]);
    const schema = (arg.pipes ?? []).find((pipe): pipe is ZodValidationPipe<unknown> => pipe instanceof ZodValidationPipe)?.schema;
    if (schema && kind === RouteParamtypes.QUERY) {
      parts.query = schema;
    } else if (schema && kind === RouteParamtypes.BODY) {
      parts.body = schema;
    }
  }
  return parts;
}

function queryParameters(schema: z.ZodType): Json[] {
  const json = jsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...typed } = property;
    return { name, in: 'query', required: (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: typed };
  });
}

/** What a client sends (the schema's input side): transforms and defaults are the server's business. */
function jsonSchema(schema: z.ZodType): Json {
  const { $schema, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  void $schema;
  return json;
}

function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
