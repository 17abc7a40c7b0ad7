import {
  applyDecorators,
  createParamDecorator,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { AppError } from '@app/common';

/** 8-100 characters of A-Z, a-z, 0-9, _ or -: long enough to be unique per attempt, short enough to store. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** How an endpoint that takes the header documents it (TakesIdempotencyKey). */
const IDEMPOTENCY_KEY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: '8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once',
};

/** The header's value, or a 400 that says what a key must look like (an absent key is fine). */
export function checkedIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && IDEMPOTENCY_KEY.test(value)) return value;
  // With `fields` like every other VALIDATION_FAILED, so a client shows it as it shows the rest
  // (scenario test, stop 48: the header's refusal alone had no details).
  const problem = 'Idempotency-Key: Idempotency-Key must be 8-100 characters of A-Z, a-z, 0-9, _ or -';
  throw new AppError(400, 'VALIDATION_FAILED', `Invalid input: ${problem}`, { fields: [problem] });
}

/** The checked Idempotency-Key header of the request, so no controller repeats the check. */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined =>
    checkedIdempotencyKey(context.switchToHttp().getRequest<Request>().headers['idempotency-key']),
);

const TAKES_IDEMPOTENCY_KEY = 'rf:takes-idempotency-key';

/**
 * On a write that applies a retried request once per key (with `@IdempotencyKey()` among its
 * parameters): documents the header and lets IdempotencyKeySupport pass it.
 */
export const TakesIdempotencyKey = () =>
  applyDecorators(ApiHeader(IDEMPOTENCY_KEY_HEADER), SetMetadata(TAKES_IDEMPOTENCY_KEY, true));

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A key sent to a write that does not take one is refused, not ignored: a client retrying a saved
 * revision with its key got 409 REVISION_STALE and took its save for lost (external QA, stop 52).
 * Reads are safe to repeat and pass whatever they carry.
 */
@Injectable()
export class IdempotencyKeySupport implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (request.headers['idempotency-key'] === undefined || READS.has(request.method)) return true;
    if (this.reflector.get<boolean>(TAKES_IDEMPOTENCY_KEY, context.getHandler())) return true;
    throw new AppError(
      400,
      'IDEMPOTENCY_KEY_UNSUPPORTED',
      `${request.method} ${request.path} does not take an Idempotency-Key, so a retry with one would not be applied once: send it without the header. A retried change here is answered by its own rules (a save or a decision already made answers 409), never applied twice`,
    );
  }
}
