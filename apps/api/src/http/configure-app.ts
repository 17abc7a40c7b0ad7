import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { GlobalErrorFilter } from './error-filter';
import { buildOpenApiDocument } from './openapi-document';
import { validationPipe } from './validation-pipe';
import {
  assignRequestId,
  bodyParserErrors,
  rejectHostileText,
  requestDeadline,
  requireUtf8,
} from './request-guards';

/** Everything main.ts and the e2e tests both need, so tests run the app exactly as production does. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  // Order matters: the request id, the security headers and CORS come before anything that can refuse
  // a request (a body too large, not JSON, not UTF-8, or too slow), so every answer carries them.
  app.use(assignRequestId);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.enableCors(
    config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: true } : { origin: false },
  );
  app.use(requestDeadline(config.env.REQUEST_TIMEOUT_MS));
  app.useBodyParser('json', { limit: config.env.BODY_LIMIT, verify: requireUtf8 });
  app.useBodyParser('urlencoded', { limit: config.env.BODY_LIMIT, extended: false, verify: requireUtf8 });
  app.use(bodyParserErrors);
  app.use(rejectHostileText);
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.useGlobalFilters(new GlobalErrorFilter());
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();

  // The API's map helps an attacker as much as an integrator: off in production unless asked for.
  if (config.env.DOCS_ENABLED ?? !config.isProduction) serveDocs(app);
}

function serveDocs(app: NestExpressApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });
}
