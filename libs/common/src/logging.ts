import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * JSON logs (pino) with a request id on every line of a request. A caller's X-Request-Id is kept
 * when it looks sane, so a request can be followed across a proxy; secrets are redacted.
 */
export function loggerParams(config: AppConfig, app: 'api' | 'worker'): Params {
  return {
    pinoHttp: {
      level: config.env.LOG_LEVEL,
      base: { app },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const header = req.headers['x-request-id'];
        const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
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
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      transport: config.env.LOG_PRETTY ? { target: 'pino-pretty' } : undefined,
    },
  };
}
