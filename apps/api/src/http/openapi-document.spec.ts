import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { allErrorCodes } from '../errors/error-catalogue';
import { buildOpenApiDocument } from './openapi-document';

const DOC = join(__dirname, '../../../../docs/openapi.json');

/** The document as the running API serves it, built in preview mode: no database, no Redis. */
async function currentDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

const render = (document: OpenAPIObject) => `${JSON.stringify(document, null, 2)}\n`;

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await currentDocument();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const).flatMap((method) =>
        item[method] ? [{ name: `${method.toUpperCase()} ${path}`, operation: item[method] }] : [],
      ),
    );

  it('docs/openapi.json is the contract the code declares (npm run docs:openapi regenerates it)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, render(document));
    expect(readFileSync(DOC, 'utf8')).toBe(render(document));
  });

  it('every operation answers one success status, with a body schema unless it is 204', () => {
    expect(operations().length).toBeGreaterThan(70);
    const undeclared = operations().flatMap(({ name, operation }) => {
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length !== 1) return [`${name}: ${successes.length} success statuses`];
      const [status, response] = successes[0];
      if (status === '204') return [];
      const content = response && 'content' in response ? response.content : undefined;
      const schemas = Object.values(content ?? {}).map((media) => media.schema);
      return schemas.length > 0 && schemas.every((schema) => schema && Object.keys(schema).length > 0)
        ? []
        : [`${name}: ${status} has no body schema`];
    });
    expect(undeclared).toEqual([]);
  });

  it('every operation documents the error shape, its `error` one of the catalogued codes', () => {
    const codes = [...allErrorCodes().keys()].sort();
    expect(document.components?.schemas?.ErrorCode).toMatchObject({ enum: codes });
    for (const { name, operation } of operations()) {
      expect({ name, conflict: operation.responses['409'] }).toEqual({
        name,
        conflict: { $ref: '#/components/responses/Error409' },
      });
    }
    expect(document.components?.schemas?.ErrorBody409).toMatchObject({
      required: expect.arrayContaining(['statusCode', 'error', 'message', 'requestId']),
      properties: { error: { enum: expect.arrayContaining(['REPORT_STALE_VERSION']) } },
    });
  });

  it('roles are one enum, the one the workflow library declares', () => {
    expect(document.components?.schemas?.Role).toEqual({
      description: 'A role a user holds in a unit',
      enum: [
        'drafter',
        'dept_reviewer',
        'legal_adviser',
        'party_approver',
        'division_leader',
        'unit_leader',
        'coordinator',
        'admin',
      ],
      type: 'string',
    });
  });
});
