import { NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { METHODS } from 'node:http';

/** What this file reads of Express 5's router (router 2.x): its layers, and the routes they hold. */
interface RouterLayer {
  route?: { methods: Record<string, boolean | undefined> };
  match(path: string): unknown;
}

interface RoutedApp {
  router?: { stack?: RouterLayer[] };
}

/**
 * The methods a path is served with when a request used another one: a route miss is Nest's
 * NotFoundException "Cannot POST /…", and the path may still exist under GET (docs/error-codes.md
 * promises 405 METHOD_NOT_ALLOWED with an Allow header then, not 404: the client's mistake is the
 * method, and a 404 would send them looking for a path that is there). Empty for any other error.
 */
export function allowedMethodsFor(exception: unknown, request: Request): string[] {
  if (!(exception instanceof NotFoundException) || !exception.message.startsWith('Cannot ')) return [];
  // @types/express lags router 2.x, whose layers have match(path): read them through the shape above.
  const stack = (request.app as unknown as RoutedApp).router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || servesEveryMethod(layer.route.methods) || !layer.match(request.path)) continue;
    for (const [method, served] of Object.entries(layer.route.methods)) {
      if (served) methods.add(method.toUpperCase());
    }
  }
  // Express answers HEAD wherever GET is served.
  if (methods.has('GET')) methods.add('HEAD');
  methods.delete(request.method.toUpperCase());
  return [...methods].sort();
}

/**
 * Middleware applied to every route (Nest's MiddlewareConsumer registers it as a route on every
 * method and path): it serves no request by itself, so it says nothing of what a path takes.
 */
function servesEveryMethod(methods: Record<string, boolean | undefined>): boolean {
  return Boolean(methods._all) || METHODS.every((method) => methods[method.toLowerCase()]);
}
