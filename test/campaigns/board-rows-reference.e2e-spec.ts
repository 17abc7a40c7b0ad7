import type { DataSource } from 'typeorm';
import { endOfDayInstant, isLocalDate, localDateOf, parseLocalDate, type LocalDate } from '@app/calendar';
import { ManualClock, newId } from '@app/common';
import { heldRoleFor } from '@app/directory';
import { DisclosureRepository, StageClock } from '@app/reports';
import { defaultRegistry, rolesThatAct, stateLabel } from '@app/workflow';
import { chainShortfallOf } from '../../apps/api/src/campaigns/board-chain-shortfall';
import { disclosureOf, type LatenessMeasure } from '../../apps/api/src/campaigns/board-measures';
import { BoardRepository } from '../../apps/api/src/campaigns/board.repository';
import {
  DUE_SOON_WORKING_DAYS,
  holderKey,
  holdersNeeded,
  LIGHT_OF,
  WorkingDayCounter,
  type HolderIndex,
  type Progress,
  type TargetFacts,
} from '../../apps/api/src/campaigns/board-rows';
import { CampaignRepository } from '../../apps/api/src/campaigns/campaign.repository';
import { chainRulesOfCampaign } from '../../apps/api/src/campaigns/campaign-chain-rules';
import { CampaignUnitsRepository } from '../../apps/api/src/campaigns/campaign-units.repository';
import { unitCampaignFactsOf } from '../../apps/api/src/campaigns/scores/campaign-facts';
import { MissingItems } from '../../apps/api/src/campaigns/scores/missing-items';
import { DEFAULT_SCORING_RULE } from '../../apps/api/src/campaigns/scores/scoring-rule';
import { ScoringRuleRepository } from '../../apps/api/src/campaigns/scores/scoring-rule.repository';
import { scoreOf } from '../../apps/api/src/campaigns/scores/unit-score';
import { idsOnPaths, regionsOf } from '../../apps/api/src/campaigns/unit-regions';
import { UrgeRepository } from '../../apps/api/src/campaigns/urge/urge.repository';
import { startApi } from '../support/apps';
import { createUser } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * The board builds each own row once (its measures added in place), works the China dates and the
 * due days' ends out once per distinct value, and the chain shortfall and the unpublished
 * disclosure once per campaign. It must send, byte for byte, the rows, totals and measures the
 * row-by-row computation it replaced sends (kept here as the reference, with its own date
 * arithmetic): two calendar regions (新疆's 古尔邦节 week, 广东), stage deadlines at a China day's
 * last millisecond and the first one of the next, submissions at the due day's end and after it,
 * extensions, receipts of every status, publications on time and late, paths short of the rules, role
 * holders named, returns. Report year 2095.
 */
describe('the board rows, built once per row', () => {
  // Wednesday 4 June 2025, 10:00 in China; 新疆 (65) is off 6-10 June for 古尔邦节.
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

  it('sends the same rows, totals and measures as building every row step by step', async () => {
    const label = `看板核对${Date.now().toString(36)}`;
    const now = new Date();
    const unit = async (parent: { id: string; path: string } | null, name: string, code: string | null) => {
      const id = newId();
      const path = `${parent?.path ?? '/'}${id}/`;
      const [kind, level] = parent ? ['department', 'county'] : ['government', 'prefecture'];
      await db.query(
        `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
        [id, parent?.id ?? null, path, path.split('/').length - 3, name, kind, level, code, now],
      );
      return { id, path, name };
    };
    const prefecture = await unit(null, `${label}州`, '6523');
    const bureaus = [];
    // Most take 新疆's calendar from the prefecture; one is coded in 广东, one carries a code too short to be a region.
    for (let i = 1; i <= 24; i++)
      bureaus.push(
        await unit(
          prefecture,
          `${label}所-${String(i).padStart(2, '0')}`,
          i % 8 === 2 ? '4403' : i === 5 ? '6' : null,
        ),
      );
    const coordinator = await createUser(db, prefecture.id, ['coordinator'], `${label}-c`);
    // 办理人: two drafters in some bureaus (named in pinyin order), a reviewer in others, none in the rest.
    for (const [i, b] of bureaus.entries()) {
      if (i % 3 !== 2) await createUser(db, b.id, ['drafter'], `${label}-d${i}`);
      if (i % 4 === 0) await createUser(db, b.id, ['drafter'], `${label}-e${i}`);
      if (i % 2 === 0) await createUser(db, b.id, ['dept_reviewer'], `${label}-r${i}`);
    }
    const office = campaignClient(
      api.http,
      await login(api.http, coordinator.username, coordinator.password),
    );
    const dueDate = '2025-06-11';
    const issued = await office.issue({
      reportYear: 2095,
      title: `${label}关于报送2095年度法治政府建设年度报告的通知`,
      body: '请按时报送。',
      dueDate,
      targets: { select: { nameContains: `${label}所` } },
      chainRules: { deliberation: true, legalReview: true, signOff: true },
    });
    expect([issued.status, issued.body.error]).toEqual([201, undefined]);
    const campaignId: string = issued.body.id;
    // Publication was due on 2 June: the unpublished are overdue, the published on time or late.
    await db.query('UPDATE campaigns SET disclosure_date = ? WHERE id = ?', ['2025-06-02', campaignId]);

    const lastMs = (day: string) => endOfDayInstant(parseLocalDate(day));
    const firstAfter = (day: string) => new Date(lastMs(day).getTime() + 1);
    const hoursFromNow = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000);
    type Case = {
      state?: string;
      workflow?: [string, number];
      submittedAt?: Date;
      stageDueAt?: Date;
      due?: string;
      originalDue?: string;
      returns?: number;
      receipt?: ['received' | 'accepted' | 'returned', Date, number];
      published?: string;
    };
    const cases: Case[] = [
      {},
      { stageDueAt: lastMs('2025-06-05') },
      { state: 'dept_review', stageDueAt: firstAfter('2025-06-05'), returns: 2 },
      { state: 'legal_review', stageDueAt: hoursFromNow(-30) }, // the stage is overdue
      { state: 'party_approval', stageDueAt: lastMs('2025-06-04'), due: '2025-06-05' },
      { due: '2025-05-28' }, // overdue
      { due: '2025-06-04' }, // due today
      { due: '2025-06-16', originalDue: '2025-06-11' }, // extended, on track
      { state: 'submitted', submittedAt: lastMs(dueDate), published: '2025-06-01' },
      { state: 'submitted', submittedAt: firstAfter(dueDate), published: '2025-06-03' },
      {
        state: 'submitted',
        submittedAt: at('2025-06-03'),
        due: '2025-06-11',
        originalDue: '2025-05-28', // late against the notice, on time against the extension
        receipt: ['received', at('2025-06-03'), 0],
      },
      {
        state: 'accepted',
        submittedAt: at('2025-05-30'),
        receipt: ['accepted', at('2025-05-30', '18:30'), 1],
      },
      {
        state: 'drafting',
        submittedAt: at('2025-05-26'),
        receipt: ['returned', at('2025-05-26'), 3],
        due: '2025-05-28',
        returns: 4,
      },
      {
        state: 'submitted',
        submittedAt: at('2025-06-02'),
        due: '2025-05-28',
        workflow: ['without-legal-review', 2],
      },
      { state: 'leader_signoff', workflow: ['with-leader-signoff', 1] },
      { workflow: ['with-division-leader-without-legal-review', 2], stageDueAt: hoursFromNow(3) },
      // China evenings (past noon UTC+8): the China date, not the nearest midnight, counts.
      { state: 'dept_review', stageDueAt: at('2025-06-04', '20:00') }, // 0 working days left, not 1
      { state: 'submitted', submittedAt: at('2025-06-03', '21:00'), due: '2025-05-28' },
    ];
    const targets: Array<{ report_id: string; unit_id: string }> = await db.query(
      'SELECT report_id, unit_id FROM campaign_targets WHERE campaign_id = ?',
      [campaignId],
    );
    expect(targets).toHaveLength(bureaus.length);
    const caseOf = new Map(bureaus.map((b, i) => [b.id, cases[i % cases.length]]));
    for (const target of targets) {
      const c = caseOf.get(target.unit_id)!;
      const [workflowId, workflowVersion] = c.workflow ?? ['default', 1];
      await db.query(
        'UPDATE campaign_targets SET due_date = ?, original_due_date = ? WHERE campaign_id = ? AND report_id = ?',
        [c.due ?? dueDate, c.originalDue ?? c.due ?? dueDate, campaignId, target.report_id],
      );
      await db.query(
        `UPDATE reports SET state = ?, workflow_id = ?, workflow_version = ?, submitted_at = ?, stage_due_at = ?,
                return_count = ? WHERE id = ?`,
        [
          c.state ?? 'drafting',
          workflowId,
          workflowVersion,
          c.submittedAt ?? null,
          c.stageDueAt ?? null,
          c.returns ?? 0,
          target.report_id,
        ],
      );
      if (c.receipt) {
        const [status, createdAt, returns] = c.receipt;
        await db.query(
          `INSERT INTO report_receipts (report_id, campaign_id, status, revision, dispatched_at, return_count, created_at, updated_at)
           VALUES (?, ?, ?, 1, ?, ?, ?, ?)`,
          [target.report_id, campaignId, status, createdAt, returns, createdAt, createdAt],
        );
      }
      if (c.published)
        await db.query(
          `INSERT INTO report_disclosures (report_id, version, status, reviewed_revision, reviewed_by, reviewed_role,
             reviewed_at, review_conclusion, channel, url, published_on, published_revision, published_by,
             published_recorded_at, updated_at)
           VALUES (?, 1, 'published', 1, ?, 'drafter', ?, 'cleared', 'government_website', ?, ?, 1, ?, ?, ?)`,
          [
            target.report_id,
            coordinator.id,
            now,
            `https://example.gov.cn/${target.report_id}`,
            c.published,
            coordinator.id,
            now,
            now,
          ],
        );
    }

    // One 催办 by hand, so a row carries lastUrgedAt and urgeCount (the first bureau: drafting, two drafters).
    await api
      .http()
      .post(`/campaigns/${campaignId}/targets/${bureaus[0].id}/reminders`)
      .set(office.auth)
      .send({})
      .expect(201);

    const board = await office.board(campaignId).expect(200);
    const expected = await referenceBoard(campaignId);
    // Byte for byte: the same fields in the same order, for every row, and the same counts.
    expect(JSON.stringify(board.body.rows)).toBe(JSON.stringify(expected.rows));
    expect(JSON.stringify(board.body.measures)).toBe(JSON.stringify(expected.measures));
    expect(board.body.totals.targets).toBe(bureaus.length);
    // The mix reaches what a coordinator reads: every light, both kinds of lateness, names, shortfalls.
    const rows = board.body.rows as Array<{
      light: string;
      progress: string;
      holders: { names: string[] };
      chainShortfall: unknown[];
      stageWorkingDaysLeft: number | null;
      lateness: { againstNotice: { onTime: boolean | null }; againstExtended: { onTime: boolean | null } };
      disclosure: { column: string; publishedLate: boolean | null };
      scoreReasons: string[];
      urgeCount: number;
    }>;
    expect(rows.filter((r) => r.urgeCount === 1)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.light))).toEqual(new Set(['green', 'yellow', 'red']));
    expect(new Set(rows.map((r) => r.progress)).size).toBe(5);
    expect(rows.some((r) => r.holders.names.length === 2)).toBe(true);
    expect(rows.some((r) => r.chainShortfall.length > 0)).toBe(true);
    expect(rows.some((r) => r.stageWorkingDaysLeft !== null && r.stageWorkingDaysLeft < 0)).toBe(true);
    expect(
      rows.some(
        (r) => r.lateness.againstNotice.onTime === false && r.lateness.againstExtended.onTime === true,
      ),
    ).toBe(true);
    expect(new Set(rows.map((r) => `${r.disclosure.column}:${r.disclosure.publishedLate}`))).toEqual(
      new Set(['published:false', 'published:true', 'overdue_unpublished:null']),
    );
    expect(rows.some((r) => r.scoreReasons.length > 1)).toBe(true);
  });

  /** The own rows as they were built before: a copy per step, every date worked out per row. */
  async function referenceBoard(campaignId: string) {
    const campaign = (await api.app.get(CampaignRepository).findById(campaignId))!;
    const boardRepository = api.app.get(BoardRepository);
    const own = await boardRepository.targets(campaignId);
    const holders = await boardRepository.holderNames(holdersNeeded(own));
    const parentPathOf = (path: string) => {
      const p = path.endsWith('/') ? path.slice(0, -1) : path;
      return p.slice(0, p.lastIndexOf('/') + 1);
    };
    const unitFacts = await api.app
      .get(CampaignUnitsRepository)
      .factsOf(idsOnPaths(new Set(own.map((f) => parentPathOf(f.unitPath)))));
    for (const f of own)
      unitFacts.set(f.unitId, {
        id: f.unitId,
        kind: f.unitKind,
        divisionCode: f.unitDivisionCode,
        demonstrationArea: f.unitDemonstrationArea,
      });
    const now = clock.now();
    const context = {
      now,
      today: localDateOf(now),
      counter: new WorkingDayCounter(await api.app.get(StageClock).calendar()),
      holders,
    };
    const publications = await api.app.get(DisclosureRepository).findMany(own.map((f) => f.reportId));
    const rules = chainRulesOfCampaign(campaign);
    const rows = own
      .map((f) => {
        const withRegions = {
          ...f,
          regions:
            f.unitDivisionCode && f.unitDivisionCode.length >= 2
              ? [f.unitDivisionCode.slice(0, 2)]
              : regionsOf(parentPathOf(f.unitPath), unitFacts),
        };
        return {
          ...referenceRow(withRegions, context),
          lateness: {
            againstNotice: referenceLateness(withRegions, withRegions.originalDueDate, context.counter),
            againstExtended: referenceLateness(withRegions, withRegions.dueDate, context.counter),
          },
        };
      })
      .map((row, i) => ({
        ...row,
        chainShortfall: chainShortfallOf({ id: own[i].workflowId, version: own[i].workflowVersion }, rules),
        disclosure: disclosureOf({
          publication: publications.get(row.reportId)?.publication ?? null,
          disclosureDate: campaign.disclosureDate,
          now,
        }),
      }));
    const rule = (await api.app.get(ScoringRuleRepository).find(campaignId))?.rule ?? DEFAULT_SCORING_RULE;
    // 催办 by hand (campaign_urges): the latest press and the count per report, last on each row.
    const urges = await api.app.get(UrgeRepository).summaries(campaignId);
    const missing = await api.app.get(MissingItems).of(
      campaignId,
      rows.filter((r) => r.submitted).map((r) => r.reportId),
    );
    const scored = rows.map((row) => {
      const { score, reasons, pending } = scoreOf(
        unitCampaignFactsOf({ ...row, missingItems: missing.get(row.reportId) ?? [] }),
        rule,
      );
      const urge = urges.get(row.reportId);
      return {
        ...row,
        score,
        scoreReasons: reasons,
        scorePending: pending,
        lastUrgedAt: urge ? urge.lastUrgedAt.toISOString() : null,
        urgeCount: urge?.count ?? 0,
      };
    });
    const count = (test: (row: (typeof rows)[number]) => boolean) => rows.filter(test).length;
    const rate = (n: number) => (rows.length ? Math.round((n / rows.length) * 10_000) / 10_000 : null);
    return {
      rows: scored,
      measures: {
        onTimeRateAgainstNotice: rate(count((r) => r.lateness.againstNotice.onTime === true)),
        onTimeRateAgainstExtended: rate(count((r) => r.lateness.againstExtended.onTime === true)),
        submittedLateAgainstNotice: count((r) => r.lateness.againstNotice.onTime === false),
        submittedLateAgainstExtended: count((r) => r.lateness.againstExtended.onTime === false),
        published: count((r) => r.disclosure.column === 'published'),
        publishedLate: count((r) => r.disclosure.publishedLate === true),
        notPublished: count((r) => r.disclosure.column === 'not_published'),
        overdueUnpublished: count((r) => r.disclosure.column === 'overdue_unpublished'),
      },
    };
  }
});

