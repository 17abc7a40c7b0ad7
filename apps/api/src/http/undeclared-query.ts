import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import { CommonErrors } from '@app/common';

/** What a handler reads of the query string: all of it (a DTO), some named keys, or nothing. */
type QueryReading = { kind: 'dto' } | { kind: 'keys'; keys: ReadonlySet<string> };

/** One entry of Nest's route-argument metadata (`@Query()`, `@Query('name')`, `@Param()`, …). */
interface RouteArgument {
  index: number;
  data?: unknown;
}

/**
 * A query parameter on a route that reads none is refused, not ignored: `/work-queue?limit=abc` and
 * `/units/drafter-counts?unitId=…` answered 200 with the whole list, so a client believing it had
 * filtered or paged got everything (penetration test, stop 57), while routes with a query DTO answer
 * 400 naming the parameter. Routes with a DTO are left to it (it refuses what it does not declare);
 * a route reading named keys (`@Query('unitId')`) takes those. Anonymous routes (the public
 * disclosure pages) are left alone: links shared through chat apps come back with their own
 * tracking parameters.
 */
@Injectable()
export class UndeclaredQueryRefusal implements CanActivate {
  private readonly readings = new WeakMap<object, QueryReading>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: unknown }>();
    if (request.principal === undefined) return true;
    const sent = Object.keys(request.query ?? {});
    if (sent.length === 0) return true;
    const reading = this.readingOf(context);
    if (reading.kind === 'dto') return true;
    const unknown = sent.filter((key) => !reading.keys.has(key));
    if (unknown.length === 0) return true;
    const problems = unknown
      .slice(0, 10)
      .map((key) => `${key.slice(0, 60)}: this request takes no such query parameter`);
    throw CommonErrors.validation(
      `Invalid input: ${problems.join('; ')}${reading.keys.size === 0 ? ' (it takes no query parameters)' : ` (it takes: ${[...reading.keys].join(', ')})`}`,
      { fields: problems },
    );
  }

  private readingOf(context: ExecutionContext): QueryReading {
    const handler = context.getHandler();
    const known = this.readings.get(handler);
    if (known) return known;
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {}) as Record<
      string,
      RouteArgument
    >;
    const queryArgs = Object.entries(args)
      .filter(([key]) => key.split(':')[0] === String(RouteParamtypes.QUERY))
      .map(([, arg]) => arg);
    const reading: QueryReading = queryArgs.some((arg) => typeof arg.data !== 'string')
      ? { kind: 'dto' }
      : { kind: 'keys', keys: new Set(queryArgs.map((arg) => arg.data as string)) };
    this.readings.set(handler, reading);
    return reading;
  }
}
