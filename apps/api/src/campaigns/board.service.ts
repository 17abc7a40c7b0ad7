import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { localDateOf, type LocalDate } from '@app/calendar';
import { AccessErrors, canSee, UnitRepository, type Principal, type Unit } from '@app/directory';
import type { Campaign } from './campaign.types';
import { DisclosureRepository, FindingRepository, StageClock } from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { exportTable, toCsv, toXlsx } from './board-export';
import {
  disclosureOf,
  filterByDisclosure,
  latenessOf,
  measureSummaryLines,
  measureTotals,
  withMeasureColumns,
  type Lateness,
} from './board-measures';
import type { BoardQuery } from './board.dto';
import { BoardRepository, type BoardFactsRow } from './board.repository';
import { ownRowOf } from './board-own-row';
import {
  filterRows,
  holdersNeeded,
  sortRows,
  toBoardRow,
  unknownStatesOf,
  totalsOf,
  WorkingDayCounter,
  type BoardRow,
  type HolderIndex,
} from './board-rows';
import {
  chainShortfallOf,
  filterByChainShortfall,
  withChainShortfallColumn,
  type ChainShortfall,
} from './board-chain-shortfall';
import { CampaignAccess } from './campaign-access';
import { CampaignErrors } from './campaign.errors';
import { chainRulesOfCampaign } from './campaign-chain-rules';
import { CampaignUnitsRepository } from './campaign-units.repository';
import { ForwardingService } from './forwarding/forwarding.service';
import { idsOnPaths, regionsOf, type AncestorFacts } from './unit-regions';
import { scoredFactsOf, type ScoredFacts } from './scores/board-scores';
import { MissingItems } from './scores/missing-items';
import { DEFAULT_SCORING_RULE, type ScoringRule } from './scores/scoring-rule';
import { scoresheetXlsx } from './scores/scoresheet';
import { noticeDraftOf, noticeFactsDigest } from './notice/notice-draft';
import { ScoringRuleRepository } from './scores/scoring-rule.repository';
import { BoardRollup } from './rollup/board-rollup';
import { withUrgeColumn } from './urge/urge-column';
import { UrgeRepository } from './urge/urge.repository';

/**
 * The tracking board (督办看板): every target with its light, state, holder and deadlines, the
 * totals, and the roll-up of cascaded campaigns. A constant number of queries; the lights and the
 * working days are computed here from the calendar.
 */
@Injectable()
export class BoardService {
  private readonly logger = new Logger(BoardService.name);

  constructor(
    private readonly access: CampaignAccess,
    private readonly board: BoardRepository,
    private readonly unitsFacts: CampaignUnitsRepository,
    private readonly units: UnitRepository,
    private readonly stageClock: StageClock,
    private readonly disclosures: DisclosureRepository,
    private readonly clock: Clock,
    private readonly scoringRules: ScoringRuleRepository,
    private readonly missingItems: MissingItems,
    private readonly findings: FindingRepository,
    private readonly forwarding: ForwardingService,
    private readonly rollup: BoardRollup,
    private readonly urges: UrgeRepository,
  ) {}

  async get(principal: Principal, campaignId: string, query: BoardQuery) {
    return this.build(await this.access.forBoard(principal, campaignId), this.clock.now(), query);
  }

  /** The board of a campaign the caller was found to see (CampaignAccess.forBoard), at `now`. */
  async build(found: { campaign: Campaign; issuer: Unit }, now: Date, query: BoardQuery) {
    const { campaign, issuer, rows, totals, children, rollup } = await this.compute(found, now);
    const withFindings = await this.filterByOpenFindings(campaign.id, rows, query.openFindings);
    const filtered = sortRows(
      filterRows(
        filterByChainShortfall(filterByDisclosure(withFindings, query.disclosure), query.chainShortfall),
        {
          states: query.state,
          overdue: query.overdue,
          light: query.light,
          unitKind: query.unitKind,
          unitLevel: query.unitLevel,
        },
      ),
      query.sort,
      query.order,
      statesOf([campaign.workflow]),
    );
    const offset = query.offset ?? 0;
    return {
      campaign: {
        id: campaign.id,
        title: campaign.title,
        documentNumber: campaign.documentNumber,
        reportYear: campaign.reportYear,
        issuingUnit: { id: issuer.id, name: issuer.name },
        dueDate: campaign.dueDate,
        disclosureDate: campaign.disclosureDate,
        status: campaign.status,
      },
      generatedAt: now.toISOString(),
      today: localDateOf(now),
      totals,
      measures: measureTotals(rows),
      filteredCount: filtered.length,
      rows: query.limit ? filtered.slice(offset, offset + query.limit) : filtered.slice(offset),
      children,
      rollup,
    };
  }

