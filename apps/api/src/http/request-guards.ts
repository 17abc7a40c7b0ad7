import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { AppError, requestIdFor } from '@app/common';
import { findNoncharacter, noncharacterProblem } from '@app/content';

/**
 * Express middleware that runs before the body parsers (configureApp), so that a refused body is
 * answered like every other error: with a request id, the security headers and the common shape.
 */

/** Gives the request its id (and the X-Request-Id header) before anything can refuse it. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  requestIdFor(req, res);
  next();
}

/**
 * A request whose body has not fully arrived REQUEST_TIMEOUT_MS after it started (a slow or stalled
 * client: slowloris) is answered 408 and its connection closed. Node's own server.requestTimeout
 * (main.ts) does the same, but only checks every 30 s and not in the e2e apps; this is exact and
 * runs everywhere. A slow handler is not cut off: its work may already be committing.
 */
export function requestDeadline(timeoutMs: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (req.complete || res.headersSent) return;
      res.setHeader('Connection', 'close');
      res.status(408).json({
        statusCode: 408,
        error: 'REQUEST_TIMEOUT',
        message: `The request was not received within ${timeoutMs} ms`,
        requestId: (req as Request & { id?: string }).id,
      });
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

/** body-parser `verify`: a JSON or form body must be UTF-8 (RFC 8259); other bytes are refused, not replaced. */
export function requireUtf8(_req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  if (!isUtf8(body)) {
    throw Object.assign(new AppError(400, 'INVALID_ENCODING', 'The request body is not valid UTF-8'), {
      status: 400,
      type: 'encoding.invalid',
    });
  }
}

/** body-parser's own errors, as coded errors (Nest would otherwise turn a bad JSON into a bare 400). */
export function bodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    return next(
      new AppError(400, 'MALFORMED_JSON', malformedJsonMessage((error as { body?: unknown }).body)),
    );
  }
  if (type === 'entity.too.large') {
    // The limit named, so the sender knows what to cut (a penetration test, stop 40: it said "too large").
    const limit = (error as { limit?: unknown }).limit;
    return next(
      typeof limit === 'number'
        ? new AppError(
            413,
            'PAYLOAD_TOO_LARGE',
            `The request body is larger than the ${limit} bytes allowed`,
            {
              limitBytes: limit,
              messageZh: `提交的内容超过${Math.floor(limit / 1024)} KB的上限，请删减后重试（正文中的数据表格可作为附件上传）。`,
            },
          )
        : new AppError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large'),
    );
  }
  if (/^Z_/.test(String((error as { code?: unknown } | null)?.code))) {
    return next(new AppError(400, 'MALFORMED_BODY', 'The compressed request body could not be decompressed'));
  }
  if (type === 'charset.unsupported') {
    return next(new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as UTF-8'));
  }
  if (type === 'encoding.unsupported') {
    return next(
      new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed, or as gzip or deflate'),
    );
  }
  next(error);
}

/**
 * The body types the API reads: JSON everywhere and multipart for the file uploads. No route takes a
 * form: one was parsed and then refused by validation, in words that did not say the type was wrong
 * (an external QA engineer, stop 56); now it is 415 like text/plain, before any of it is read.
 */
const READABLE_BODY_TYPES = ['application/json', 'multipart/form-data'];

/**
 * A request that carries a body of another type (text/plain, XML, none named) is answered 415, naming
 * the type to send, instead of reaching validation as an empty body and getting "username must be a
 * string" (penetration test, stop 40). Runs after the body parsers, which leave such bodies unread.
 */
export function requireReadableBodyType(req: Request, _res: Response, next: NextFunction): void {
  if (!hasBody(req) || req.is(READABLE_BODY_TYPES)) return next();
  // Named back as sent, cut short: a header may be kilobytes long.
  const sent = req.headers['content-type']?.split(';')[0].slice(0, 80);
  next(
    new AppError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `${sent ? `A body of type ${sent}` : 'A body without a Content-Type'} cannot be read: send it as application/json (files as multipart/form-data)`,
      { messageZh: '提交的内容格式无法识别，请以 JSON 格式提交（上传文件请用 multipart/form-data）。' },
    ),
  );
}

function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > 0;
}

// DEL and the C1 controls too: no keyboard types them, and SECURITY.md says they are refused (a
// penetration test, stop 43, stored U+0085 and U+007F in a unit's name).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** How deep a JSON body may nest; every DTO is at most four levels deep. */
const MAX_DEPTH = 32;
/**
 * How many fields one JSON object may have, and how many objects and arrays a body may hold. No DTO
 * has more than a few dozen fields, and the largest body (a campaign's 1,000 joint reports) a few
 * thousand objects. Beyond that the validation itself was the attack: 110,000 unknown keys in a login
 * body made one error each and held an API process for 10-16 s, before any log-in (pen test, stop 44).
 */
