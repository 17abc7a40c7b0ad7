import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Hostile requests generated from the OpenAPI document of the running API: for every operation,
 * its path and query parameters and its request body (by schema) are attacked one at a time, the
 * rest of the request staying well-formed, so each case tests one thing. Pure: the spec runs them.
 */

export interface Schema {
  type?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  nullable?: boolean;
  format?: string;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export type Category =
  | 'no token'
  | 'bad token'
  | 'hostile path parameter'
  | 'unknown id'
  | 'hostile query value'
  | 'huge page size'
  | 'negative offset'
  | 'huge offset'
  | 'unknown query parameter'
  | 'hostile header'
  | 'malformed JSON'
  | 'JSON not an object'
  | 'wrong content type'
  | 'missing required field'
  | 'unknown property'
  | 'server-owned field'
  | 'prototype pollution'
  | 'wrong type'
  | 'over-long string'
  | 'over-long array'
  | 'impossible date'
  | 'control character'
  | 'invalid UTF-8'
  | 'body over limit'
  | 'compression bomb'
  | 'deep nesting'
  | 'hostile upload';

export interface HostileCase {
  category: Category;
  /** e.g. "POST /reports/{id}/revisions" */
  operation: string;
  what: string;
  method: string;
  /** Path with the query string, already encoded. */
  url: string;
  /** Authorization header value; null sends none. */
  authorization: string | null;
  headers: Record<string, string>;
  body?: string | Buffer;
  files?: Array<{ field: string; filename: string; content: Buffer }>;
  /** Acceptable statuses. Anything else, and every 5xx, is a finding. */
  expect: number[];
}

export interface GenerateOptions {
  token: string;
  /** A real, reachable id for a path parameter (so a wrongly accepted request would act on data). */
  realParam: (path: string, name: string) => string;
  /** Body size limit in bytes (BODY_LIMIT) and the upload limit (ATTACHMENT_MAX_BYTES). */
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  /**
   * A well-formed body for an operation instead of the one built from the schema's examples (e.g.
   * a login of a user that does not exist, so no case can count failures against a real account).
   */
  baseBody?: (operation: string) => Record<string, unknown> | undefined;
}

const CLIENT_ERROR = Array.from({ length: 100 }, (_, i) => 400 + i);
const BAD_INPUT = [400];
/** What a client must never set: the server decides these. */
export const SERVER_OWNED = [
  'id',
  'state',
  'version',
  'unit',
  'author',
  'createdBy',
  'createdAt',
  'status',
  'currentRevision',
  'passwordHash',
];
const SQL = "1' OR '1'='1'; DROP TABLE reports; --";
const HTML = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function resolveSchema(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolveSchema(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1)
    return { ...resolveSchema(doc, schema.allOf[0]), ...without(schema, 'allOf') };
  return schema;
}

function without<T extends object>(o: T, key: keyof T): T {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

/** A value the DTO accepts, so that one mutation at a time is what the server sees as wrong. */
function sampleValue(doc: OpenApiDocument, name: string, raw: Schema): unknown {
  const schema = resolveSchema(doc, raw);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.example !== undefined) return schema.example;
  switch (schema.type) {
    case 'number':
    case 'integer':
      return /year/i.test(name) ? 2030 : 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return sampleObject(doc, schema);
    default:
      if (/(^id|Id)$/.test(name)) return randomUUID();
      if (/password/i.test(name)) return 'Hostile-pass-2025';
      if (/date/i.test(name)) return '2030-01-15';
      if (/url/i.test(name)) return 'https://example.gov.cn/hook';
      return 'text';
  }
}

function sampleObject(doc: OpenApiDocument, schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    out[name] = sampleValue(doc, name, schema.properties?.[name] ?? {});
  }
  return out;
}

/** Every property of a body schema, nested objects included, as a path from the root. */
function properties(
  doc: OpenApiDocument,
  schema: Schema,
  prefix: string[] = [],
  depth = 0,
): Array<{ path: string[]; schema: Schema; required: boolean }> {
  const resolved = resolveSchema(doc, schema);
  const out: Array<{ path: string[]; schema: Schema; required: boolean }> = [];
  for (const [name, raw] of Object.entries(resolved.properties ?? {})) {
    const prop = resolveSchema(doc, raw);
    const path = [...prefix, name];
    out.push({ path, schema: prop, required: (resolved.required ?? []).includes(name) });
    if (prop.properties && depth < 3) out.push(...properties(doc, prop, path, depth + 1));
  }
  return out;
}