  /** 待整改: the rows whose report has open findings raised on this campaign's receipt (or those without). */
  private async filterByOpenFindings<R extends Pick<BoardRow, 'reportId'>>(
    campaignId: string,
    rows: R[],
    openFindings: boolean | undefined,
  ): Promise<R[]> {
    if (openFindings === undefined) return rows;
    const counts = await this.findings.countsForCampaign(campaignId);
    const withOpen = new Set(counts.filter((c) => c.open > 0).map((c) => c.reportId));
    return rows.filter((row) => withOpen.has(row.reportId) === openFindings);
  }

  async csv(principal: Principal, campaignId: string, query: BoardQuery) {
    const board = await this.get(principal, campaignId, { ...query, limit: undefined, offset: undefined });
    const forwarded = await this.forwarding.exportColumn(board.campaign.id);
    return {
      filename: fileName(board.campaign, 'csv'),
      content: toCsv(
        forwarded(
          withUrgeColumn(
            withChainShortfallColumn(withMeasureColumns(exportTable(board.rows), board.rows), board.rows),
            board.rows,
          ),
          board.rows,
        ),
      ),
    };
  }

  async xlsx(principal: Principal, campaignId: string, query: BoardQuery) {
    const board = await this.get(principal, campaignId, { ...query, limit: undefined, offset: undefined });
    const forwarded = await this.forwarding.exportColumn(board.campaign.id);
    const table = forwarded(
      withUrgeColumn(
        withChainShortfallColumn(withMeasureColumns(exportTable(board.rows), board.rows), board.rows),
        board.rows,
      ),
      board.rows,
    );
    // Before any due date has passed an on-time rate says nothing yet (the console's 已报送率, #19
    // item 6); the sheet said 按时报送率 75.0% for a unit still drafting (scenario test, stop 47).
    const all = isFiltered(query)
      ? (await this.get(principal, campaignId, { limit: undefined, offset: undefined })).rows
      : board.rows;
    const notYetDue = all.length > 0 && all.every((r) => r.dueDate >= board.today);
    const content = await toXlsx(table, board.totals, {
      title: board.campaign.title,
      generatedAt: new Date(board.generatedAt),
      moreTotals: measureSummaryLines(board.measures, notYetDue),
      notYetDue,
    });
    return { filename: fileName(board.campaign, 'xlsx'), content };
  }

  /** 评分表: every own target's facts, score and reasons, lowest score first, and the rule used. */
  async scoresheet(principal: Principal, campaignId: string) {
    const { campaign, scored, now, rule } = await this.compute(
      await this.access.forBoard(principal, campaignId),
      this.clock.now(),
    );
    const content = await scoresheetXlsx({
      title: campaign.title,
      scored,
      rule: rule ?? DEFAULT_SCORING_RULE,
      isDefaultRule: rule === null,
      generatedAt: now,
    });
    return { filename: fileName(campaign, 'xlsx', '评分表'), content };
  }

  /** The 通报 draft generated from today's facts (not stored yet: the coordinator copies and edits it). */
  async noticeDraft(principal: Principal, campaignId: string) {
    const found = await this.access.forBoard(principal, campaignId);
    // A withdrawn campaign has no year to report on, as its stored 通报 is closed (NoticeService).
    if (found.campaign.status !== 'active') throw CampaignErrors.withdrawn();
    return (await this.noticeFacts(found)).draft;
  }

  /** Today's draft and the digest of what it states (noticeFactsDigest), for storing and for 印发. */
  async noticeFacts(found: { campaign: Campaign; issuer: Unit }) {
    const { campaign, scored, now, rule } = await this.compute(found, this.clock.now());
    const input = {
      reportYear: campaign.reportYear,
      campaign: { title: campaign.title, documentNumber: campaign.documentNumber },
      facts: scored.map((s) => ({ ...s.facts, score: s.scorePending ? null : s.score })),
      fullMarks: (rule ?? DEFAULT_SCORING_RULE).basePoints,
    };
    return {
      draft: noticeDraftOf({ ...input, asOf: localDateOf(now) }),
      factsDigest: noticeFactsDigest(input),
    };
  }

