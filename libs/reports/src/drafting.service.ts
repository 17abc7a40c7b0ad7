import { Injectable } from '@nestjs/common';
import { Clock, isDuplicateKey, newId } from '@app/common';
import { emptySections, type CheckResult, type ReportSections } from '@app/content';
import {
  AccessErrors,
  authorize,
  jointReportTitle,
  receivingUnitOf,
  UnitRepository,
  type Principal,
  type Unit,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxWriter } from '@app/queue';
import {
  defaultRegistry,
  definitionForUnit,
  isFinal,
  type ChainRules,
  isJointVariant,
  jointVariantId,
  type WorkflowDefinition,
} from '@app/workflow';
import { GENESIS_HASH } from './audit-chain';
import { AuditRepository } from './audit.repository';
import { DeadlineRepository } from './deadline.repository';
import { assertReportTextSize } from './report-text-size';
import { desiredDeadlines } from './desired-deadlines';
import { ReportAccess } from './report-access';
import { ReportErrors } from './report.errors';
import { nextEvent } from './report-events';
import { ReportRepository } from './report.repository';
import type { ReminderPolicy, StageLimits } from './reminder-policy';
import type { Report, ReportLine, Revision } from './report.types';
import { RevisionRepository } from './revision.repository';
import { checkOnSave } from './completeness-gate';
import { plannedSave } from './revision-save';

export interface CreateReportCommand {
  principal: Principal;
  unitId: string;
  reportYear: number;
  /** The line asked for (report.types.ts); absent: the ordinary annual report. */
  reportLine?: ReportLine;
  title?: string;
  campaignId?: string | null;
  receivingUnitId?: string | null;
  workflow?: { id: string; version: number };
  /** The asking campaign's rules for the unit's own chain; absent: the safeguards of `workflow`. */
  chainRules?: ChainRules;
  stageLimits?: StageLimits | null;
  reminderPolicy?: ReminderPolicy | null;
  dueAt?: Date | null;
  /**
   * Set by a campaign creating its targets' reports: the campaign's rules already allowed the
   * issuer to ask this unit (it may lie outside the issuer's subtree, e.g. the 州交通运输局 asking
   * a county bureau), so the report is created on the issuer's behalf without a role in the unit.
   */
  askedByCampaignIssuer?: boolean;
  /**
   * A joint 党委+政府 report (联合报告): the party committee reporting with the government `unitId`,
   * checked by the caller against jointReportProblem. Titled for both unless `title` is given.
   */
  coReportingUnit?: Pick<Unit, 'id' | 'name'> | null;
}

/** A report about to be created: its row, its first event, the deadlines it opens. */
interface NewReport {
  report: Report;
  event: ReturnType<typeof nextEvent>;
  desired: ReturnType<typeof desiredDeadlines>;
}