/** The base body with `value` placed at `path` (parents created from their samples). */
function withValue(
  doc: OpenApiDocument,
  root: Schema,
  base: Record<string, unknown>,
  path: string[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(base);
  let node: Record<string, unknown> = copy;
  let schema = resolveSchema(doc, root);
  for (const key of path.slice(0, -1)) {
    schema = resolveSchema(doc, schema.properties?.[key]);
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = sampleObject(doc, schema);
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

function wrongValues(schema: Schema): unknown[] {
  if (schema.enum?.length) return ['not-one-of-them', 7];
  switch (schema.type) {
    case 'number':
    case 'integer':
      return ['12', 1.5, { $gt: 0 }, true];
    case 'boolean':
      return ['yes', 1];
    case 'array':
      return ['not-a-list', { 0: 'x' }];
    case 'object':
      return ['not-an-object', [1, 2]];
    default:
      return [12345, { $ne: null }, ['a']];
  }
}

const isString = (s: Schema) => (s.type === 'string' || s.type === undefined) && !s.enum && !s.properties;

export function generateCases(doc: OpenApiDocument, options: GenerateOptions): HostileCase[] {
  const cases: HostileCase[] = [];
  const bearer = `Bearer ${options.token}`;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const operation = `${method.toUpperCase()} ${path}`;
      const params = op.parameters ?? [];
      const secured = (op.security ?? []).length > 0;
      // A DELETE never gets a real id: a hostile case wrongly accepted must not remove anything.
      const real = (name: string) =>
        method === 'delete' && !/role/.test(name) ? randomUUID() : options.realParam(path, name);
      // Required query parameters (e.g. diff's from and to) get a sample unless a case attacks them.
      const requiredQuery = params
        .filter((p) => p.in === 'query' && p.required)
        .map((p): [string, string] => [p.name, String(sampleValue(doc, p.name, p.schema ?? {}))]);
      const fill = (overrides: Record<string, string> = {}, dropQuery?: string) => {
        const base = path.replace(
          /\{(\w+)\}/g,
          (_, name: string) => overrides[name] ?? encodeURIComponent(real(name)),
        );
        const q = requiredQuery.filter(([name]) => name !== dropQuery);
        return q.length ? `${base}?${new URLSearchParams(q).toString()}` : base;
      };
      // Unless a case attacks the body, the body is well-formed, so the case is about one thing only.
      const jsonBody = op.requestBody?.content['application/json']?.schema;
      const baseJson = jsonBody
        ? (options.baseBody?.(operation) ?? sampleObject(doc, resolveSchema(doc, jsonBody)))
        : undefined;
      const upload = Boolean(op.requestBody?.content['multipart/form-data']);
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0x20)]);
      const add = (category: Category, what: string, extra: Partial<HostileCase> & { expect: number[] }) =>
        cases.push({
          category,
          operation,
          what,
          method,
          url: fill(),
          authorization: secured ? bearer : null,
          headers: baseJson ? { 'content-type': 'application/json' } : {},
          body: baseJson ? JSON.stringify(baseJson) : undefined,
          files: upload ? [{ field: 'file', filename: 'a.pdf', content: pdf }] : undefined,
          ...extra,
        });

      // --- authentication ---------------------------------------------------------------------
      if (secured) {
        add('no token', 'no Authorization header', { authorization: null, expect: [401] });
        add('bad token', 'a token that is not a JWT', {
          authorization: `Bearer ${SQL.replace(/[^A-Za-z0-9._-]/g, '')}`,
          expect: [401],
        });
        add('bad token', 'an unsigned token (alg: none) claiming to be someone', {
          authorization: `Bearer ${unsignedToken()}`,
          expect: [401],
        });
      }

      // --- path parameters ----------------------------------------------------------------------
      for (const param of params.filter((p) => p.in === 'path')) {
        const numeric = param.schema?.type === 'number' || param.schema?.type === 'integer';
        const hostile = numeric
          ? ['abc', '1.5', '1e3', '0x10', '-1', '99999999999999999999999', encodeURIComponent(SQL)]
          : [
              'not-a-uuid',
              encodeURIComponent(SQL),
              encodeURIComponent('../../../../etc/passwd'), // outside-repo-ok: path traversal on purpose
              '%00',
              '%FF',
              encodeURIComponent('你好'),
              encodeURIComponent(HTML),
              'a'.repeat(2000),
            ];
        for (const value of hostile) {
          add('hostile path parameter', `${param.name} = ${short(decodeSafe(value))}`, {
            url: fill({ [param.name]: value }),
            expect: [400, 404],
          });
        }
        // A date (GET /calendar/days/:date) names no row: a UUID there is malformed, not unknown.
        const isId = !numeric && param.name !== 'role' && param.schema?.format !== 'date';
        if (isId) {
          add('unknown id', `${param.name} = a well-formed id that does not exist`, {
            url: fill({ [param.name]: randomUUID() }),
            expect: [404],
          });
        }
      }

      // --- query parameters ---------------------------------------------------------------------
      const query = params.filter((p) => p.in === 'query');
      const withQuery = (q: string, attacked?: string) => {
        const url = fill({}, attacked);
        return `${url}${url.includes('?') ? '&' : '?'}${q}`;
      };
      for (const param of query) {
        const schema = resolveSchema(doc, param.schema);
        const key = encodeURIComponent(param.name);
        const values: Array<[Category, string]> = [];
        if (schema.type === 'number' || schema.type === 'integer') {
          if (param.name === 'limit') {
            for (const v of ['100000', '2147483648', '0', '-1']) values.push(['huge page size', v]);
          } else if (param.name === 'offset') {
            for (const v of ['-1', '-2147483649']) values.push(['negative offset', v]);
            // Past the end is an empty page or a 400; never a number SQL cannot read (1e+20).
            for (const v of ['100000000000000000000', '1e20', '9007199254740993'])
              values.push(['huge offset', v]);
          }
          for (const v of ['abc', '1.5', '1e400', encodeURIComponent(SQL), '1&' + key + '=2'])
            values.push(['hostile query value', v]);
        } else if (schema.type === 'boolean') {
          for (const v of ['maybe', '2', encodeURIComponent(SQL)]) values.push(['hostile query value', v]);
        } else if (schema.enum?.length) {
          for (const v of ['not-one-of-them', encodeURIComponent(SQL), ''])
            values.push(['hostile query value', v]);
        } else if (schema.type === 'array') {
          for (const v of [encodeURIComponent(SQL), 'a'.repeat(100), encodeURIComponent('你好')])
            values.push(['hostile query value', v]);
        } else if (/(^id|Id)$/.test(param.name)) {
          for (const v of ['not-a-uuid', encodeURIComponent(SQL), '%00'])
            values.push(['hostile query value', v]);
        } else {
          // Free text: treated as data (an empty result or a 400), never as SQL, never a 500.
          for (const v of ['a'.repeat(1000), encodeURIComponent(SQL), encodeURIComponent('你好'), '%00'])
            values.push(['hostile query value', v]);
        }
        for (const [category, value] of values) {
          const freeText =
            category === 'hostile query value' && isString(schema) && !/(^id|Id)$/.test(param.name);
          add(category, `?${param.name}=${short(decodeSafe(value))}`, {
            url: withQuery(`${key}=${value}`, param.name),
            expect: freeText ? [200, ...CLIENT_ERROR] : category === 'huge offset' ? [200, 400] : BAD_INPUT,
          });
        }
      }
      if (query.length > 0) {
        // A DELETE reads one named query parameter (no DTO), so others are ignored: its random ids give 404.
        const unknownExpect = method === 'delete' ? [400, 404] : BAD_INPUT;
        add('unknown query parameter', '?isAdmin=true', {
          url: withQuery('isAdmin=true'),
          expect: unknownExpect,
        });
        add('unknown query parameter', '?__proto__[admin]=1', {
          url: withQuery('__proto__%5Badmin%5D=1'),
          expect: unknownExpect,
        });
      }

      // --- header parameters --------------------------------------------------------------------
      const headerParams = params.filter((p) => p.in === 'header');
      const headerNames = [...new Set(headerParams.map((p) => p.name.toLowerCase()))];
      for (const name of headerNames) {
        for (const value of ['short', 'x'.repeat(101), SQL, '你好'.repeat(5)]) {
          add('hostile header', `${name}: ${short(value)}`, {
            headers: {
              ...(baseJson ? { 'content-type': 'application/json' } : {}),
              // A header carries bytes: UTF-8 text arrives as its latin1 reading.
              [name]: Buffer.from(value).toString('latin1'),
            },
            expect: BAD_INPUT,
          });
        }
      }

      // --- JSON bodies --------------------------------------------------------------------------
      if (jsonBody && baseJson) {
        const root = resolveSchema(doc, jsonBody);
        const json = (body: unknown) => JSON.stringify(body);
        const send = (
          category: Category,
          what: string,
          body: string | Buffer,
          expect = BAD_INPUT,
          headers = {},
        ) =>
          add(category, what, { body, headers: { 'content-type': 'application/json', ...headers }, expect });

        send('malformed JSON', 'a truncated object', json(baseJson).slice(0, -1) + ',');
        send('malformed JSON', 'single quotes and a trailing comma', "{'a': 1,}");
        send('malformed JSON', 'NaN and a comment', '{"a": NaN /* x */}');
        send('JSON not an object', 'a bare string', '"text"');
        send('JSON not an object', 'null', 'null');
        send('JSON not an object', 'an array of the body', json([baseJson]));
        add('wrong content type', 'the JSON sent as text/plain', {
          body: json(baseJson),
          headers: { 'content-type': 'text/plain' },
          expect: [415],
        });
        add('wrong content type', 'the JSON as application/xml', {
          body: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`,
          headers: { 'content-type': 'application/xml' },
          expect: [415],
        });
        send('wrong content type', 'JSON declared as latin1', json(baseJson), [415], {
          'content-type': 'application/json; charset=latin1',
        });
        if ((root.required ?? []).length > 0) send('missing required field', 'an empty object', '{}');
        send('unknown property', 'an extra property', json({ ...baseJson, isAdmin: true }));
        for (const field of SERVER_OWNED.filter((f) => !(f in (root.properties ?? {})))) {
          send(
            'server-owned field',
            `${field} set by the client`,
            json({ ...baseJson, [field]: sampleOwned(field) }),
          );
        }
        send(
          'prototype pollution',
          '__proto__',
          `${json(baseJson).slice(0, -1)}${Object.keys(baseJson).length ? ',' : ''}"__proto__":{"isAdmin":true}}`,
        );
        send(
          'prototype pollution',
          'constructor.prototype',
          json({ ...baseJson, constructor: { prototype: { isAdmin: true } } }),
        );

        for (const prop of properties(doc, root)) {
          const at = prop.path.join('.');
          for (const value of wrongValues(prop.schema)) {
            send(
              'wrong type',
              `${at} = ${short(JSON.stringify(value))}`,
              json(withValue(doc, root, baseJson, prop.path, value)),
            );
          }
          if (prop.required && !prop.schema.nullable)
            send('wrong type', `${at} = null`, json(withValue(doc, root, baseJson, prop.path, null)));
          if (isString(prop.schema)) {
            send(
              'over-long string',
              `${at} = 500,001 characters`,
              json(withValue(doc, root, baseJson, prop.path, 'x'.repeat(500_001))),
            );
            for (const [label, text] of [
              ['NUL', 'a\u0000b'],
              ['ESC', 'a\u001b[31mb'],
              ['an unpaired surrogate', 'a\ud800b'],
              // Noncharacters: U+FFFF in one section made every Word/Excel export of it unreadable (pen test).
              ['the noncharacter U+FFFF', 'a\uffffb'],
              ['the noncharacter U+FDD0', 'a\ufdd0b'],
              ['the noncharacter U+10FFFE', 'a\u{10fffe}b'],
            ]) {
              send(
                'control character',
                `${at} contains ${label}`,
                json(withValue(doc, root, baseJson, prop.path, text)),
              );
            }
            if (typeof prop.schema.example === 'string' && DATE.test(prop.schema.example)) {
              for (const date of ['2023-02-30', '2023-13-01', '2023-2-3', '2024-02-29T00:00:00Z']) {
                send(
                  'impossible date',
                  `${at} = ${date}`,
                  json(withValue(doc, root, baseJson, prop.path, date)),
                  CLIENT_ERROR,
                );
              }
            }
          }
          if (prop.schema.type === 'array') {
            send(
              'over-long array',
              `${at} with 20,001 items`,
              json(
                withValue(doc, root, baseJson, prop.path, Array(20_001).fill(sampleItem(doc, prop.schema))),
              ),
              CLIENT_ERROR,
            );
          }
        }
        const first = Object.keys(root.properties ?? {})[0] ?? 'x';
        send(
          'invalid UTF-8',
          `${first} holds the bytes C3 28`,
          Buffer.concat([Buffer.from(`{"${first}":"a`), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
        );
        send(
          'invalid UTF-8',
          'an overlong encoding of "/" (C0 AF)',
          Buffer.concat([Buffer.from(`{"${first}":"..`), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]),
        );
        send(
          'body over limit',
          `a body of ${options.bodyLimitBytes + 1024} bytes`,
          json({ ...baseJson, padding: 'x'.repeat(options.bodyLimitBytes + 1024) }),
          [413],
        );
        send(
          'compression bomb',
          'gzip that inflates past the limit',
          gzipSync(json({ ...baseJson, padding: 'x'.repeat(options.bodyLimitBytes * 8) })),
          [413],
          { 'content-encoding': 'gzip' },
        );
        send(
          'compression bomb',
          'content-encoding gzip that is not gzip',
          Buffer.from('not gzip at all'),
          CLIENT_ERROR,
          {
            'content-encoding': 'gzip',
          },
        );
        send(
          'deep nesting',
          `${first} nested 5,000 levels deep`,
          `{"${first}":${'['.repeat(5000)}${']'.repeat(5000)}}`,
        );
      }

      // --- uploads ------------------------------------------------------------------------------
      if (upload) {
        add('hostile upload', 'no file (a JSON body instead)', {
          files: undefined,
          body: '{"file":"x"}',
          headers: { 'content-type': 'application/json' },
          expect: CLIENT_ERROR,
        });
        add('hostile upload', 'the file under another field name', {
          files: [{ field: 'evil', filename: 'a.pdf', content: pdf }],
          expect: CLIENT_ERROR,
        });
        add('hostile upload', 'two files', {
          files: [
            { field: 'file', filename: 'a.pdf', content: pdf },
            { field: 'file', filename: 'b.pdf', content: pdf },
          ],
          expect: CLIENT_ERROR,
        });
        add('hostile upload', 'a Windows program named .pdf', {
          files: [
            {
              field: 'file',
              filename: 'report.pdf',
              content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
            },
          ],
          expect: CLIENT_ERROR,
        });
        // /content/import-file reads any UTF-8 text into sections and stores nothing: HTML is just text there.
        add('hostile upload', 'an HTML page named .exe', {
          files: [{ field: 'file', filename: '../../x.exe', content: Buffer.from(`<html>${HTML}</html>`) }],
          expect: path.startsWith('/content/') ? [200] : CLIENT_ERROR,
        });
        add('hostile upload', 'a file over the upload limit', {
          files: [
            {
              field: 'file',
              filename: 'big.pdf',
              content: Buffer.concat([pdf, Buffer.alloc(Math.max(options.uploadLimitBytes, 1024) + 1)]),
            },
          ],
          // The stamped scan names every refusal with a 400 and details.reason (docs/export.md).
          expect: path.startsWith('/content/')
            ? CLIENT_ERROR
            : path.endsWith('/stamped-scan')
              ? [400]
              : [413],
        });
        add('hostile upload', 'a multipart body that never ends', {
          files: undefined,
          body: '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
          headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
          expect: CLIENT_ERROR,
        });
        add('hostile upload', 'multipart without a boundary', {
          files: undefined,
          body: 'whatever',
          headers: { 'content-type': 'multipart/form-data' },
          expect: CLIENT_ERROR,
        });
      }
    }
  }
  return cases;
}

function sampleOwned(field: string): unknown {
  switch (field) {
    case 'version':
    case 'currentRevision':
      return 99;
    case 'state':
      return 'accepted';
    case 'status':
      return 'withdrawn';
    case 'unit':
      return { id: randomUUID(), name: '别的单位' };
    case 'createdAt':
      return '2020-01-01T00:00:00Z';
    default:
      return randomUUID();
  }
}

function sampleItem(doc: OpenApiDocument, schema: Schema): unknown {
  const item = resolveSchema(doc, schema.items);
  if (item.enum?.length) return item.enum[0];
  if (item.type === 'number' || item.type === 'integer') return 1;
  if (item.properties) return sampleObject(doc, item);
  return randomUUID();
}

/** header.payload. with alg none: a token anyone can write. Never valid. */
function unsignedToken(): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: randomUUID(), sid: randomUUID() })}.`;
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function short(text: string): string {
  const printable = JSON.stringify(text).slice(1, -1);
  return printable.length > 40 ? `${printable.slice(0, 37)}...` : printable;
}
