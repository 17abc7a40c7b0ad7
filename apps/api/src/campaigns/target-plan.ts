import { chainRulesOfCampaign } from './campaign-chain-rules';
import { compareLocalDates, endOfDayInstant, type LocalDate } from '@app/calendar';
import type { Principal, Unit } from '@app/directory';
import type { CreateReportCommand, ReportLine } from '@app/reports';
import type { CampaignMessage, NoticeReader } from './campaign-inbox.repository';
import { CampaignErrors } from './campaign.errors';
import type { Campaign, CampaignTarget } from './campaign.types';
import type { JointReports } from './joint-targets';
import { latest, regulationDueDateOnLine } from './regulation-dates';

// Planning a campaign's targets: pure functions over plain data (no database), so the rules of who
// gets which report, due date and notice are tested on their own; CampaignTargets persists the plan.

export interface DueDateRules {
  reportYear: number;
  /** The demonstration line is due end of January; the ordinary line by the unit's regulation date. */
  reportLine: ReportLine;
  /** The campaign's own date for every target; null: the regulation date of each unit. */
  dueDate: LocalDate | null;
  /** A cascade is never due after the date its parent gave (null: not a cascade). */
  ceiling: LocalDate | null;
  today: LocalDate;
}

/**
 * Each target's due date: the campaign's own date when it sets one (never later than the
 * regulation allows), else the regulation date for that unit; a cascade never later than the
 * date its parent gave (`ceiling`). Refuses dates already past. A demonstration area's targets get
 * the ordinary date on the ordinary line; its additional line (a campaign on the demonstration
 * line, with a report of its own) is due end of January.
 */
export function planDueDates(targets: Unit[], rules: DueDateRules): Map<string, LocalDate> {
  const { dueDate, ceiling, today } = rules;
  const dates = new Map<string, LocalDate>();
  const tooLate: Array<{ unitId: string; name: string; regulationDueDate: string }> = [];
  const passed: typeof tooLate = [];
  for (const unit of targets) {
    const regulation = regulationDueDateOnLine(rules.reportLine, rules.reportYear, unit);
    if (compareLocalDates(regulation, today) < 0) {
      passed.push({ unitId: unit.id, name: unit.name, regulationDueDate: regulation });
    }
    if (dueDate && compareLocalDates(dueDate, regulation) > 0) {
      tooLate.push({ unitId: unit.id, name: unit.name, regulationDueDate: regulation });
    }
    let due = dueDate ?? regulation;
    if (ceiling && compareLocalDates(due, ceiling) > 0) due = ceiling;
    dates.set(unit.id, due);
  }
  // Said first: another date (what DATE_IN_PAST and DUE_DATE_AFTER_REGULATION advise) cannot help
  // when the regulation's date is itself behind us (scenario tests, stops 47 and 48).
  if (passed.length > 0) throw CampaignErrors.regulationDatePassed(rules.reportYear, passed, today);
  if (dueDate && compareLocalDates(dueDate, today) < 0)
    throw CampaignErrors.dueDateInPast('dueDate', dueDate, today);
  if (dueDate && ceiling && compareLocalDates(dueDate, ceiling) > 0)
    throw CampaignErrors.dueAfterParent(dueDate, ceiling);
  if (dueDate && tooLate.length > 0) throw CampaignErrors.dueAfterRegulation(tooLate, dueDate);
  const past = [...dates.values()].filter((d) => compareLocalDates(d, today) < 0);
  if (past.length > 0) {
    // Only reachable without an explicit date: the parent campaign's date (the ceiling) has passed.
    throw CampaignErrors.dueDateInPast("The parent campaign's due date", latest(past)!, today);
  }
  return dates;
}

/** The notice each target unit's drafters get; the body names that unit's due date. */
export interface TargetNotice {
  kind: string;
  title: string;
  body: (due: LocalDate) => string;
}

