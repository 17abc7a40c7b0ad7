import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { ReadYourWritesInterceptor } from '../read-your-writes/read-your-writes.interceptor';
import { GlobalErrorFilter } from './error-filter';
import { answerUnparsableRequests } from './malformed-requests';
import { warnOnceOfUntrustedForwarding } from './untrusted-forwarding';
import { buildOpenApiDocument } from './openapi-document';
import { validationPipe } from './validation-pipe';
import {
  assignRequestId,
  bodyParserErrors,
  rejectHostileText,
  requestDeadline,
  requireReadableBodyType,
  requireUtf8,
} from './request-guards';

/**
 * The Content-Security-Policy of every answer, written for the console (apps/web, served at /app):
 * scripts only from this origin (the build has no inline script), so an injected tag cannot run and
 * read the session's tokens; styles may be inline because the component library injects <style>
 * elements. JSON answers are not rendered, so the policy costs them nothing; the public page sends
 * its stricter one of its own (public-page.ts). Pen test round 2 found none at all.
 */
const CONSOLE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Everything main.ts and the e2e tests both need, so tests run the app exactly as production does. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  // Order matters: the request id, the security headers and CORS come before anything that can refuse
  // a request (a body too large, not JSON, not UTF-8, or too slow), so every answer carries them.
  app.use(assignRequestId);
  answerUnparsableRequests(app.getHttpServer());
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: CONSOLE_CSP } }));
  app.enableCors(
    config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: true } : { origin: false },
  );
  // Large JSON goes out gzipped to clients that accept it: the board of 3,000 units is 3 MB, 176 KB
  // at level 1 (123 KB at 6, which costs more CPU on every request); answers under 8 KB are not worth
  // it. The board's ETag is set before the body is compressed, so If-None-Match still answers 304;
  // files already compressed (XLSX, DOCX, PDF, images) are left alone by the middleware's type filter.
  app.use(compression({ threshold: '8kb', level: 1 }));
  app.use(requestDeadline(config.env.REQUEST_TIMEOUT_MS));
  app.useBodyParser('json', { limit: config.env.BODY_LIMIT, verify: requireUtf8 });
  app.use(bodyParserErrors);
  app.use(requireReadableBodyType);
  app.use(rejectHostileText);
  // The client address the login and public-page limits count (TRUST_PROXY): X-Forwarded-For only
  // from the proxies named, since any client reaching the listener could write it (pen test, round
  // 16: a made-up header per request escaped the failed-login limit when loopback was trusted).
  const trustedProxies = config.env.TRUST_PROXY;
  app.set('trust proxy', trustedProxies.length > 0 ? trustedProxies : false);
  app.use(warnOnceOfUntrustedForwarding(trustedProxies));
  app.disable('x-powered-by');
  // No ETag computed by Express (a copy of the body into a Buffer and its hash) on every answer:
  // POST answers and the lists and reports the console reads are never revalidated with it. The
  // board sets its own validator (BoardEtagInterceptor), which res.send still honours with a 304;
  // the console's assets keep serve-static's own, and its index.html is revalidated on Last-Modified.
  app.set('etag', false);
  app.useGlobalFilters(new GlobalErrorFilter());
  app.useGlobalPipes(validationPipe());
  // Only with read replicas: otherwise it would do nothing but cost every request Nest's rxjs chain.
  if (config.database.replicaUrls.length > 0) app.useGlobalInterceptors(app.get(ReadYourWritesInterceptor));
  app.enableShutdownHooks();

  // The API's map helps an attacker as much as an integrator: off in production unless asked for.
  if (config.env.DOCS_ENABLED ?? !config.isProduction) serveDocs(app);
}

function serveDocs(app: NestExpressApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });
}
