import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { allErrorCodes } from '../errors/error-catalogue';
import { namedJsonSchemas } from './api-response';

const SCHEMAS = '#/components/schemas/';

type ResponseObject = NonNullable<NonNullable<OpenAPIObject['components']>['responses']>[string];

/**
 * The API's contract, committed as docs/openapi.json (`npm run docs:openapi`) and served at
 * /docs/openapi.json. Response bodies come from the zod schemas the handlers are typed by
 * (api-response.ts); every operation also lists the error answers, each `error` an enum of the
 * catalogued codes sent with that status.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('ReportFlow API')
      .setDescription(
        'Submission and review of annual rule-of-law government reports (法治政府建设年度报告). ' +
          'Every error has the shape { statusCode, error, message, details?, requestId }; the codes are in docs/error-codes.md.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  const errors = errorComponents();
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...namedJsonSchemas(), ...errors.schemas },
    responses: { ...document.components?.responses, ...errors.responses },
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of [pathItem.get, pathItem.put, pathItem.post, pathItem.delete, pathItem.patch]) {
      if (!operation) continue;
      for (const status of errors.statuses) {
        operation.responses[String(status)] ??= { $ref: `#/components/responses/Error${status}` };
      }
    }
  }
  return sortKeys(document);
}

/**
 * ErrorCode (every code), ErrorBody, and per status an ErrorBody whose `error` lists the codes that come
 * with that status. Any endpoint may meet any of them (validation, access, infrastructure), so each
 * operation refers to all; the codes and their meanings are in docs/error-codes.md.
 */
function errorComponents() {
  const codes = [...allErrorCodes()].sort(([a], [b]) => (a < b ? -1 : 1));
  const statuses = [...new Set(codes.map(([, info]) => info.status))].sort((a, b) => a - b);
  const schemas: Record<string, Record<string, unknown>> = {
    ErrorCode: {
      type: 'string',
      description: 'Every code the API sends in `error` (docs/error-codes.md)',
      enum: codes.map(([code]) => code),
    },
    ErrorBody: errorBody({ $ref: `${SCHEMAS}ErrorCode` }),
  };
  const responses: Record<string, ResponseObject> = {};
  for (const status of statuses) {
    const withStatus = codes.filter(([, info]) => info.status === status);
    schemas[`ErrorBody${status}`] = errorBody({
      type: 'string',
      enum: withStatus.map(([code]) => code),
      description: withStatus.map(([code, info]) => `${code}: ${info.meaning}`).join('\n'),
    });
    responses[`Error${status}`] = {
      description: `Refused: ${withStatus.map(([code]) => code).join(', ')}`,
      content: { 'application/json': { schema: { $ref: `${SCHEMAS}ErrorBody${status}` } } },
    };
  }
  return { schemas, responses, statuses };
}

function errorBody(code: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      statusCode: { type: 'integer' },
      error: code,
      message: { type: 'string', description: 'What to fix, in English' },
      details: { type: 'object', additionalProperties: true, description: 'Machine-readable specifics' },
      requestId: { type: 'string', description: 'Also the X-Request-Id header' },
    },
    required: ['statusCode', 'error', 'message', 'requestId'],
  };
}

/** Stable key order, so the committed document only changes when the contract does. */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => sortKeys(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)])) as T;
}
