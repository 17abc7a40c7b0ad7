import { api, type RequestOptions } from './client';
import type { paths } from './openapi.gen';

/**
 * A thin typed layer over client.ts: the path must be one the contract (docs/openapi.json) lists,
 * with that method; the body is the request schema it declares and the answer is its success
 * schema. The session, refresh and Chinese error wording stay in client.ts.
 */

type Method = 'get' | 'post' | 'put' | 'delete';

/** The paths that answer this method. */
type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = paths[P][M];

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The body of the success answer (undefined for 204). */
export type Success<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? {
        [S in keyof R & (200 | 201 | 202 | 204)]: S extends 204 ? undefined : JsonOf<R[S]>;
      }[keyof R & (200 | 201 | 202 | 204)]
    : never;

/** The JSON request body the operation declares (never when it takes none or takes a file). */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters the operation declares. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never;

interface CallOptions<P extends keyof paths, M extends Method> {
  /** Values for the {placeholders} of the path. */
  params?: Record<string, string | number>;
  /** Lists are sent comma-separated, as the API reads them. */
  query?: QueryOf<P, M>;
  body?: RequestBody<P, M> | FormData;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** One call of the public API, typed by the contract. */
export function call<M extends Method, P extends PathWith<M>>(
  method: M,
  path: P,
  options: CallOptions<P, M> = {},
): Promise<Success<P, M>> {
  const url = String(path).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`${String(path)} needs ${name}`);
    return encodeURIComponent(String(value));
  });
  return api<Success<P, M>>(url, {
    method: method.toUpperCase() as RequestOptions['method'],
    body: options.body,
    query: options.query as RequestOptions['query'],
    headers: options.headers,
    signal: options.signal,
  });
}
