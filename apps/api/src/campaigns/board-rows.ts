import {
  addDays,
  CalendarYearMissingError,
  CHINA_UTC_OFFSET_MINUTES,
  compareLocalDates,
  endOfDayInstant,
  isWeekend,
  localDateOf,
  type LocalDate,
  type WorkingCalendar,
} from '@app/calendar';
import { SENT_ELSEWHERE, WITHDRAWN_CAMPAIGN_STATES } from './board-receipts';
import { heldRoleFor } from '@app/directory';
import { defaultRegistry, rolesThatAct, stateLabel, type Role, type WorkflowRole } from '@app/workflow';

/** Traffic lights as Chinese supervision systems show them (红黄绿灯). */
export type Light = 'green' | 'yellow' | 'red';

/**
 * Where a unit stands against its due date. Submitted = the report has left the unit (the
 * workflow state is external or final); on time = submitted_at <= the end of the due day.
 */
export type Progress = 'submitted_on_time' | 'submitted_late' | 'on_track' | 'due_soon' | 'overdue';

/** "Due within 3 working days" turns a light yellow. */
export const DUE_SOON_WORKING_DAYS = 3;

export const LIGHT_OF: Record<Progress, Light> = {
  submitted_on_time: 'green',
  on_track: 'green',
  due_soon: 'yellow',
  overdue: 'red',
  // 逾期报送 stays a red mark in the supervision record even once the report is in.
  submitted_late: 'red',
};

/** One target as read by the board query. */
export interface TargetFacts {
  unitId: string;
  unitName: string;
  unitKind: string;
  unitLevel: string;
  unitPath: string;
  regions: string[];
  reportId: string;
  state: string;
  workflowId: string;
  workflowVersion: number;
  receivingUnitId: string | null;
  /**
   * The report's own unit, where its drafters and reviewers act (absent: the target's unit). A joint
   * report's 党委 row has the government's report: the board named the 党委's drafter, who may not
   * write it (scenario test, stop 48).
   */
  reportUnitId?: string;
  /** A joint report's 党委 (absent: not joint), whose principal leader signs it off too. */
  coReportingUnitId?: string | null;
  stageDueAt: Date | null;
  dueDate: LocalDate;
  originalDueDate: LocalDate;
  submittedAt: Date | null;
  returnCount: number;
  /**
   * Revisions saved (0: the unit has not saved a word yet). Absent: not known, read as started. A walk
   * (stop 53) could not tell the units that had never opened their report from those writing.
   */
  currentRevision?: number;
  pendingExtensionId: string | null;
  /** This campaign's receipt (回执) of the report; absent or null while not dispatched to it. */
  receipt?: 'received' | 'accepted' | 'returned' | null;
  /**
   * The campaign was withdrawn: `state` is its record (stateSeenByCampaign), nobody is named to act
   * and there is no stage deadline to show.
   */
  campaignWithdrawn?: boolean;
}

/** Display names of active users per (unit, role), from the second board query. */
export type HolderIndex = ReadonlyMap<string, string[]>;
export const holderKey = (unitId: string, role: Role) => `${unitId}|${role}`;

export interface BoardRow {
  unit: { id: string; name: string; kind: string; level: string };
  reportId: string;
  state: string;
  /** 当前环节: the Chinese label of the workflow state. */
  stage: string;
  /** Who must act next (办理人): the roles that act in this state and the people holding them. */
  holders: { roles: WorkflowRole[]; names: string[] };
  stageDueAt: string | null;
  /** Working days left to stageDueAt on the unit's calendar (negative: overdue); null without one. */
  stageWorkingDaysLeft: number | null;
  dueDate: LocalDate;
  originalDueDate: LocalDate;
  extended: boolean;
  pendingExtensionId: string | null;
  light: Light;
  progress: Progress;
  /** Working days left until the due date (0 = due today), while not submitted and not overdue. */
  workingDaysLeft: number | null;
  /** Working days past the due date: still missing, or how late the submission was. */
  workingDaysOverdue: number | null;
  submitted: boolean;
  submittedAt: string | null;
  /** true / false once submitted; null while not submitted. */
  submittedOnTime: boolean | null;
  returnCount: number;
  receipt: 'received' | 'accepted' | 'returned' | null;
}