  /**
   * What keeps the one 通报 of a campaign from saying everything yet. `notYetDue`: the targets whose
   * report is neither in nor due yet (the 通报's 尚未到期), and the latest of their due dates: a 通报
   * 印发 while there are any could not say how they reported. `disclosureNotYetDue`: the targets not
   * published while the campaign's disclosure date has not passed: a 通报 印发 now can never name
   * them as 未按期公开 (scenario test, stop 53). Counted from the board's own rows (a whole compute)
   * on purpose: both must be exactly what the 通报 draft and the board call pending (receipts,
   * extensions, the instant), and 印发 happens once per campaign.
   */
  async noticeReadiness(found: { campaign: Campaign; issuer: Unit }, now: Date) {
    const { scored, rows } = await this.compute(found, now);
    const pending = scored.flatMap((s, i) =>
      s.facts.submission.kind === 'pending' ? [rows[i].dueDate] : [],
    );
    const unpublished = scored.filter((s) => s.facts.disclosure.kind === 'pending').length;
    return {
      notYetDue: { count: pending.length, latestDueDate: pending.length ? pending.sort().at(-1)! : null },
      disclosureNotYetDue: { count: unpublished, disclosureDate: found.campaign.disclosureDate },
    };
  }

  /** One unit's campaign reports by year: on time, late, missing (the unit itself and coordinators above). */
  async history(principal: Principal, unitId: string) {
    const unit = await this.units.findById(unitId);
    if (!unit || !canSee(principal, unit)) throw AccessErrors.notFound('Unit');
    const { facts, campaigns } = await this.board.unitHistory(unitId);
    const now = this.clock.now();
    const rows = this.rowsOf(facts, await this.rowContext(facts, now), new Map());
    const publications = await this.disclosures.findMany([...new Set(facts.map((f) => f.reportId))]);
    const byId = new Map(campaigns.map((c) => [c.id, c]));
    const entries = facts.map((f, i) => {
      const c = byId.get(f.campaignId)!;
      const row = rows[i];
      return {
        reportYear: c.reportYear,
        campaign: {
          id: f.campaignId,
          title: c.title,
          documentNumber: c.documentNumber,
          status: c.status,
          issuingUnit: c.issuingUnit,
        },
        reportId: row.reportId,
        state: row.state,
        stage: row.stage,
        dueDate: row.dueDate,
        originalDueDate: row.originalDueDate,
        extended: row.extended,
        submittedAt: row.submittedAt,
        submittedOnTime: row.submittedOnTime,
        lateness: row.lateness,
        progress: row.progress,
        light: row.light,
        workingDaysOverdue: row.workingDaysOverdue,
        returnCount: row.returnCount,
        // The recipient of a campaign's report is its issuing office: this is its 回执.
        receipt: row.receipt,
        disclosure: disclosureOf({
          publication: publications.get(row.reportId)?.publication ?? null,
          disclosureDate: c.disclosureDate,
          now,
        }),
      };
    });
    const years = [...new Set(entries.map((e) => e.reportYear))];
    return {
      unit: { id: unit.id, name: unit.name },
      years: years.map((year) => {
        // A withdrawn campaign asked for nothing in the end: it never counts as not submitted.
        const ofYear = entries.filter((e) => e.reportYear === year);
        const of = ofYear.filter((e) => e.campaign.status !== 'withdrawn');
        return {
          reportYear: year,
          campaigns: of.length,
          withdrawn: ofYear.length - of.length,
          submittedOnTime: of.filter((e) => e.progress === 'submitted_on_time').length,
          submittedLate: of.filter((e) => e.progress === 'submitted_late').length,
          notSubmitted: of.filter((e) => e.submittedAt === null).length,
          // An extension never turns a late submission into an on-time one against the notice.
          submittedOnTimeAgainstNotice: of.filter((e) => e.lateness.againstNotice.onTime === true).length,
          submittedLateAgainstNotice: of.filter((e) => e.lateness.againstNotice.onTime === false).length,
        };
      }),
      entries,
    };
  }

