import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { reportClient, step, submitDraft } from './report-helpers';

describe('concurrency and the audit trail', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let drafter: ReturnType<typeof reportClient>;
  let reviewer: ReturnType<typeof reportClient>;

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
    drafter = reportClient(api.http, await tokenFor(api.http, 'mns-drafter'));
    reviewer = reportClient(api.http, await tokenFor(api.http, 'mns-reviewer'));
  });
  afterAll(() => api?.app.close());

  it('50 concurrent conflicting actions: exactly one wins, the rest get 409 with the current state, one new event', async () => {
    const created = await drafter
      .create({ unitId: demo.unitIds['mns-transport'], reportYear: 2015 })
      .expect(201);
    const id = created.body.id;
    await submitDraft(drafter, id);
    const before = await reviewer.history(id).expect(200);
    const { version } = (await reviewer.get(id).expect(200)).body;

    const attempts = Array.from({ length: 50 }, (_, i) => {
      if (i % 3 === 0) return reviewer.act(id, { action: 'approve', expectedVersion: version });
      if (i % 3 === 1)
        return reviewer.act(id, { action: 'return', expectedVersion: version, comment: `退回 ${i}` });
      return drafter.act(id, { action: 'withdraw', expectedVersion: version });
    });
    const responses = await Promise.all(attempts.map((a) => a.then((res) => res)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = responses.find((r) => r.status === 200)!;
    for (const loser of responses.filter((r) => r.status === 409)) {
      expect(loser.body.details.currentState).toBe(winner.body.report.state);
      expect(loser.body.details.currentVersion).toBe(version + 1);
    }
    const after = await reviewer.history(id).expect(200);
    expect(after.body.events).toHaveLength(before.body.events.length + 1);
    expect(after.body.chain.verified).toBe(true);
  });

  it('an audit row edited directly in MySQL makes verification fail and name the first broken event', async () => {
    const created = await drafter
      .create({ unitId: demo.unitIds['mns-transport'], reportYear: 2014 })
      .expect(201);
    const id = created.body.id;
    await submitDraft(drafter, id); // events: 1 create, 2 save, 3 submit
    await step(reviewer, id, 'return', { comment: '原始意见' }); // 4
    await step(drafter, id, 'submit'); // 5
    expect((await reviewer.history(id)).body.chain).toEqual({ verified: true });

    await api.dataSource.query(
      "UPDATE audit_events SET comment = '被篡改的意见' WHERE report_id = ? AND seq = 4",
      [id],
    );
    const tampered = await reviewer.history(id).expect(200);
    expect(tampered.body.chain).toMatchObject({ verified: false, brokenAt: 4 });
    expect(tampered.body.chain.reason).toMatch(/event 4 was changed/);

    // The CLI checks every chain and names the broken one.
    const cli = spawnSync('node', ['dist/apps/api/src/cli/verify-audit.js'], {
      cwd: resolve(__dirname, '../..'),
      env: process.env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain(`${id}: broken at event 4`);

    // Deleting the last event is caught too: the report row still points at the removed head.
    await api.dataSource.query(
      "UPDATE audit_events SET comment = '原始意见' WHERE report_id = ? AND seq = 4",
      [id],
    );
    expect((await reviewer.history(id)).body.chain).toEqual({ verified: true });
    await api.dataSource.query('DELETE FROM audit_events WHERE report_id = ? AND seq = 5', [id]);
    expect((await reviewer.history(id)).body.chain).toMatchObject({ verified: false, brokenAt: 5 });
  });
});