/** Creating a report and saving its sections: every save is a new immutable revision. */
@Injectable()
export class DraftingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly reports: ReportRepository,
    private readonly revisions: RevisionRepository,
    private readonly audit: AuditRepository,
    private readonly units: UnitRepository,
    private readonly access: ReportAccess,
    private readonly deadlines: DeadlineRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async create(cmd: CreateReportCommand): Promise<Report> {
    try {
      return await this.transactions.run(() => this.createInTransaction(cmd));
    } catch (error) {
      if (isDuplicateKey(error)) throw ReportErrors.duplicate(cmd.reportYear);
      throw error;
    }
  }

  /**
   * The create path inside the caller's transaction (the writes refuse to run outside one), so that
   * a campaign creates all its reports or none. `preloaded` is the unit already read by the caller (saves one query per report when a
   * campaign creates thousands); a duplicate report surfaces as the driver's duplicate-key error.
   */
  async createInTransaction(cmd: CreateReportCommand, preloaded?: Unit): Promise<Report> {
    const [report] = await this.createManyInTransaction([{ cmd, unit: preloaded }]);
    return report;
  }

  /**
   * Several reports created as `createInTransaction` creates one, with multi-row INSERTs: a campaign
   * issued to 3,000 units writes its reports, their first events, deadlines and jobs in a few dozen
   * statements instead of some 15,000 round trips. Returned in the order asked.
   */
  async createManyInTransaction(
    asked: ReadonlyArray<{ cmd: CreateReportCommand; unit?: Unit }>,
  ): Promise<Report[]> {
    const now = this.clock.now();
    const planned: NewReport[] = [];
    for (const { cmd, unit } of asked) planned.push(await this.planNew(cmd, unit, now));
    if (planned.length === 0) return [];
    await this.reports.insertMany(planned.map((p) => p.report));
    await this.audit.appendMany(planned.map((p) => p.event));
    const opened = await this.deadlines.openForNewReports(
      planned.map((p) => ({ reportId: p.report.id, desired: p.desired })),
      now,
    );
    const versionOf = new Map(planned.map((p) => [p.report.id, p.report.version]));
    await this.outbox.addMany(
      opened.map((reportId) => ({
        name: 'deadlines-changed' as const,
        payload: { reportId, reportVersion: versionOf.get(reportId)! },
      })),
      now,
    );
    return planned.map((p) => p.report);
  }

  /**
   * A unit writes one report a year: the one a campaign asked for, or the one it began by hand (which
   * the first campaign asking takes). A second made by hand beside a campaign's went to the unit
   * above by the old routing (an external QA engineer, stop 50). The unit's row is locked so that a
   * campaign issued at the same moment is seen. (Reports made by hand before stop 52 stay outside
   * the key `one_per_unit_year`, docs/campaigns.md.)
   */
  private async refuseSecondReport(unit: Unit, cmd: CreateReportCommand): Promise<void> {
    await this.units.lockById(unit.id);
    const existing = await this.reports.findUnitYearReport(
      unit.id,
      cmd.reportYear,
      cmd.reportLine ?? 'annual',
    );
    if (existing) throw ReportErrors.unitYearTaken(cmd.reportYear, existing);
  }

  /** A new report, its first event and its deadlines, decided (the unit's ancestors read when needed). */
  private async planNew(
    cmd: CreateReportCommand,
    preloaded: Unit | undefined,
    now: Date,
  ): Promise<NewReport> {
    const unit = preloaded?.id === cmd.unitId ? preloaded : await this.units.findById(cmd.unitId);
    if (!unit) throw AccessErrors.notFound('Unit');
    const roles = cmd.askedByCampaignIssuer ? [] : authorize(cmd.principal, 'report.create', unit);
    if (!cmd.campaignId && !cmd.askedByCampaignIssuer) await this.refuseSecondReport(unit, cmd);
    const asked = cmd.workflow
      ? defaultRegistry.get(cmd.workflow.id, cmd.workflow.version)
      : defaultRegistry.latest('default');
    // The unit's own chain (分管领导审核, no legal adviser …) where it keeps the campaign's safeguards.
    const chain = definitionForUnit(asked, unitsChosenChain(unit), cmd.chainRules);
    // A joint 党委+政府 report is signed off by both principal leaders: its chain's joint variant.
    const definition = cmd.coReportingUnit ? jointChainOf(chain) : chain;
    const receivingUnitId =
      cmd.receivingUnitId !== undefined
        ? cmd.receivingUnitId
        : (receivingUnitOf(unit, await this.units.findAncestors(unit))?.id ?? null);
    const reportLine = cmd.reportLine ?? 'annual';
    const base: Report = {
      id: newId(),
      unitId: unit.id,
      receivingUnitId,
      coReportingUnitId: cmd.coReportingUnit?.id ?? null,
      campaignId: cmd.campaignId ?? null,
      reportYear: cmd.reportYear,
      reportLine,
      workflowId: definition.id,
      workflowVersion: definition.version,
      state: definition.initial,
      version: 1,
      currentRevision: 0,
      title:
        cmd.title?.trim() ||
        (cmd.coReportingUnit
          ? jointReportTitle({
              government: unit,
              partyCommittee: cmd.coReportingUnit,
              reportYear: cmd.reportYear,
            })
          : defaultReportTitle(unit, cmd.reportYear, reportLine)),
      lastEventSeq: 0,
      lastHash: GENESIS_HASH,
      lastAction: null,
      lastFromState: null,
      lastActorId: null,
      lastActorRole: null,
      returnCount: 0,
      stageEnteredAt: now,
      stageDueAt: null,
      submittedAt: null,
      stageLimits: cmd.stageLimits ?? null,
      reminderPolicy: cmd.reminderPolicy ?? null,
      dueAt: cmd.dueAt ?? null,
      createdBy: cmd.principal.userId,
      createdAt: now,
      updatedAt: now,
    };
    const event = nextEvent(base, {
      revision: 0,
      action: 'create',
      fromState: null,
      toState: definition.initial,
      actorUserId: cmd.principal.userId,
      actorRole: roles.includes('drafter') ? 'drafter' : 'coordinator',
      // A campaign creates its targets' reports for its issuer, the unit they go to; the issuer's
      // 经办人 may belong to another unit (the 司法局 housing a 依法治县办: external QA stop 57 F7).
      actorUnitId: (cmd.askedByCampaignIssuer ? cmd.receivingUnitId : null) ?? cmd.principal.unitId,
      comment: null,
      fields: {
        reportYear: cmd.reportYear,
        workflow: `${definition.id}@${definition.version}`,
        // In the hash chain: the joint report names its second reporting unit from its first event.
        ...(cmd.coReportingUnit ? { coReportingUnitId: cmd.coReportingUnit.id } : {}),
      },
      effects: [],
      createdAt: now,
    });
    const report = { ...base, lastEventSeq: event.seq, lastHash: event.hash };
    return { report, event, desired: desiredDeadlines(definition, report) };
  }

  /**
   * Saves the sections as revision N+1 on top of `basedOnRevision`. A save based on an older
   * revision is refused with 409 and the current number: nothing is ever silently overwritten.
   * Sections not named in the save keep their text from `basedOnRevision`.
   */
  async save(
    principal: Principal,
    reportId: string,
    input: { basedOnRevision: number; title?: string; sections: Partial<ReportSections> },
    options: { importing?: boolean } = {},
  ): Promise<Revision & { check: CheckResult }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { report, unit } = await this.access.writable(principal, reportId, 'report.edit');
      const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
      const drafting = definition.initial;
      if (report.state !== drafting) throw ReportErrors.notEditable(report.state);
      // An archived (imported) report is history: only the batch import writes its one revision.
      if (isFinal(definition, drafting) && !(options.importing && report.currentRevision === 0)) {
        throw ReportErrors.notEditable(report.state);
      }
      if (report.currentRevision !== input.basedOnRevision) {
        throw ReportErrors.staleRevision(report.currentRevision, input.basedOnRevision);
      }
      const now = this.clock.now();
      // A save names what it changes: a section left out keeps the based-on revision's text (DTO
      // instances carry undefined for it); only an explicit "" clears one.
      const base = await this.sectionsOf(reportId, input.basedOnRevision);
      const sent = Object.entries(input.sections).filter(([, text]) => typeof text === 'string');
      const sections: ReportSections = { ...base, ...Object.fromEntries(sent) };
      assertReportTextSize(sections);
      const title = input.title?.trim() || report.title;
      const { revision, event } = plannedSave({
        report,
        principal,
        basedOnRevision: input.basedOnRevision,
        title,
        sections,
        now,
      });
      // Checked once here, where the text is fixed: the drafter sees the findings at once, and a
      // submit of this revision finds the verdict stored instead of scanning the text again.
      const check = checkOnSave(report, unit, revision);
      const saved = await this.transactions.run(async () => {
        const applied = await this.reports.applySave(
          {
            id: reportId,
            expectedVersion: report.version,
            lastEventSeq: event.seq,
            lastHash: event.hash,
            now,
          },
          { basedOnRevision: input.basedOnRevision, title, drafting },
        );
        if (!applied) return false;
        await this.revisions.insert(revision, check.stored);
        await this.audit.append(event);
        return true;
      });
      if (saved) return { ...revision, check: check.result };
      // Lost a race: the next round re-reads and answers 409 if the revision or state moved.
    }
    const current = await this.reports.findById(reportId);
    throw ReportErrors.staleRevision(current?.currentRevision ?? -1, input.basedOnRevision);
  }

  /** The text a save starts from: the based-on revision's sections, or empty ones before the first save. */
  private async sectionsOf(reportId: string, revision: number): Promise<ReportSections> {
    if (revision === 0) return emptySections();
    const found = await this.revisions.find(reportId, revision);
    // The report row names it as its current revision, so it exists; a gap is corrupt data, not user error.
    if (!found) throw new Error(`revision ${revision} of report ${reportId} is missing`);
    const { measures, shortcomings, leadersDuty, nextYearPlan, other } = found.sections;
    return { measures, shortcomings, leadersDuty, nextYearPlan, other };
  }
}

/** The latest version of the review path the unit chose, if it chose one the engine knows. */
function unitsChosenChain(unit: Unit): WorkflowDefinition | null {
  const id = unit.reviewChain;
  if (!id || isJointVariant({ id }) || !defaultRegistry.list().some((definition) => definition.id === id))
    return null;
  return defaultRegistry.latest(id);
}

/** The joint variant (both leaders sign) of the same version of a chain; the chain itself when it has no sign-off. */
function jointChainOf(chain: WorkflowDefinition): WorkflowDefinition {
  const id = jointVariantId(chain.id);
  return defaultRegistry.has(id, chain.version) ? defaultRegistry.get(id, chain.version) : chain;
}

/** The title a new report gets until its drafters write one. */
function defaultReportTitle(unit: Pick<Unit, 'name'>, reportYear: number, line: ReportLine): string {
  return line === 'demonstration_area'
    ? `${unit.name}${reportYear}年法治政府建设示范地区年度报告`
    : `${unit.name}${reportYear}年法治政府建设年度报告`;
}