  private async compute({ campaign, issuer }: { campaign: Campaign; issuer: Unit }, now: Date) {
    const [own, cascaded] = await Promise.all([
      this.board.targets(campaign.id),
      this.rollup.cascaded(campaign, now),
    ]);
    // Only the own targets' rows name people; the cascaded ones count in the roll-up only.
    const holders = await this.board.holderNames(holdersNeeded(own));
    const context = await this.rowContext(own, now);
    const [publications, urged] = await Promise.all([
      this.disclosures.findMany(own.map((f) => f.reportId)),
      this.urges.summaries(campaign.id),
    ]);
    const rules = chainRulesOfCampaign(campaign);
    // Worked out once per distinct input, not per row: the reports' paths are a handful, and every
    // unpublished report shows the same disclosure (the campaign's date against the same instant).
    const shortfalls = new Map<string, ChainShortfall[]>();
    const disclosureWith = (
      publication: { publishedOn: LocalDate; firstPublishedOn?: LocalDate; url: string } | null,
    ) => disclosureOf({ publication, disclosureDate: campaign.disclosureDate, now });
    const unpublished = disclosureWith(null);
    const shortfallOf = (f: Pick<BoardFactsRow, 'workflowId' | 'workflowVersion'>) => {
      const key = `${f.workflowId}@${f.workflowVersion}`;
      let shortfall = shortfalls.get(key);
      if (!shortfall) {
        shortfall = chainShortfallOf({ id: f.workflowId, version: f.workflowVersion }, rules);
        shortfalls.set(key, shortfall);
      }
      return shortfall;
    };
    const rowInputs = this.rowInputs(context, holders);
    // One object per row in its final shape (ownRowOf; the score is filled in below, in place): a
    // copy per step (four spreads of 3,000 rows) was most of the rows' CPU and garbage.
    const rows = own.map((f) => {
      const target = withRegions(f, context);
      const publication = publications.get(f.reportId)?.publication ?? null;
      const urge = urged.get(f.reportId);
      return ownRowOf(toBoardRow(target, rowInputs), {
        lateness: latenessOf(target, context.counter),
        chainShortfall: shortfallOf(f),
        disclosure: publication ? disclosureWith(publication) : unpublished,
        score: 0,
        scoreReasons: [],
        scorePending: false,
        lastUrgedAt: urge ? urge.lastUrgedAt.toISOString() : null,
        urgeCount: urge?.count ?? 0,
      });
    });
    const rule = (await this.scoringRules.find(campaign.id))?.rule ?? null;
    const scored = await this.scoresOf(campaign.id, rows, rule ?? DEFAULT_SCORING_RULE);
    for (let i = 0; i < rows.length; i++) {
      rows[i].score = scored[i].score;
      rows[i].scoreReasons = scored[i].scoreReasons;
      rows[i].scorePending = scored[i].scorePending;
    }
    const states = statesOf([campaign.workflow, ...workflowsOf(own), ...cascaded.workflows]);
    return {
      campaign,
      issuer,
      now,
      rows,
      scored,
      rule,
      totals: totalsOf(rows, states),
      children: cascaded.children(states),
      rollup: cascaded.rollup(rows, states),
    };
  }

  /** Scores under the campaign's rule (the default while it has none); see scores/. */
  private async scoresOf(
    campaignId: string,
    rows: Parameters<typeof scoredFactsOf>[0],
    rule: ScoringRule,
  ): Promise<ScoredFacts[]> {
    const missing = await this.missingItems.of(
      campaignId,
      rows.filter((r) => r.submitted).map((r) => r.reportId),
    );
    return scoredFactsOf(rows, rule, missing);
  }