const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

/**
 * Working days between two dates on the State Council calendar; for a year without holiday data
 * (the calendar files run 2021-2026) it counts Monday to Friday rather than failing the board,
 * as StageClock does for stage deadlines. Memoised: thousands of rows share a handful of dates.
 */
export class WorkingDayCounter {
  private readonly cache = new Map<string, number>();
  private readonly dates = new Map<number, LocalDate>();
  private readonly ends = new Map<string, number>();

  constructor(private readonly calendar: WorkingCalendar | null) {}

  /**
   * The China date of an instant (localDateOf), memoised by day: a board asks it for every row's
   * stage deadline and submission, which fall on a few dozen days.
   */
  dayOf(instant: Date): LocalDate {
    const day = Math.floor((instant.getTime() + CHINA_OFFSET_MS) / MS_PER_DAY);
    let date = Number.isNaN(day) ? undefined : this.dates.get(day);
    if (date === undefined) {
      date = localDateOf(instant);
      this.dates.set(day, date);
    }
    return date;
  }

  /** The last millisecond of a China day (endOfDayInstant), memoised: rows share a few due dates. */
  endOfDay(date: LocalDate): number {
    let end = this.ends.get(date);
    if (end === undefined) {
      end = endOfDayInstant(date).getTime();
      this.ends.set(date, end);
    }
    return end;
  }

  between(from: LocalDate, to: LocalDate, regions: readonly string[]): number {
    const key = `${from}|${to}|${regions.join(',')}`;
    let value = this.cache.get(key);
    if (value === undefined) {
      value = this.compute(from, to, regions);
      this.cache.set(key, value);
    }
    return value;
  }

  private compute(from: LocalDate, to: LocalDate, regions: readonly string[]): number {
    if (this.calendar) {
      try {
        return this.calendar.workingDaysBetween(from, to, regions);
      } catch (error) {
        if (!(error instanceof CalendarYearMissingError)) throw error;
      }
    }
    const forward = compareLocalDates(from, to) <= 0;
    const [low, high] = forward ? [from, to] : [to, from];
    let count = 0;
    for (let day = addDays(low, 1); compareLocalDates(day, high) <= 0; day = addDays(day, 1)) {
      if (!isWeekend(day)) count++;
    }
    return forward ? count : -count;
  }
}

/**
 * Working days from `today` to the due day, counted by the board's counter (regional calendar):
 * 0 = due today, negative = working days overdue (at least 1 from the first minute after the due
 * day, as the board counts), so every screen states time left the same way.
 */
export function workingDaysLeftAt(input: {
  now: Date;
  due: Date | LocalDate;
  regions: readonly string[];
  counter: WorkingDayCounter;
}): number {
  const dueDay = input.due instanceof Date ? input.counter.dayOf(input.due) : input.due;
  const today = input.counter.dayOf(input.now);
  const left = input.counter.between(today, dueDay, input.regions);
  if (input.now.getTime() <= input.counter.endOfDay(dueDay)) return left;
  return Math.min(left, -1);
}

/** The coordinator acts from the receiving unit above; every other role within the report's unit. */
function actingUnitOf(
  role: WorkflowRole,
  facts: Pick<TargetFacts, 'unitId' | 'reportUnitId' | 'receivingUnitId' | 'coReportingUnitId'>,
): string | null {
  if (role === 'coordinator') return facts.receivingUnitId;
  // A joint report's 党委 leader signs in the 党委 (its unit_leader, see heldRoleFor).
  if (role === 'co_reporting_leader') return facts.coReportingUnitId ?? null;
  return facts.reportUnitId ?? facts.unitId;
}

