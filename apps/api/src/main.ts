import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { announceReady } from '@app/common';
import { ConfigError, loadConfig } from '@app/config';
import { SchemaBehindError } from '@app/persistence';
import { AppModule } from './app.module';
import { configureApp } from './http/configure-app';

async function bootstrap(): Promise<void> {
  // Validate first, so a bad setting is one clear line and not a stack trace from deep inside Nest.
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  const server = await app.listen(config.env.API_PORT, config.env.API_HOST);
  server.requestTimeout = config.env.REQUEST_TIMEOUT_MS;
  const base = config.env.PUBLIC_BASE_URL ?? `http://${config.env.API_HOST}:${config.env.API_PORT}`;
  console.log(`ReportFlow API listening on ${base} (OpenAPI docs: ${base}/docs)`);
  announceReady(config.env.READY_FILE);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SchemaBehindError) {
    console.error(error.message);
  } else {
    console.error('ReportFlow API failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
