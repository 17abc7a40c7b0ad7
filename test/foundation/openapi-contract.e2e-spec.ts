import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { z } from 'zod/v4';
import { MeSchema } from '../../apps/api/src/auth/auth.responses';
import { CalendarOverviewSchema } from '../../apps/api/src/calendar/calendar.responses';
import { UnitSchema } from '../../apps/api/src/http/shared.responses';
import {
  ReportDetailSchema,
  ReportHistorySchema,
  ReportSummarySchema,
  RevisionMetaSchema,
  SavedRevisionSchema,
  WorkItemSchema,
} from '../../apps/api/src/reports/reports.responses';
import { UserViewSchema } from '../../apps/api/src/users/users.responses';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, unitById } from '../support/factories';

/**
 * The contract as the running API keeps it: the served document is the committed one (built in
 * preview mode by the unit test), and real answers fit their declared schemas with no field more
 * or less (the document says additionalProperties: false).
 */
describe('the API contract, served', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const token: Record<'drafter' | 'admin', string> = { drafter: '', admin: '' };
  let unitId = '';
  let unitName = '';

  beforeAll(async () => {
    api = await startApi();
    const demo = await loadDemo(api.dataSource);
    const cj = await unitById(api.dataSource, demo.unitIds.cj);
    const unit = await createUnit(api.dataSource, cj, { kind: 'department', level: 'prefecture' });
    unitId = unit.id;
    unitName = unit.name;
    const drafter = await createUser(api.dataSource, unit.id, ['drafter']);
    token.drafter = await tokenFor(api.http, drafter.username, drafter.password);
    token.admin = await tokenFor(api.http, 'cj-admin');
  });
  afterAll(async () => {
    await (api?.app as NestExpressApplication | undefined)?.close();
  });

  /** The body, read through the schema: equal only when it has every declared field and no other. */
  function expectFits(schema: z.ZodType, body: unknown): void {
    const result = schema.safeParse(body);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(body);
  }

  const get = (path: string, as: keyof typeof token) =>
    api.http().get(path).set('Authorization', `Bearer ${token[as]}`);

  it('/docs/openapi.json is the committed docs/openapi.json', async () => {
    const served = (await api.http().get('/docs/openapi.json').expect(200)).body;
    const committed = JSON.parse(readFileSync(join(__dirname, '../../docs/openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
  });

  it('a report drafted from start to history answers the declared shapes at every step', async () => {
    const year = new Date().getFullYear() - 1;
    const created = await api
      .http()
      .post('/reports')
      .set('Authorization', `Bearer ${token.drafter}`)
      .send({ unitId, reportYear: year })
      .expect(201);
    expectFits(ReportDetailSchema, created.body);
    const id = created.body.id as string;

    const saved = await api
      .http()
      .post(`/reports/${id}/revisions`)
      .set('Authorization', `Bearer ${token.drafter}`)
      .send({ basedOnRevision: 0, sections: completeSections(unitName, year) })
      .expect(201);
    expectFits(SavedRevisionSchema, saved.body);

    expectFits(ReportDetailSchema, (await get(`/reports/${id}`, 'drafter').expect(200)).body);
    const revisions = (await get(`/reports/${id}/revisions`, 'drafter').expect(200)).body;
    expect(revisions).toHaveLength(1);
    expectFits(RevisionMetaSchema.array(), revisions);
    expectFits(ReportHistorySchema, (await get(`/reports/${id}/history`, 'drafter').expect(200)).body);
    const list = (await get('/reports', 'drafter').expect(200)).body;
    expect(list.map((r: { id: string }) => r.id)).toContain(id);
    expectFits(ReportSummarySchema.array(), list);
    const queue = (await get('/work-queue', 'drafter').expect(200)).body;
    expect(queue.map((r: { id: string }) => r.id)).toContain(id);
    expectFits(WorkItemSchema.array(), queue);
  });

  it('who I am, the units and users an administrator sees, and the holiday schedules fit theirs', async () => {
    expectFits(MeSchema, (await get('/me', 'drafter').expect(200)).body);
    const units = (await get('/units', 'admin').expect(200)).body;
    expect(units.length).toBeGreaterThan(1);
    expectFits(UnitSchema.array(), units);
    const users = (await get('/users', 'admin').expect(200)).body;
    expect(users.length).toBeGreaterThan(1);
    expectFits(UserViewSchema.array(), users);
    expectFits(CalendarOverviewSchema, (await get('/admin/calendar', 'admin').expect(200)).body);
  });
});
