import type { DataSource } from 'typeorm';
import { endOfDayInstant, localDateOf, parseLocalDate } from '@app/calendar';
import { ManualClock, newId } from '@app/common';
import { StageClock } from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { BoardRepository } from '../../apps/api/src/campaigns/board.repository';
import { rollupEntryOf, totalsOf, WorkingDayCounter } from '../../apps/api/src/campaigns/board-rows';
import { CampaignUnitsRepository } from '../../apps/api/src/campaigns/campaign-units.repository';
import { idsOnPaths, regionsOf } from '../../apps/api/src/campaigns/unit-regions';
import { startApi } from '../support/apps';
import { createUser } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * The roll-up counts the cascaded targets in SQL, grouped by what their state, light and progress
 * depend on. It must give, byte for byte, what classifying every target row by row gives (the
 * computation it replaced, kept here as the reference): every state (several workflows, a receipt's
 * state, a state the campaign's workflow lacks), every light and progress, submissions and receipts
 * at the last millisecond of the due day and the first one after, regions from a unit's own code or
 * its ancestors', per child campaign (a grandchild's targets count in its child). Report year 2041.
 */
describe('the roll-up of a cascade, counted in SQL', () => {
  const clock = new ManualClock(at('2025-06-04'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    db = api.dataSource;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const ARCHIVE_CASE = 14;
  const JOINT_CASE = 17;

  it('gives the same totals, per child and overall, as classifying every cascaded target', async () => {
    const label = `汇总核对${Date.now().toString(36)}`;
    const now = new Date();
    // Each unit's report gets the case (below) of its creation order, or the one named here.
    const caseOfUnit = new Map<string, number>();
    let created = 0;
    const unit = async (
      parent: { id: string; path: string } | null,
      name: string,
      kind: string,
      level: string,
      code: string | null,
      caseIndex = created,
    ) => {
      const id = newId();
      caseOfUnit.set(id, caseIndex);
      created++;
      const path = `${parent?.path ?? '/'}${id}/`;
      await db.query(
        `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
        [id, parent?.id ?? null, path, path.split('/').length - 3, name, kind, level, code, now],
      );
      return { id, path, name };
    };
    const province = await unit(null, `${label}区`, 'government', 'province', '65');
    // 地区甲 has no code of its own (its bureaus are in region 65); 地区乙 is coded 44.
    const a = await unit(province, `${label}地区甲`, 'government', 'prefecture', null);
    const b = await unit(province, `${label}地区乙`, 'government', 'prefecture', '4401');
    for (let i = 1; i <= 12; i++) {
      // Some bureaus carry a code of their own: a full one (another region), a one-digit one (not a region).
      const code = i === 1 ? '6' : i === 2 ? '4403' : null;
      // The rows meet the joint workflow (甲局-03) before the archive one (甲局-04), in the first
      // campaign: the totals list co_leader_signoff before archived, whatever order SQL groups in.
      const caseIndex = code ? 0 : i === 3 ? JOINT_CASE : i === 4 ? ARCHIVE_CASE : undefined;
      await unit(a, `${label}甲局-${String(i).padStart(2, '0')}`, 'department', 'county', code, caseIndex);
    }
    for (let i = 1; i <= 8; i++)
      await unit(b, `${label}乙局-${String(i).padStart(2, '0')}`, 'department', 'county', null);
    // A bureau of 地区乙 coded in 新疆: its own code, not its parent's, gives its region.
    await unit(b, `${label}乙局-09`, 'department', 'county', '6501', 0);
    const county = await unit(a, `${label}甲县`, 'government', 'county', null);
    for (let i = 1; i <= 6; i++)
      await unit(county, `${label}甲县局-${i}`, 'department', 'county', i === 2 ? '6540' : null);

    const coordinatorOf = async (u: { id: string }, name: string) => {
      const user = await createUser(db, u.id, ['coordinator'], `${label}-${name}`);
      return campaignClient(api.http, await login(api.http, user.username, user.password));
    };
    const top = await coordinatorOf(province, 'p');
    const dueDate = '2025-06-11';
    const issued = await top.issue({
      reportYear: 2041,
      title: `${label}关于报送2041年度法治政府建设年度报告的通知`,
      body: '请按时报送。',
      dueDate,
      targets: { select: { nameContains: `${label}地区` } },
    });
    expect([issued.status, issued.body.error]).toEqual([201, undefined]);
    const cascade = async (
      coordinator: ReturnType<typeof campaignClient>,
      parentId: string,
      issuer: { id: string },
      nameContains: string,
    ) =>
      (
        await coordinator
          .issue({
            parentId,
            issuingUnitId: issuer.id,
            title: `转发${label}`,
            body: '请所辖各单位按时报送。',
            dueDate,
            targets: { select: { nameContains } },
          })
          .expect(201)
      ).body.id as string;
    const coordinatorA = await coordinatorOf(a, 'a');
    const childA = await cascade(coordinatorA, issued.body.id, a, `${label}甲`);
    const childB = await cascade(await coordinatorOf(b, 'b'), issued.body.id, b, `${label}乙局`);
    const grandchild = await cascade(await coordinatorOf(county, 'c'), childA, county, `${label}甲县局`);

    // A mix no board shows by accident: each cascaded target gets one case (a report the county and 地区甲 both ask for, the same).
    const targets: Array<{ campaign_id: string; report_id: string; unit_id: string }> = await db.query(
      `SELECT campaign_id, report_id, unit_id FROM campaign_targets WHERE campaign_id IN (?)`,
      [[childA, childB, grandchild]],
    );
    // 地区甲's cascade also reaches the county's bureaus, which the county's own cascade asks again.
    expect(targets).toHaveLength(12 + 1 + 6 + 9 + 6);
    const lastMs = (day: string) => endOfDayInstant(parseLocalDate(day));
    const firstAfter = (day: string) => new Date(lastMs(day).getTime() + 1);
    type Case = {
      state?: string;
      workflow?: [string, number];
      submittedAt?: (due: string) => Date | null;
      receipt?: ['received' | 'accepted' | 'returned', (due: string) => Date];
      due?: string;
    };
    // Due on 11 June, the two first are yellow in 新疆 (古尔邦节 6-10 June) and green in 广东 (44).
    const cases: Case[] = [
      {},
      {},
      { due: '2025-06-05' }, // due soon (one working day)
      { due: '2025-05-28' }, // overdue
      { due: '2025-06-04' }, // due today
      { state: 'submitted', submittedAt: lastMs },
      { state: 'submitted', submittedAt: firstAfter },
      { state: 'submitted', submittedAt: lastMs, receipt: ['received', firstAfter] },
      { state: 'accepted', submittedAt: lastMs, receipt: ['accepted', lastMs] },
      { state: 'drafting', submittedAt: lastMs, receipt: ['returned', lastMs], due: '2025-05-28' },
      { state: 'dept_review', due: '2025-06-05' },
      { state: 'submitted', submittedAt: () => null }, // submitted without an instant: not counted as in
      { state: 'leader_signoff', workflow: ['with-leader-signoff', 1] },
      { state: 'submitted', workflow: ['with-leader-signoff', 1], submittedAt: firstAfter },
      { state: 'archived', workflow: ['archive', 1], submittedAt: lastMs },
      // Another campaign's receipt: this one has none, so the report is not in here.
      { state: 'submitted', submittedAt: lastMs, receipt: ['received', lastMs], due: '2025-05-28' },
      {
        state: 'drafting',
        workflow: ['with-leader-signoff', 1],
        submittedAt: firstAfter,
        receipt: ['accepted', firstAfter],
      },
      // Two workflows each adding a state of their own (archived, co_leader_signoff): which one the
      // rows meet first orders the totals' keys.
      { state: 'co_leader_signoff', workflow: ['default-joint', 2] },
    ];
    for (const target of targets) {
      const n = caseOfUnit.get(target.unit_id)! % cases.length;
      const c = cases[n];
      const due = c.due ?? dueDate;
      const [workflowId, workflowVersion] = c.workflow ?? ['default', 1];
      await db.query('UPDATE campaign_targets SET due_date = ? WHERE campaign_id = ? AND report_id = ?', [
        due,
        target.campaign_id,
        target.report_id,
      ]);
      await db.query(
        'UPDATE reports SET state = ?, workflow_id = ?, workflow_version = ?, submitted_at = ? WHERE id = ?',
        [c.state ?? 'drafting', workflowId, workflowVersion, c.submittedAt?.(due) ?? null, target.report_id],
      );
      if (c.receipt) {
        const [status, createdAt] = c.receipt;
        // Case 16 (index 15) is dispatched to another campaign of the tree (the top one), not to its own.
        const campaignId = n === 15 ? issued.body.id : target.campaign_id;
        await db.query(
          `INSERT IGNORE INTO report_receipts (report_id, campaign_id, status, revision, dispatched_at, created_at, updated_at)
           VALUES (?, ?, ?, 1, ?, ?, ?)`,
          [target.report_id, campaignId, status, createdAt(due), createdAt(due), createdAt(due)],
        );
      }
    }

    const board = await top.board(issued.body.id).expect(200);
    const expected = await referenceRollup(issued.body.id, board.body.rows);
    // Byte for byte: the same numbers under the same keys in the same order.
    expect(JSON.stringify(board.body.children.map((c: { totals: unknown }) => c.totals))).toBe(
      JSON.stringify(expected.children),
    );
    expect(JSON.stringify(board.body.rollup)).toBe(JSON.stringify(expected.rollup));
    expect(board.body.children.map((c: { id: string }) => c.id)).toEqual([childA, childB]);
    // And the numbers a coordinator reads: 34 cascaded targets, of which the county's 6 bureaus are
    // asked twice (by 地区甲 and by the county) and count once, and the 2 prefectures' own.
    expect(board.body.rollup.targets).toBe(36 - 6);
    expect(board.body.children[0].totals.targets).toBe(19 + 6);
    // The report sent to another campaign only counts as 未报送本任务 (sent_elsewhere), as on the board.
    expect(Object.keys(board.body.rollup.byState).slice(-3)).toEqual([
      'co_leader_signoff',
      'archived',
      'sent_elsewhere',
    ]);
    expect(board.body.rollup.byState.sent_elsewhere).toBe(1);
    // 地区乙's bureaus due on 11 June are green in 广东, but its bureau coded in 新疆 is yellow.
    expect(board.body.children[1].totals.byProgress).toMatchObject({ on_track: 3, due_soon: 3 });
  });

  /** The roll-up as it was computed before: every cascaded target read and classified as a row. */
  async function referenceRollup(
    campaignId: string,
    ownRows: Array<{ state: string; light: string; progress: string; unit: { id: string } }>,
  ) {
    const [campaign] = await db.query(
      'SELECT path, workflow_id, workflow_version FROM campaigns WHERE id = ?',
      [campaignId],
    );
    const board = api.app.get(BoardRepository);
    const [descendants, facts] = await Promise.all([
      board.descendants(campaign.path, campaignId),
      board.descendantTargets(campaign.path, campaignId),
    ]);
    const parentPathOf = (path: string) => {
      const p = path.endsWith('/') ? path.slice(0, -1) : path;
      return p.slice(0, p.lastIndexOf('/') + 1);
    };
    const unitFacts = await api.app
      .get(CampaignUnitsRepository)
      .factsOf(idsOnPaths(new Set(facts.map((f) => parentPathOf(f.unitPath)))));
    const now = clock.now();
    const context = {
      now,
      today: localDateOf(now),
      counter: new WorkingDayCounter(await api.app.get(StageClock).calendar()),
    };
    const entries = facts.map((f) =>
      rollupEntryOf(
        {
          ...f,
          regions:
            f.unitDivisionCode && f.unitDivisionCode.length >= 2
              ? [f.unitDivisionCode.slice(0, 2)]
              : regionsOf(parentPathOf(f.unitPath), unitFacts),
        },
        context,
      ),
    );
    const states: string[] = [];
    const workflows = [
      { id: campaign.workflow_id, version: Number(campaign.workflow_version) },
      ...facts.map((f) => ({ id: f.workflowId, version: f.workflowVersion })),
    ];
    for (const w of workflows)
      for (const s of defaultRegistry.get(w.id, w.version).states)
        if (!states.includes(s.id)) states.push(s.id);
    const direct = descendants.filter((d) => d.parentId === campaignId);
    const own = new Set(ownRows.map((r) => r.unit.id));
    const campaignOf = (i: number) => descendants.find((d) => d.id === facts[i].campaignId)!;
    const before = (a: { path: string }, b: { path: string }) =>
      a.path.length < b.path.length || (a.path.length === b.path.length && a.path < b.path);
    const countsOnce = (i: number) =>
      campaignOf(i).status !== 'withdrawn' &&
      !own.has(facts[i].unitId) &&
      !facts.some(
        (other, j) =>
          other.unitId === facts[i].unitId &&
          campaignOf(j).status !== 'withdrawn' &&
          before(campaignOf(j), campaignOf(i)),
      );
    return {
      children: direct.map((child) =>
        totalsOf(
          entries.filter((_, i) =>
            descendants.find((d) => d.id === facts[i].campaignId)!.path.startsWith(child.path),
          ),
          states,
        ),
      ),
      // Each unit once: the board's own row, else the nearest active cascade's (shallowest, then by path).
      rollup: totalsOf(
        [...ownRows, ...entries.filter((_, i) => countsOnce(i))] as Parameters<typeof totalsOf>[0],
        states,
      ),
    };
  }
});
