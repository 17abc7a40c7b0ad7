import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Principal } from '@app/directory';
import { DraftingService } from '@app/reports';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import {
  MATRIX_ROLES,
  RELATIONS,
  TARGETED,
  UNTARGETED,
  renderMarkdown,
  type MatrixRole,
  type Relation,
} from './authorization-matrix.data';

const DOC = resolve(__dirname, '../../docs/authorization-matrix.md');

describe('authorization matrix: every endpoint x role x target', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const tokens = {} as Record<MatrixRole, string>;
  const targets = {} as Record<Relation, string>;
  let year = 2040;
  let makeReport: (unitId: string) => Promise<string>;
  let makeCompleteReport: (unitId: string) => Promise<string>;

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, { kind: 'government', level: 'prefecture' });
    const c1 = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const c1Transport = await createUnit(api.dataSource, c1, { kind: 'department', level: 'county' });
    const c2 = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const foreignPrefecture = await createUnit(api.dataSource, xj, {
      kind: 'government',
      level: 'prefecture',
    });
    const foreign = await createUnit(api.dataSource, foreignPrefecture, {
      kind: 'department',
      level: 'prefecture',
    });
    Object.assign(targets, { own: c1.id, below: c1Transport.id, sibling: c2.id, foreign: foreign.id });
    for (const role of MATRIX_ROLES) {
      const user = await createUser(api.dataSource, c1.id, [role]);
      tokens[role] = await tokenFor(api.http, user.username, FACTORY_PASSWORD);
    }
    // Reports are set up by a province-level coordinator straight through the service.
    const setup: Principal = {
      userId: (await createUser(api.dataSource, xj.id, [['coordinator', xj.id]])).id,
      username: 'setup',
      displayName: 'setup',
      unitId: xj.id,
      unitPath: xj.path,
      roles: [{ role: 'coordinator', unitId: xj.id, unitPath: xj.path }],
      sessionId: 'setup',
    };
    makeReport = async (unitId) =>
      (await api.app.get(DraftingService).create({ principal: setup, unitId, reportYear: year++ })).id;
    // A report with a complete draft saved by the unit's own drafter (so submitting is only a question of roles).
    makeCompleteReport = async (unitId) => {
      const report = await api.app
        .get(DraftingService)
        .create({ principal: setup, unitId, reportYear: year++ });
      const unit = await unitById(api.dataSource, unitId);
      const drafter: Principal = {
        ...setup,
        unitId,
        unitPath: unit.path,
        roles: [{ role: 'drafter', unitId, unitPath: unit.path }],
      };
      await api.app.get(DraftingService).save(drafter, report.id, {
        basedOnRevision: 0,
        sections: completeSections(unit.name, report.reportYear),
      });
      return report.id;
    };
  });
  afterAll(() => api?.app.close());

  const request = async (endpoint: string, role: MatrixRole, target: string): Promise<number> => {
    const http = api.http();
    const auth = { Authorization: `Bearer ${tokens[role]}` };
    switch (endpoint) {
      case 'GET /units/:id':
        return (await http.get(`/units/${target}`).set(auth)).status;
      case 'POST /units (parentId)':
        return (
          await http
            .post('/units')
            .set(auth)
            .send({ parentId: target, name: uniqueName('新单位'), kind: 'department', level: 'county' })
        ).status;
      case 'POST /users (unitId)':
        return (
          await http
            .post('/users')
            .set(auth)
            .send({
              unitId: target,
              username: uniqueName('u'),
              displayName: '新用户',
              password: 'Matrix-pass-123',
              roles: [{ role: 'drafter' }],
            })
        ).status;
      case 'GET /users?unitId=':
        return (await http.get(`/users?unitId=${target}`).set(auth)).status;
      case 'GET /users/:id':
        return (
          await http.get(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}`).set(auth)
        ).status;
      case 'POST /users/:id/roles':
        return (
          await http
            .post(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/roles`)
            .set(auth)
            .send({ role: 'unit_leader' })
        ).status;
      case 'POST /users/:id/deactivate':
        return (
          await http
            .post(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/deactivate`)
            .set(auth)
        ).status;
      case 'POST /reports (unitId)':
        return (await http.post('/reports').set(auth).send({ unitId: target, reportYear: year++ })).status;
      case 'GET /reports/:id':
        return (await http.get(`/reports/${await makeReport(target)}`).set(auth)).status;
      case 'GET /reports/:id/history':
        return (await http.get(`/reports/${await makeReport(target)}/history`).set(auth)).status;
      case 'GET /reports/:id/revisions':
        return (await http.get(`/reports/${await makeReport(target)}/revisions`).set(auth)).status;
      case 'POST /reports/:id/revisions':
        return (
          await http
            .post(`/reports/${await makeReport(target)}/revisions`)
            .set(auth)
            .send({ basedOnRevision: 0, sections: { measures: '一、主要举措' } })
        ).status;
      case 'POST /reports/:id/actions (submit)':
        return (
          await http
            .post(`/reports/${await makeCompleteReport(target)}/actions`)
            .set(auth)
            .send({ action: 'submit', expectedVersion: 2 })
        ).status;
      case 'GET /reports/:id/attachments':
        return (await http.get(`/reports/${await makeReport(target)}/attachments`).set(auth)).status;
      default:
        throw new Error(`no request for ${endpoint}`);
    }
  };

  for (const [endpoint, row] of Object.entries(TARGETED)) {
    it(endpoint, async () => {
      const actual = {} as Record<MatrixRole, number[]>;
      for (const role of MATRIX_ROLES) {
        actual[role] = [];
        for (const relation of RELATIONS) actual[role].push(await request(endpoint, role, targets[relation]));
      }
      expect(actual).toEqual(row);
    });
  }

  it('endpoints without a target', async () => {
    const actual = {} as Record<string, Record<MatrixRole, number>>;
    for (const endpoint of Object.keys(UNTARGETED)) {
      const [method, path] = endpoint.split(' ');
      actual[endpoint] = {} as Record<MatrixRole, number>;
      for (const role of MATRIX_ROLES) {
        const http = api.http();
        const req = method === 'GET' ? http.get(path) : http.post(path);
        actual[endpoint][role] = (await req.set('Authorization', `Bearer ${tokens[role]}`)).status;
      }
    }
    expect(actual).toEqual(UNTARGETED);
  });

  it('a 403 names the missing role; a 404 reveals nothing', async () => {
    const forbidden = await api
      .http()
      .post('/units')
      .set('Authorization', `Bearer ${tokens.drafter}`)
      .send({ parentId: targets.own, name: uniqueName('x'), kind: 'department', level: 'county' });
    expect(forbidden.body).toMatchObject({
      statusCode: 403,
      error: 'ROLE_REQUIRED',
      message: expect.stringMatching(/needs the role admin/),
    });
    const hidden = await api
      .http()
      .get(`/units/${targets.foreign}`)
      .set('Authorization', `Bearer ${tokens.admin}`);
    expect(hidden.body).toMatchObject({ statusCode: 404, message: 'Unit not found' });
  });

  it('docs/authorization-matrix.md is the rendered table (npm run docs:authz regenerates it)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, renderMarkdown());
    expect(readFileSync(DOC, 'utf8')).toBe(renderMarkdown());
  });
});
