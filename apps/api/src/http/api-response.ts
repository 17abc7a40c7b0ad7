import { applyDecorators, HttpCode, type StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod/v4';

/**
 * Response contract: one zod schema per response shape is both the TypeScript type a handler must
 * return (z.output) and the schema the OpenAPI document publishes (z.toJSONSchema). Chosen over
 * @ApiProperty classes because a class restates every field twice (the property and its decorator)
 * and cannot describe unions or nullable nested objects without more decorators; a zod schema is
 * the one definition, and the console's types are generated from the document it renders into.
 */

/** The schemas published under components.schemas, by the name (id) they are given there. */
export const responseSchemas = z.registry<{ id: string }>();

/** Names a response shape: registered once, referenced by $ref wherever it is used. */
export function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  responseSchemas.add(schema, { id });
  // The JSON Schema renderer reads descriptions from the global registry (where .meta() puts them).
  if (description) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), description });
  return schema;
}

/**
 * A point in time. Services hand the driver's Date objects (or ISO strings already formatted) to
 * JSON.stringify, which writes ISO 8601; the document says so.
 */
export const timestamp = () =>
  z.union([z.date(), z.string()]).meta({ type: 'string', format: 'date-time' } as Record<string, string>);

const REF_PREFIX = '#/components/schemas/';

/**
 * The JSON Schema of a response body: a $ref to a named shape, or an array of one. Anything else
 * must be named first, so the console gets a type with a name for it.
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const id = responseSchemas.get(schema)?.id;
  if (id) return { $ref: `${REF_PREFIX}${id}` };
  if (schema instanceof z.ZodArray)
    return { type: 'array', items: jsonSchemaOf(schema.element as z.ZodType) };
  throw new Error('A response schema must be named (named()) or an array of a named schema');
}

/** components.schemas: every named response shape, referring to each other by $ref. */
export function namedJsonSchemas(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(responseSchemas, toJsonSchemaOptions()) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.id;
    delete schema.$id;
  }
  return schemas;
}

function toJsonSchemaOptions() {
  return {
    target: 'draft-2020-12' as const,
    io: 'output' as const,
    unrepresentable: 'any' as const,
    uri: (id: string) => `${REF_PREFIX}${id}`,
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
      // timestamp(): the union of Date and string is written as one ISO date-time string.
      const alternatives = jsonSchema.anyOf as Array<Record<string, unknown>> | undefined;
      if (jsonSchema.format === 'date-time' && alternatives) {
        delete jsonSchema.anyOf;
        jsonSchema.type = 'string';
      }
      // z.number().int() adds the safe-integer bounds; they say nothing a client needs.
      if (jsonSchema.type === 'integer' && jsonSchema.minimum === Number.MIN_SAFE_INTEGER)
        delete jsonSchema.minimum;
      if (jsonSchema.type === 'integer' && jsonSchema.maximum === Number.MAX_SAFE_INTEGER)
        delete jsonSchema.maximum;
    },
  };
}

type Handler<T> = (...args: never[]) => T | Promise<T>;

/**
 * The handler answers `status` with a body of `schema`. Sets the status (HttpCode) too, so the route
 * and its document cannot disagree. Applied as a method decorator whose descriptor is typed by the
 * schema, so a handler that returns anything else does not compile.
 */
export function Returns<S extends z.ZodType>(status: 200 | 201 | 202, schema: S, description = 'Success') {
  return <M extends Handler<z.output<S>>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    applyDecorators(HttpCode(status), ApiResponse({ status, description, schema: jsonSchemaOf(schema) }))(
      target,
      key,
      descriptor,
    );
  };
}

/** The handler answers 204 with no body. Sets the status too, so the two cannot disagree. */
export function ReturnsNothing(description = 'Done; no body') {
  return <M extends Handler<void>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ) => {
    applyDecorators(HttpCode(204), ApiResponse({ status: 204, description }))(target, key, descriptor);
  };
}

/** The handler streams a file of one of these media types (a download, not JSON). */
export function ReturnsFile(mediaTypes: readonly string[], description = 'The file') {
  return <M extends Handler<StreamableFile>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ) => {
    const content = Object.fromEntries(
      mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    );
    applyDecorators(ApiProduces(...mediaTypes), ApiResponse({ status: 200, description, content }))(
      target,
      key,
      descriptor,
    );
  };
}

/** The handler answers plain text (e.g. Prometheus metrics). */
export function ReturnsText(mediaType: string, description: string) {
  return <M extends Handler<string>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ) => {
    applyDecorators(
      ApiProduces(mediaType),
      ApiResponse({ status: 200, description, content: { [mediaType]: { schema: { type: 'string' } } } }),
    )(target, key, descriptor);
  };
}
