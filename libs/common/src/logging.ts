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

/**
 * Query keys whose values are credentials. Keys are matched after decoding (percent-encoding,
 * "+", repeated encoding) and in any case, so `?%74oken=`, `?TOKEN=` and `?access%5Ftoken=` are
 * caught as well as `?token=`: the server decodes them the same way, so they work the same.
 */
const SECRET_KEY = /token|passw(?:or)?d|secret|api[-_]?key|^key$|ticket|signature|^sig$|credential/i;

/** A query key as the server reads it: "+" is a space, percent-escapes decoded until stable. */
function decodedKey(raw: string): string {
  let key = raw.replace(/\+/g, ' ');
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(key);
      if (next === key) break;
      key = next;
    } catch {
      break;
    }
  }
  return key.replace(/[\s\0]/g, '');
}

/** The URL as logged: values of credential-like query keys replaced by [redacted]. */
export function loggableUrl(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const hash = url.indexOf('#', start);
  const end = hash < 0 ? url.length : hash;
  const query = url
    .slice(start + 1, end)
    .split(/([&;])/)
    .map((part) => {
      if (part === '&' || part === ';') return part;
      const eq = part.indexOf('=');
      const key = eq < 0 ? part : part.slice(0, eq);
      return SECRET_KEY.test(decodedKey(key)) ? `${key}=[redacted]` : part;
    })
    .join('');
  return `${url.slice(0, start + 1)}${query}${url.slice(end)}`;
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
