import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { announceReady } from '@app/common';
import { ConfigError, loadConfig } from '@app/config';
import { SchemaBehindError } from '@app/persistence';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // A tighter heap than V8's default growth (see WORKER_HEAP_GROWING_PERCENT): more frequent full
  // GCs of a small live set instead of letting garbage take 100+ MB of RSS.
  if (config.env.WORKER_HEAP_GROWING_PERCENT > 0)
    setFlagsFromString(`--heap-growing-percent=${config.env.WORKER_HEAP_GROWING_PERCENT}`);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM closes the BullMQ workers, which wait for the jobs in hand before exiting.
  app.enableShutdownHooks();
  await app.init();
  console.log('ReportFlow worker started');
  announceReady(config.env.READY_FILE);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SchemaBehindError) {
    console.error(error.message);
  } else {
    console.error('ReportFlow worker failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
