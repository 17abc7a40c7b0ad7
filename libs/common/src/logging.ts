import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * The request's id: the one already given to it (the API assigns ids before parsing bodies, so
 * even a refused body is answered with one), else a sane caller X-Request-Id, else a new UUID.
 * Sets the X-Request-Id response header.
 */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = (req as IncomingMessage & { id?: unknown }).id;
  if (typeof given === 'string') return given;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  res.setHeader('X-Request-Id', id);
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

/** Query parameters whose values are credentials (Bull Board's ?token=): never written to a log. */
const SECRET_QUERY = /([?&](?:token|access_token|refresh_token|refreshToken|password)=)[^&#]*/gi;

/** The URL as logged: secrets in the query string replaced by [redacted]. */
export function loggableUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]');
}

/**
 * JSON logs (pino) with a request id on every line of a request. A caller's X-Request-Id is kept
 * when it looks sane, so a request can be followed across a proxy; secrets are redacted.
 */
export function loggerParams(config: AppConfig, app: 'api' | 'worker'): Params {
  return {
    pinoHttp: {
      level: config.env.LOG_LEVEL,
      base: { app },
      genReqId: (req: IncomingMessage, res: ServerResponse) => requestIdFor(req, res),
      customAttributeKeys: { reqId: 'requestId' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.body.password',
          'req.body.refreshToken',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: loggableUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      transport: config.env.LOG_PRETTY ? { target: 'pino-pretty' } : undefined,
    },
  };
}