/**
 * The (role, unit) pairs whose holders the board names for these targets: the roles that act in
 * each report's state, where they act. Only these are read, not every role holder of every unit.
 */
export function holdersNeeded(
  targets: ReadonlyArray<
    Pick<
      TargetFacts,
      | 'unitId'
      | 'reportUnitId'
      | 'receivingUnitId'
      | 'coReportingUnitId'
      | 'state'
      | 'workflowId'
      | 'workflowVersion'
      | 'campaignWithdrawn'
    >
  >,
): Map<Role, Set<string>> {
  const needed = new Map<Role, Set<string>>();
  for (const target of targets) {
    if (target.campaignWithdrawn) continue;
    for (const role of stateFacts(target.workflowId, target.workflowVersion, target.state).roles) {
      const unitId = actingUnitOf(role, target);
      if (!unitId) continue;
      const held = heldRoleFor(role);
      const units = needed.get(held) ?? new Set<string>();
      units.add(unitId);
      needed.set(held, units);
    }
  }
  return needed;
}

/** The stage of a report in drafting with no revision saved yet (the drafter's own list says so too). */
export const NOT_STARTED = '未起草';

/** The board's view of one target at `now` (whose China date is `today`). */
export function toBoardRow(
  facts: TargetFacts,
  context: { now: Date; today: LocalDate; counter: WorkingDayCounter; holders: HolderIndex },
): BoardRow {
  const { kind, label, roles: acting } = stateFacts(facts.workflowId, facts.workflowVersion, facts.state);
  const submitted = (kind === 'external' || kind === 'final') && facts.submittedAt !== null;
  const dueAt = context.counter.endOfDay(facts.dueDate);
  const { progress, left, overdue } = classify(facts, submitted, dueAt, context);
  // A withdrawn campaign's office decides nothing there any more: nobody acts on its board.
  const roles = facts.campaignWithdrawn ? [] : acting;
  const names = new Set<string>();
  for (const role of roles) {
    const unitId = actingUnitOf(role, facts);
    for (const name of (unitId && context.holders.get(holderKey(unitId, heldRoleFor(role)))) || [])
      names.add(name);
  }
  return {
    unit: { id: facts.unitId, name: facts.unitName, kind: facts.unitKind, level: facts.unitLevel },
    reportId: facts.reportId,
    state: facts.state,
    stage: kind === 'drafting' && facts.currentRevision === 0 ? NOT_STARTED : label,
    holders: { roles: [...roles], names: [...names] },
    stageDueAt: facts.stageDueAt?.toISOString() ?? null,
    stageWorkingDaysLeft: facts.stageDueAt
      ? workingDaysLeftAt({
          now: context.now,
          due: facts.stageDueAt,
          regions: facts.regions,
          counter: context.counter,
        })
      : null,
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

/**
 * What the roll-up counts of a cascaded target (its state, light and progress), without building the
 * row the board would show for it: a region's roll-up counts tens of thousands of them.
 */
export function rollupEntryOf(
  facts: Pick<
    TargetFacts,
    'state' | 'workflowId' | 'workflowVersion' | 'submittedAt' | 'dueDate' | 'regions'
  >,
  context: { now: Date; today: LocalDate; counter: WorkingDayCounter },
): Pick<BoardRow, 'state' | 'light' | 'progress'> {
  const { kind } = stateFacts(facts.workflowId, facts.workflowVersion, facts.state);
  const submitted = (kind === 'external' || kind === 'final') && facts.submittedAt !== null;
  const { progress } = classify(facts, submitted, context.counter.endOfDay(facts.dueDate), context);
  return { state: facts.state, light: LIGHT_OF[progress], progress };
}

/**
 * 当前环节 of a report whose state its workflow definition does not know (a row changed by hand, a
 * definition changed under stored reports). The board still shows the row, so that one bad report
 * never takes the whole board down: marked, with nobody named to act and not counted as submitted.
 */
export const UNKNOWN_STATE_LABEL = '未知状态';

interface StateFacts {
  kind: string | undefined;
  roles: WorkflowRole[];
  label: string;
  known: boolean;
}

/** What the board shows of a workflow state, worked out once per definition and state, not per row. */
const STATE_FACTS = new Map<string, StateFacts>();
function stateFacts(workflowId: string, workflowVersion: number, state: string): StateFacts {
  const key = `${workflowId}@${workflowVersion}|${state}`;
  let found = STATE_FACTS.get(key);
  if (!found) {
    // Definitions are fixed once registered, so this cache is bounded by states x definitions.
    const definition = defaultRegistry.get(workflowId, workflowVersion);
    const known = definition.states.find((s) => s.id === state);
    const records: Record<string, string> = { ...WITHDRAWN_CAMPAIGN_STATES, ...SENT_ELSEWHERE };
    const record = Object.prototype.hasOwnProperty.call(records, state) ? records[state] : undefined;
    found = record
      ? {
          kind: undefined,
          // Sent elsewhere, the unit's drafter sends it here too (报送至该任务); a withdrawn
          // campaign's record has nobody to act.
          roles: state === 'sent_elsewhere' ? ['drafter'] : [],
          label: record,
          known: true,
        }
      : known
        ? {
            kind: known.kind,
            roles: rolesThatAct(definition, state),
            label: stateLabel(definition, state),
            known: true,
          }
        : { kind: undefined, roles: [], label: `${UNKNOWN_STATE_LABEL}（${state}）`, known: false };
    STATE_FACTS.set(key, found);
  }
  return found;
}

/**
 * The targets whose state their workflow definition does not know, as "workflow@version state"
 * once each: the board shows them as 未知状态 and its service logs them (a fault in the data).
 */
export function unknownStatesOf(
  targets: ReadonlyArray<Pick<TargetFacts, 'state' | 'workflowId' | 'workflowVersion'>>,
): string[] {
  const unknown = new Set<string>();
  for (const t of targets)
    if (!stateFacts(t.workflowId, t.workflowVersion, t.state).known)
      unknown.add(`${t.workflowId}@${t.workflowVersion} ${t.state}`);
  return [...unknown];
}

function classify(
  facts: Pick<TargetFacts, 'submittedAt' | 'dueDate' | 'regions'>,
  submitted: boolean,
  /** The due day's last millisecond (endOfDayInstant), as a number. */
  dueAt: number,
  context: { now: Date; today: LocalDate; counter: WorkingDayCounter },
): { progress: Progress; left: number | null; overdue: number | null } {
  if (submitted) {
    if (facts.submittedAt!.getTime() <= dueAt)
      return { progress: 'submitted_on_time', left: null, overdue: null };
    const late = -context.counter.between(
      context.counter.dayOf(facts.submittedAt!),
      facts.dueDate,
      facts.regions,
    );
    return { progress: 'submitted_late', left: null, overdue: Math.max(late, 1) };
  }
  if (context.now.getTime() > dueAt) {
    const late = -context.counter.between(context.today, facts.dueDate, facts.regions);
    // Overdue from the first minute after the due day, even when only days off have passed since.
    return { progress: 'overdue', left: null, overdue: Math.max(late, 1) };
  }
  const left = context.counter.between(context.today, facts.dueDate, facts.regions);
  return { progress: left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track', left, overdue: null };
}

export interface BoardTotals {
  targets: number;
  byState: Record<string, number>;
  byLight: Record<Light, number>;
  byProgress: Record<Progress, number>;
  submitted: number;
  submittedOnTime: number;
  submittedLate: number;
  overdue: number;
  /** 按时报送率: submitted on time / targets, 0..1 (4 decimals); null without targets. */
  onTimeRate: number | null;
}

/** Totals per state (every state of the definitions in use, zeros included), light and progress. */
export function totalsOf(
  rows: ReadonlyArray<Pick<BoardRow, 'state' | 'light' | 'progress'>>,
  states: string[],
): BoardTotals {
  return totalsOfCounted(
    rows.map((entry) => ({ entry, count: 1 })),
    states,
  );
}

/** As totalsOf, for entries that each stand for `count` targets alike (the roll-up's groups). */
export function totalsOfCounted(
  groups: ReadonlyArray<{ entry: Pick<BoardRow, 'state' | 'light' | 'progress'>; count: number }>,
  states: string[],
): BoardTotals {
  const byState: Record<string, number> = Object.fromEntries(states.map((s) => [s, 0]));
  const byLight: Record<Light, number> = { green: 0, yellow: 0, red: 0 };
  const byProgress: Record<Progress, number> = {
    submitted_on_time: 0,
    submitted_late: 0,
    on_track: 0,
    due_soon: 0,
    overdue: 0,
  };
  let targets = 0;
  for (const { entry: row, count } of groups) {
    byState[row.state] = (byState[row.state] ?? 0) + count;
    byLight[row.light] += count;
    byProgress[row.progress] += count;
    targets += count;
  }
  const onTime = byProgress.submitted_on_time;
  return {
    targets,
    byState,
    byLight,
    byProgress,
    submitted: onTime + byProgress.submitted_late,
    submittedOnTime: onTime,
    submittedLate: byProgress.submitted_late,
    overdue: byProgress.overdue,
    onTimeRate: targets ? Math.round((onTime / targets) * 10_000) / 10_000 : null,
  };
}

export const BOARD_SORTS = ['unit', 'state', 'dueDate', 'urgency', 'returnCount', 'submittedAt'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export interface BoardFilter {
  states?: string[];
  overdue?: boolean;
  light?: Light;
  unitKind?: string;
  unitLevel?: string;
}

export function filterRows<R extends BoardRow>(rows: R[], filter: BoardFilter): R[] {
  return rows.filter(
    (row) =>
      (!filter.states?.length || filter.states.includes(row.state)) &&
      (filter.overdue === undefined || (row.progress === 'overdue') === filter.overdue) &&
      (!filter.light || row.light === filter.light) &&
      (!filter.unitKind || row.unit.kind === filter.unitKind) &&
      (!filter.unitLevel || row.unit.level === filter.unitLevel),
  );
}

const LIGHT_RANK: Record<Light, number> = { red: 0, yellow: 1, green: 2 };

/**
 * Sorts a copy. `unit` keeps the order units were given in (the tree order, which follows the
 * official order of the divisions); `urgency` puts red first, most overdue first, then yellow.
 */
export function sortRows<R extends BoardRow>(
  rows: R[],
  sort: BoardSort = 'unit',
  order: 'asc' | 'desc' = 'asc',
  stateOrder: string[] = [],
): R[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  const compare = (a: BoardRow, b: BoardRow): number => {
    switch (sort) {
      case 'state':
        return stateOrder.indexOf(a.state) - stateOrder.indexOf(b.state);
      case 'dueDate':
        return a.dueDate.localeCompare(b.dueDate);
      case 'returnCount':
        return a.returnCount - b.returnCount;
      case 'submittedAt':
        return (a.submittedAt ?? '\uffff').localeCompare(b.submittedAt ?? '\uffff');
      case 'urgency':
        return LIGHT_RANK[a.light] - LIGHT_RANK[b.light] || urgencyScore(a) - urgencyScore(b);
      default:
        return 0;
    }
  };
  const sign = order === 'desc' ? -1 : 1;
  indexed.sort((a, b) => {
    const primary = compare(a.row, b.row);
    if (primary !== 0) return sign * primary;
    return sort === 'unit' ? sign * (a.index - b.index) : a.index - b.index;
  });
  return indexed.map((i) => i.row);
}

/** Lower = more urgent: the most overdue first, then the fewest days left. */
function urgencyScore(row: BoardRow): number {
  if (row.workingDaysOverdue !== null && !row.submitted) return -row.workingDaysOverdue;
  if (row.workingDaysLeft !== null) return row.workingDaysLeft;
  return 10_000;
}