const MAX_FIELDS_PER_OBJECT = 100;
const MAX_CONTAINERS = 20_000;
/**
 * How many items one JSON array may hold: the longest a DTO takes is a campaign's 10,000 target ids.
 * Past that, a validator run on every item was the attack: class-validator's ArrayUnique compared
 * 140,000 numbers with each other for 26 s (pen test, stop 55; DistinctItems fixed that one).
 */
const MAX_ARRAY_ITEMS = 10_000;
/** Keys class-transformer skips silently, so the whitelist never sees them: refused here instead. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Text in a JSON body may hold tab, line feeds, carriage returns and the vertical tab and form feed
 * Word leaves in pasted drafts, but no other control character (NUL, ESC, ...), no unpaired
 * surrogate (which cannot be stored as UTF-8) and no noncharacter (U+FFFF …); a body may not nest deeper than MAX_DEPTH, and no
 * key may be __proto__, constructor or prototype. 400 names the first offending field. Iterative,
 * so a hostile body cannot exhaust the stack.
 */
export function rejectHostileText(req: Request, _res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object') return next();
  // Every route takes an object: a list was answered field by field ("0: property 0 should not
  // exist"), where null or a number is named as not an object (stop 56).
  if (Array.isArray(body)) return next(new AppError(400, 'MALFORMED_JSON', notAnObjectMessage('an array')));
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  let containers = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const tooLarge = shapeProblem(value, path, ++containers);
    if (tooLarge)
      return next(
        new AppError(400, 'VALIDATION_FAILED', `Invalid input: ${tooLarge}`, { fields: [tooLarge] }),
      );
    if (depth > MAX_DEPTH) {
      return next(
        new AppError(
          400,
          'VALIDATION_FAILED',
          `Invalid input: the body nests deeper than ${MAX_DEPTH} levels`,
        ),
      );
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const at = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) {
        const line = `property ${at} should not exist`;
        return next(new AppError(400, 'VALIDATION_FAILED', `Invalid input: ${line}`, { fields: [line] }));
      }
      const bad = badText(key) ?? (typeof child === 'string' ? badText(child) : null);
      if (bad) {
        const line = `${at}: ${bad}`;
        return next(new AppError(400, 'VALIDATION_FAILED', `Invalid input: ${line}`, { fields: [line] }));
      }
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
  next();
}

/** Too many fields in one object or items in one list, or too many objects and arrays in the body: said before any is read. */
function shapeProblem(value: unknown, path: string, containers: number): string | null {
  if (containers > MAX_CONTAINERS)
    return `the body holds more than ${MAX_CONTAINERS} objects and arrays; send what the request needs`;
  if (Array.isArray(value))
    return value.length > MAX_ARRAY_ITEMS
      ? `${path || 'the body'}: more than ${MAX_ARRAY_ITEMS} items in one list; send what the request needs`
      : null;
  let fields = 0;
  for (const key in value as Record<string, unknown>) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (++fields > MAX_FIELDS_PER_OBJECT)
      return `${path || 'the body'}: more than ${MAX_FIELDS_PER_OBJECT} fields in one object; send only the fields the request documents`;
  }
  return null;
}

function badText(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `control character U+${code} is not allowed`;
  }
  if (UNPAIRED_SURROGATE.test(text)) return 'unpaired surrogate (not valid Unicode) is not allowed';
  // The Unicode noncharacters (U+FFFF …): the imports refuse them by the same rule (@app/content).
  const nonchar = findNoncharacter(text);
  return nonchar ? noncharacterProblem(nonchar.codePoint) : null;
}

/**
 * Says what is wrong with a body body-parser would not take. Valid JSON that is not an object (a
 * bare `null`, number or string) is refused by the strict parser too, and "not valid JSON" sent
 * its authors looking for a syntax error that was not there (an external QA engineer, stop 50).
 */
export function malformedJsonMessage(body: unknown): string {
  if (typeof body === 'string') {
    try {
      const value: unknown = JSON.parse(body);
      return notAnObjectMessage(value === null ? 'null' : typeof value);
    } catch {
      // Not JSON at all: the general message below.
    }
  }
  return 'The request body is not valid JSON';
}

function notAnObjectMessage(kind: string): string {
  return `The request body must be a JSON object ({ ... }), not ${kind}`;
}
