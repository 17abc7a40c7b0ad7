import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { reportClient } from './report-helpers';

type Client = ReturnType<typeof reportClient>;

/**
 * A walk (stop 46): a bureau without a 科室审核人 submitted its report, was told it had, and the report
 * waited in 科室审核 for nobody. The report says, on the step, that nobody in the unit may act on the
 * stage it leads into; once a reviewer is appointed it no longer does.
 */
describe('a step into a stage nobody in the unit may act on', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: Client;
  let unitId: string;
  let reportId: string;

  const submitStep = async () => {
    const report = await drafter.get(reportId).expect(200);
    return report.body.allowedActions.find((a: { action: string }) => a.action === 'submit');
  };

  beforeAll(async () => {
    api = await startApi();
    const unit = await createUnit(api.dataSource, null, { name: uniqueName('无人审核局') });
    unitId = unit.id;
    const user = await createUser(api.dataSource, unit.id, ['drafter']);
    drafter = reportClient(api.http, await tokenFor(api.http, user.username, user.password));
    reportId = (await drafter.create({ unitId, reportYear: 2024 }).expect(201)).body.id;
    await drafter
      .save(reportId, { basedOnRevision: 0, sections: completeSections(unit.name, 2024) })
      .expect(201);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('marks the submit while the unit has no 科室审核人, and not once one is appointed', async () => {
    expect(await submitStep()).toMatchObject({ to: 'dept_review', nobodyActsNext: true });
    await createUser(api.dataSource, unitId, ['dept_reviewer']);
    expect(await submitStep()).toMatchObject({ to: 'dept_review', nobodyActsNext: false });
  });
});