/** The board row as toBoardRow built it before, dates worked out per row with the calendar's functions. */
function referenceRow(
  facts: TargetFacts & { coReportingUnitId: string | null },
  context: { now: Date; today: LocalDate; counter: WorkingDayCounter; holders: HolderIndex },
) {
  const definition = defaultRegistry.get(facts.workflowId, facts.workflowVersion);
  const kind = definition.states.find((s) => s.id === facts.state)?.kind;
  const roles = rolesThatAct(definition, facts.state);
  const submitted = (kind === 'external' || kind === 'final') && facts.submittedAt !== null;
  const dueAt = endOfDayInstant(facts.dueDate);
  let progress: Progress;
  let left: number | null = null;
  let overdue: number | null = null;
  if (submitted) {
    if (facts.submittedAt!.getTime() <= dueAt.getTime()) progress = 'submitted_on_time';
    else {
      progress = 'submitted_late';
      overdue = Math.max(
        -context.counter.between(localDateOf(facts.submittedAt!), facts.dueDate, facts.regions),
        1,
      );
    }
  } else if (context.now.getTime() > dueAt.getTime()) {
    progress = 'overdue';
    overdue = Math.max(-context.counter.between(context.today, facts.dueDate, facts.regions), 1);
  } else {
    left = context.counter.between(context.today, facts.dueDate, facts.regions);
    progress = left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track';
  }
  const names = new Set<string>();
  for (const role of roles) {
    const unitId =
      role === 'coordinator'
        ? facts.receivingUnitId
        : role === 'co_reporting_leader'
          ? facts.coReportingUnitId
          : facts.unitId;
    for (const name of (unitId && context.holders.get(holderKey(unitId, heldRoleFor(role)))) || [])
      names.add(name);
  }
  const stageWorkingDaysLeft = (due: Date) => {
    const dueDay = isLocalDate(due) ? due : localDateOf(due);
    const days = context.counter.between(localDateOf(context.now), dueDay, facts.regions);
    return context.now.getTime() <= endOfDayInstant(dueDay).getTime() ? days : Math.min(days, -1);
  };
  return {
    unit: { id: facts.unitId, name: facts.unitName, kind: facts.unitKind, level: facts.unitLevel },
    reportId: facts.reportId,
    state: facts.state,
    // Nothing written yet reads 未起草 (a walk, stop 53).
    stage:
      kind === 'drafting' && facts.currentRevision === 0 ? '未起草' : stateLabel(definition, facts.state),
    holders: { roles: [...roles], names: [...names] },
    stageDueAt: facts.stageDueAt?.toISOString() ?? null,
    stageWorkingDaysLeft: facts.stageDueAt ? stageWorkingDaysLeft(facts.stageDueAt) : null,
    dueDate: facts.dueDate,
    originalDueDate: facts.originalDueDate,
    extended: facts.dueDate !== facts.originalDueDate,
    pendingExtensionId: facts.pendingExtensionId,
    light: LIGHT_OF[progress],
    progress,
    workingDaysLeft: left,
    workingDaysOverdue: overdue,
    submitted,
    submittedAt: submitted ? facts.submittedAt!.toISOString() : null,
    submittedOnTime: submitted ? progress === 'submitted_on_time' : null,
    returnCount: facts.returnCount,
    receipt: facts.receipt ?? null,
  };
}

function referenceLateness(
  facts: { submittedAt: Date | null; regions: readonly string[] },
  dueDate: LocalDate,
  counter: WorkingDayCounter,
): LatenessMeasure {
  if (!facts.submittedAt) return { dueDate, onTime: null, workingDaysLate: null };
  if (facts.submittedAt.getTime() <= endOfDayInstant(dueDate).getTime())
    return { dueDate, onTime: true, workingDaysLate: null };
  const late = -counter.between(localDateOf(facts.submittedAt), dueDate, facts.regions);
  return { dueDate, onTime: false, workingDaysLate: Math.max(late, 1) };
}
