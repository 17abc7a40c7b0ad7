import { DataSource } from 'typeorm';
import { SystemClock } from '@app/common';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';
import { campaignClient } from '../campaigns/campaign-helpers';
import { reportClient, submitDraft } from '../reports/report-helpers';
import { reportOfUnit } from '../reports/disclosure-helpers';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { waitFor } from '../support/wait';
import { replicaStack } from './replica-stack';

type Api = Awaited<ReturnType<typeof startApi>>;

/**
 * Two API processes on a MariaDB primary + replica of this file's own (scripts/stack.sh replica, on
 * loopback ports 13716/13717; report year 2081). The replica's SQL thread is stopped, so it serves
 * what it had before: a drafter who has just submitted sees the submission on their next read, even
 * through the other API process (the mark is in Redis), while the coordinator's board, read by
 * someone who wrote nothing lately, still comes from the replica. Started again, the replica
 * catches up and the board shows the submission.
 */
describe('read replicas with read-your-writes', () => {
  const WINDOW_MS = 4000;
  const stack = replicaStack({ primaryPort: 13716, database: 'reportflow_test_replica_rw' });
  const apis: Api[] = [];
  let campaignId = '';
  let unitId = '';

  beforeAll(async () => {
    await stack.up();
    const settings = await stack.settings();
    const migrator = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env, DATABASE_URL: settings.DATABASE_URL }, '')),
    ).initialize();
    try {
      await migrator.runMigrations({ transaction: 'each' });
    } finally {
      await migrator.destroy();
    }
    const env = {
      ...settings,
      DATABASE_READ_YOUR_WRITES_MS: String(WINDOW_MS),
      LOGIN_THROTTLE_PER_MINUTE: '1000',
    };
    for (let i = 0; i < 2; i += 1) apis.push(await startApi({ clock: new SystemClock(), env }));
    const demo = await loadDemo(apis[0].dataSource);
    unitId = demo.unitIds['htb-transport'];
    const coordinator = campaignClient(apis[0].http, await tokenFor(apis[0].http, 'cj-coordinator'));
    const issued = await coordinator
      .issue({
        reportYear: 2081,
        title: '关于报送2081年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2082〕1号',
        issuedOn: new Date().toISOString().slice(0, 10),
        body: '请按期报送。',
        dueDate: `${new Date().getUTCFullYear() + 1}-02-27`,
        targets: { unitIds: [unitId] },
      })
      .expect(201);
    campaignId = issued.body.id;
    await stack.caughtUp();
    // The coordinator's own window (from issuing) ends: from here on, their reads may use the replica.
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 500));
  }, 360_000);

  /** The state of the campaign's one report on the board, as the coordinator reads it through `api`. */
  const boardReader = async (api: Api) => {
    const coordinator = campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    return async () => {
      const board = (await coordinator.board(campaignId).expect(200)).body as {
        rows: Array<{ unit: { id: string }; state: string }>;
      };
      return board.rows.find((row) => row.unit.id === unitId)?.state;
    };
  };
  const primaryState = (reportId: string) =>
    stack.sql('primary', `SELECT state FROM reportflow_test_replica_rw.reports WHERE id = '${reportId}'`);

  afterAll(async () => {
    for (const api of apis) await api.app.close();
    await stack.down();
  }, 60_000);

  it('shows a user their own change at once while other readers are served by the lagging replica', async () => {
    const [first, second] = apis;
    const reportId = await reportOfUnit(first.dataSource, campaignId, unitId);
    const boardState = await boardReader(second);
    expect(await boardState()).toBe('drafting');

    await stack.sql('replica', 'STOP SLAVE SQL_THREAD');
    const drafterToken = await tokenFor(first.http, 'htb-drafter');
    const drafter = reportClient(first.http, drafterToken);
    await submitDraft(drafter, reportId);
    const submitted = (await drafter.get(reportId).expect(200)).body as { state: string };
    expect(submitted.state).not.toBe('drafting');

    // The drafter's next read, through the other API process: from the primary (read-your-writes).
    const listed = await second
      .http()
      .get('/reports?reportYear=2081')
      .set('Authorization', `Bearer ${drafterToken}`)
      .expect(200);
    expect((listed.body as Array<{ id: string; state: string }>).find((r) => r.id === reportId)?.state).toBe(
      submitted.state,
    );

    // The coordinator wrote nothing lately: the board comes from the replica, which has not applied it.
    expect(await primaryState(reportId)).toBe(submitted.state);
    expect(await boardState()).toBe('drafting');

    await stack.sql('replica', 'START SLAVE SQL_THREAD');
    await waitFor(
      'the board to show the submission once the replica has caught up',
      async () => (await boardState()) === submitted.state,
      { timeoutMs: 20_000, intervalMs: 250 },
    );
  }, 120_000);

  it('serves the board from the primary while the replica is down', async () => {
    const reportId = await reportOfUnit(apis[0].dataSource, campaignId, unitId);
    const boardState = await boardReader(apis[1]);
    await stack.stop('replica');
    // The first read meets a pooled connection the replica closed, the second a refused connect.
    for (let read = 0; read < 2; read += 1) expect(await boardState()).toBe(await primaryState(reportId));
  }, 60_000);
});