  /**
   * What rows need besides their facts: the calendar regions (from the division codes on each unit's
   * path: the targets' own come with their rows, so only the few ancestors above them are read, one
   * query), the working-day counter and the instant.
   */
  private async rowContext(facts: BoardFactsRow[], now: Date): Promise<RowContext> {
    // A unit's region is its own division code's, else the nearest one above it: the units above
    // are the few on the targets' parents' paths (a region's 30,000 bureaus have a dozen parents).
    const parentPaths = new Set(facts.map(parentPathOf));
    const needed = new Set(idsOnPaths(parentPaths));
    const unitFacts = new Map<string, AncestorFacts>();
    for (const f of facts)
      if (needed.has(f.unitId))
        unitFacts.set(f.unitId, {
          id: f.unitId,
          kind: f.unitKind,
          divisionCode: f.unitDivisionCode,
          demonstrationArea: f.unitDemonstrationArea,
        });
    const above = [...needed].filter((id) => !unitFacts.has(id));
    for (const [id, ancestor] of await this.unitsFacts.factsOf(above)) unitFacts.set(id, ancestor);
    const ofParent = new Map<string, string[]>();
    return {
      now,
      today: localDateOf(now),
      counter: new WorkingDayCounter(await this.stageClock.calendar()),
      regionsOf: (f) => {
        const own = f.unitDivisionCode;
        if (own && own.length >= 2) return [own.slice(0, 2)];
        const parentPath = parentPathOf(f);
        let regions = ofParent.get(parentPath);
        if (!regions) {
          regions = regionsOf(parentPath, unitFacts);
          ofParent.set(parentPath, regions);
        }
        return regions;
      },
    };
  }

  /** Board rows for target facts, with both lateness measures. */
  private rowsOf(
    facts: BoardFactsRow[],
    context: RowContext,
    holders: HolderIndex,
  ): Array<BoardRow & { lateness: Lateness }> {
    const unknown = unknownStatesOf(facts);
    if (unknown.length > 0)
      this.logger.warn(`board: reports in a state their workflow does not know: ${unknown.join(', ')}`);
    const rowInputs = this.rowInputs(context, holders);
    return facts.map((f) => {
      const target = withRegions(f, context);
      return Object.assign(toBoardRow(target, rowInputs), { lateness: latenessOf(target, context.counter) });
    });
  }

  /** What toBoardRow needs besides the facts: one object for all rows. */
  private rowInputs(context: RowContext, holders: HolderIndex) {
    return { now: context.now, today: context.today, counter: context.counter, holders };
  }
}

/** The facts with the unit's calendar regions, set in place: they were read for this request alone. */
function withRegions(facts: BoardFactsRow, context: RowContext): BoardFactsRow & { regions: string[] } {
  return Object.assign(facts, { regions: context.regionsOf(facts) });
}

interface RowContext {
  now: Date;
  today: LocalDate;
  counter: WorkingDayCounter;
  /** The unit's calendar regions (see regionsOf); shared arrays, not to be changed. */
  regionsOf: (facts: Pick<BoardFactsRow, 'unitPath' | 'unitDivisionCode'>) => string[];
}

/** The path of a target's parent unit: its own path without its last id ('/a/b/c/' → '/a/b/'). */
function parentPathOf(facts: Pick<BoardFactsRow, 'unitPath'>): string {
  const path = facts.unitPath.endsWith('/') ? facts.unitPath.slice(0, -1) : facts.unitPath;
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** The distinct workflow definitions of some targets. */
function workflowsOf(facts: ReadonlyArray<Pick<BoardFactsRow, 'workflowId' | 'workflowVersion'>>) {
  const found = new Map<string, { id: string; version: number }>();
  for (const f of facts) {
    const key = `${f.workflowId}@${f.workflowVersion}`;
    if (!found.has(key)) found.set(key, { id: f.workflowId, version: f.workflowVersion });
  }
  return [...found.values()];
}

/** States of the definitions in use, in workflow order, for totals and the state sort. */
function statesOf(workflows: Array<{ id: string; version: number }>): string[] {
  const states: string[] = [];
  const seen = new Set<string>();
  for (const w of workflows) {
    const key = `${w.id}@${w.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const state of defaultRegistry.get(w.id, w.version).states) {
      if (!states.includes(state.id)) states.push(state.id);
    }
  }
  return states;
}

function fileName(campaign: { reportYear: number; title: string }, ext: string, what = '报送进度'): string {
  const safe = campaign.title.replace(/[\\/:*?"<>|\r\n]/g, '_').slice(0, 80);
  return `${campaign.reportYear}-${safe}-${what}.${ext}`;
}

/** Whether the query narrows the rows (an export of some units), so they are not every target. */
function isFiltered(query: BoardQuery): boolean {
  return (['state', 'overdue', 'light', 'unitKind', 'unitLevel', 'disclosure'] as const).some(
    (key) => query[key] !== undefined,
  );
}