export interface TargetPlanInput {
  campaign: Pick<
    Campaign,
    'id' | 'reportYear' | 'reportLine' | 'workflow' | 'stageLimits' | 'reminderPolicy' | 'chainRules'
  >;
  /** The issuing unit: it receives (and reviews) the targets' reports. */
  issuer: Pick<Unit, 'id'>;
  units: Unit[];
  dueDates: ReadonlyMap<string, LocalDate>;
  /** Who issues: creates the reports on the targets' behalf. */
  principal: Principal;
  notice: TargetNotice;
  /** Joint 党委+政府 reports (joint-targets.ts): by party committee, its government. */
  joint?: JointReports;
}

/** One target as planned: its unit, due date, the report to create and the notice to send. */
export interface PlannedTarget {
  unit: Unit;
  dueDate: LocalDate;
  report: CreateReportCommand;
  notice: { kind: string; title: string; body: string };
  /** A party committee reporting jointly: the government whose (joint) report answers for it. */
  jointWith: Unit | null;
}

/** Which unit gets which report (in drafting, due at the end of its due day, received by the issuer). */
export function planTargets(input: TargetPlanInput): PlannedTarget[] {
  const { campaign, notice } = input;
  const joint = input.joint ?? new Map<string, Unit>();
  const partyOf = new Map(
    [...joint].map(([partyCommitteeId, government]) => [government.id, partyCommitteeId]),
  );
  const unitsById = new Map(input.units.map((unit) => [unit.id, unit]));
  // One body per distinct due date (a campaign's 3,000 targets share one or a few dates).
  const bodies = new Map<LocalDate, string>();
  const bodyFor = (due: LocalDate) => {
    let body = bodies.get(due);
    if (body === undefined) bodies.set(due, (body = notice.body(due)));
    return body;
  };
  return input.units.map((unit) => {
    const coReportingUnit = unitsById.get(partyOf.get(unit.id) ?? '');
    const dueDate = input.dueDates.get(unit.id);
    if (!dueDate) throw new Error(`No due date was planned for target ${unit.id}`);
    return {
      unit,
      dueDate,
      report: {
        principal: input.principal,
        unitId: unit.id,
        reportYear: campaign.reportYear,
        reportLine: campaign.reportLine,
        campaignId: campaign.id,
        receivingUnitId: input.issuer.id,
        workflow: campaign.workflow,
        chainRules: chainRulesOfCampaign(campaign),
        stageLimits: campaign.stageLimits,
        reminderPolicy: campaign.reminderPolicy,
        dueAt: endOfDayInstant(dueDate),
        // CampaignTargets.resolve checked that the issuer may ask this unit (issuer-area.ts).
        askedByCampaignIssuer: true,
        // A joint report (联合报告): the government's report names its party committee.
        ...(coReportingUnit ? { coReportingUnit } : {}),
      },
      notice: {
        kind: notice.kind,
        title: notice.title,
        body: noticeBody(bodyFor(dueDate), joint.get(unit.id)),
      },
      jointWith: joint.get(unit.id) ?? null,
    };
  });
}

/**
 * A party committee reporting jointly does not draft: its notice says so and who does, or its
 * drafters would set out to write a report they can only read.
 */
function noticeBody(body: string, jointWith: Unit | undefined): string {
  if (!jointWith) return body;
  return `${body}本年度与${jointWith.name}联合报告，由${jointWith.name}起草、报送，你单位可查阅。`;
}

/** A planned target once its report exists. */
export interface CreatedTarget {
  target: CampaignTarget;
  notice: PlannedTarget['notice'];
  /** The target unit's name, for a message to someone outside it (its 依法治X办). */
  unitName: string;
}

/** One message per drafter of each target unit, keyed so that a retry never sends it twice. */
export function targetMessages(
  campaignId: string,
  created: CreatedTarget[],
  readers: NoticeReader[],
): CampaignMessage[] {
  const byUnit = new Map(created.map((c) => [c.target.unitId, c]));
  return readers.flatMap(({ userId, unitId, readsReport }) => {
    const found = byUnit.get(unitId);
    if (!found) return [];
    const { target, notice } = found;
    return [
      {
        userId,
        kind: notice.kind,
        reportId: readsReport ? target.reportId : null,
        campaignId,
        title: notice.title,
        body: readsReport ? notice.body : `${notice.body}（报送单位：${found.unitName}）`,
        dedupKey: `${notice.kind}-${campaignId}-${target.reportId}-${userId}`,
      },
    ];
  });
}
