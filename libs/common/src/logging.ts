import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { LevelWithSilent, LogFn, Logger as PinoLogger } from 'pino';
import pretty from 'pino-pretty';
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
 * Nest's start-up chatter (one line per module, controller and route: about a hundred lines) is
 * detail for whoever debugs the wiring, not news for someone starting the system: it is logged at
 * debug, so the default level shows what matters (ready, warnings, errors).
 */
const STARTUP_DETAIL = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'WebSocketsController',
]);

/** Whether this process writes short human lines (see LOG_FORMAT in the config schema). */
export function wantsHumanLogs(config: AppConfig, stdoutIsTerminal = Boolean(process.stdout.isTTY)): boolean {
  if (config.env.LOG_PRETTY === true || config.env.LOG_FORMAT === 'pretty') return true;
  if (config.env.LOG_FORMAT === 'json' || config.env.LOG_PRETTY === false) return false;
  return !config.isProduction && stdoutIsTerminal;
}

/** pino hook: a line whose Nest context is start-up detail is written at debug instead of info. */
function demoteStartupDetail(this: PinoLogger, args: Parameters<LogFn>, method: LogFn, level: number): void {
  const first = args[0] as { context?: unknown } | undefined;
  const context = typeof first === 'object' && first !== null ? first.context : undefined;
  if (level === 30 && typeof context === 'string' && STARTUP_DETAIL.has(context)) {
    (this.debug as LogFn).apply(this, args);
    return;
  }
  method.apply(this, args);
}

/**
 * Logs with a request id on every line of a request: JSON (pino) for machines, or one short line
 * per event for a developer at a terminal. A caller's X-Request-Id is kept when it looks sane, so a
 * request can be followed across a proxy; secrets are redacted.
 */
export function loggerParams(
  config: AppConfig,
  app: 'api' | 'worker',
  stdoutIsTerminal = Boolean(process.stdout.isTTY),
): Params {
  const human = wantsHumanLogs(config, stdoutIsTerminal);
  const options = {
    level: config.env.LOG_LEVEL as LevelWithSilent,
    base: { app },
    hooks: { logMethod: demoteStartupDetail },
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
    // A request is one short line: "GET /me 200 (4 ms)".
    ...(human
      ? {
          customSuccessMessage: (req: IncomingMessage, res: ServerResponse, ms: number) =>
            `${req.method} ${loggableUrl(req.url ?? '')} ${res.statusCode} (${Math.round(ms)} ms)`,
          customErrorMessage: (req: IncomingMessage, res: ServerResponse) =>
            `${req.method} ${loggableUrl(req.url ?? '')} ${res.statusCode} failed`,
        }
      : {}),
  };
  if (!human) return { pinoHttp: options };
  // Synchronous, in this thread: a line is on the terminal before the process can exit.
  const stream = pretty({
    sync: true,
    colorize: stdoutIsTerminal,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,app,req,res,responseTime,requestId,context',
    messageFormat: `${app} {if context}[{context}] {end}{msg}`,
    singleLine: true,
  });
  return { pinoHttp: [options, stream] };
}
