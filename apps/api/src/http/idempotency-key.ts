import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '@app/common';

/** 8-100 characters of A-Z, a-z, 0-9, _ or -: long enough to be unique per attempt, short enough to store. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** How an endpoint that takes the header documents it (`@ApiHeader(IDEMPOTENCY_KEY_HEADER)`). */
export const IDEMPOTENCY_KEY_HEADER = {
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
