import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi-document';

const DOC = join(__dirname, '../../../../docs/openapi.json');

/** The document as the running API serves it, built in preview mode: no database, no Redis. */
async function currentDocument(): Promise<string> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

describe('the OpenAPI document', () => {
  it('docs/openapi.json is the contract the code declares (npm run docs:openapi regenerates it)', async () => {
    const current = await currentDocument();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, current);
    expect(readFileSync(DOC, 'utf8')).toBe(current);
  });
});
