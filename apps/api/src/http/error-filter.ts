import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, isDatabaseUnavailable, loggableUrl } from '@app/common';
import { allowedMethodsFor } from './method-not-allowed';

/** The one error shape every 4xx/5xx has. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: Record<string, unknown>;
  requestId?: string;
}

/**
 * One global filter: coded AppErrors keep their code; Nest's own HTTP errors (validation, 404 route,
 * throttling, body too large) are mapped into the same shape; a lost database is a 503; anything else
 * is a 500 whose cause goes to the log, not to the client.
 */
@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request & { id?: string }>();
    const allowed = allowedMethodsFor(exception, request);
    const body: ErrorBody =
      allowed.length > 0
        ? {
            statusCode: 405,
            error: 'METHOD_NOT_ALLOWED',
            message: `${request.method} is not served at ${loggableUrl(request.path)}; use ${allowed.join(', ')}`,
            details: { allowed },
          }
        : this.toBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500 && !(exception instanceof AppError)) {
      this.logger.error(
        { err: loggableError(exception), requestId: request.id },
        `${request.method} ${loggableUrl(request.url)} failed`,
      );
    }
    if (response.headersSent) return;
    if (allowed.length > 0) response.setHeader('Allow', allowed.join(', '));
    // A coded 429 says when to come back in its details; clients and proxies read the header.
    const retryAfter = body.details?.retryAfterSeconds;
    if (body.statusCode === 429 && typeof retryAfter === 'number')
      response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof AppError) {
      return {
        statusCode: exception.statusCode,
        error: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) {
      return fromHttpException(exception);
    }
    const bodyParserError = exception as { type?: string; status?: number; message?: string };
    if (bodyParserError?.type === 'entity.too.large') {
      return { statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
    }
    if (bodyParserError?.type === 'entity.parse.failed') {
      return { statusCode: 400, error: 'MALFORMED_JSON', message: 'The request body is not valid JSON' };
    }
    if (
      typeof bodyParserError?.status === 'number' &&
      bodyParserError.status >= 400 &&
      bodyParserError.status < 500
    ) {
      return {
        statusCode: bodyParserError.status,
        error: 'BAD_REQUEST',
        message: bodyParserError.message ?? 'Bad request',
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: 503,
        error: 'DATABASE_UNAVAILABLE',
        message: 'The database is unavailable; try again in a moment',
      };
    }
    return {
      statusCode: 500,
      error: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side; the request id helps us find it',
    };
  }
}

/**
 * What of an unexpected error goes to the log. A database error carries its SQL and parameters
 * (a password hash, a webhook URL with its key): only the name, message, code and stack are kept.
 */
export function loggableError(exception: unknown): unknown {
  if (!(exception instanceof Error)) return exception;
  const { name, message, stack } = exception;
  const code = (exception as { code?: unknown }).code;
  return { type: name, message, stack, ...(typeof code === 'string' ? { code } : {}) };
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const raw = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  let message = typeof response === 'string' ? response : exception.message;
  let details: Record<string, unknown> | undefined;
  if (Array.isArray(raw.message)) {
    // ValidationPipe: one line per bad field.
    details = { fields: raw.message };
    message = `Invalid input: ${(raw.message as string[]).join('; ')}`;
  } else if (typeof raw.message === 'string') {
    message = raw.message;
  }
  if (typeof raw.details === 'object' && raw.details !== null)
    details = raw.details as Record<string, unknown>;
  const error =
    typeof raw.code === 'string'
      ? raw.code
      : (CODE_BY_STATUS[statusCode] ?? HttpStatus[statusCode] ?? 'ERROR');
  return { statusCode, error, message, ...(details ? { details } : {}) };
}
