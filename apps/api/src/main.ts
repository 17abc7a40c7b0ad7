import 'reflect-metadata';
import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { announceReady } from '@app/common';
import { ConfigError, loadConfig } from '@app/config';
import { SchemaBehindError } from '@app/persistence';
import { AppModule } from './app.module';
import { apiProcessCount, reportListening, runApiCluster } from './http/api-cluster';
import { configureApp } from './http/configure-app';

async function bootstrap(): Promise<void> {
  // Validate first, so a bad setting is one clear line and not a stack trace from deep inside Nest.
  const config = loadConfig();
  const base = config.env.PUBLIC_BASE_URL ?? `http://${config.env.API_HOST}:${config.env.API_PORT}`;
  const processes = apiProcessCount(config.env.API_PROCESSES);
  if (processes > 1 && cluster.isPrimary) {
    const log = (line: string) => console.log(line);
    runApiCluster({ processes, readyFile: config.env.READY_FILE, listeningOn: base, log });
    return;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  const server = await app.listen(config.env.API_PORT, config.env.API_HOST);
  server.requestTimeout = config.env.REQUEST_TIMEOUT_MS;
  if (cluster.isWorker) {
    // The primary announces the whole API once every process listens.
    reportListening();
    return;
  }
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
