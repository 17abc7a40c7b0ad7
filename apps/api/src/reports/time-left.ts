import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { endOfDayInstant, isLocalDate, localDateOf, type LocalDate } from '@app/calendar';
import { calendarRegionsOf, UnitRepository } from '@app/directory';
import { ReportRepository, StageClock } from '@app/reports';
import { WorkingDayCounter } from '../campaigns/board-rows';

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
  const dueDay = isLocalDate(input.due) ? input.due : localDateOf(input.due);
  const today = localDateOf(input.now);
  const left = input.counter.between(today, dueDay, input.regions);
  if (input.now.getTime() <= endOfDayInstant(dueDay).getTime()) return left;
  return Math.min(left, -1);
}

/** Counts for the units of one response, read once (their calendar regions) and used per due date. */
export interface DueCounter {
  workingDaysLeft(unitId: string, due: Date | LocalDate | null): number | null;
}

@Injectable()
export class TimeLeft {
  constructor(
    private readonly stageClock: StageClock,
    private readonly units: UnitRepository,
    private readonly clock: Clock,
    private readonly reports: ReportRepository,
  ) {}

  /** Working days left to one of a report's due dates (its unit's calendar); the caller checked access. */
  async forReport(reportId: string, due: Date | LocalDate | null): Promise<number | null> {
    const report = due === null ? null : await this.reports.findById(reportId);
    if (!report) return null;
    return (await this.counterFor([report.unitId])).workingDaysLeft(report.unitId, due);
  }

  /** Counts for several due dates of one report (its unit's calendar, read once); the caller checked access. */
  async forReportDates(reportId: string): Promise<(due: Date | LocalDate | null) => number | null> {
    const report = await this.reports.findById(reportId);
    if (!report) return () => null;
    const counter = await this.counterFor([report.unitId]);
    return (due) => counter.workingDaysLeft(report.unitId, due);
  }

  async counterFor(unitIds: readonly string[]): Promise<DueCounter> {
    const now = this.clock.now();
    const counter = new WorkingDayCounter(await this.stageClock.calendar());
    const regions = new Map<string, string[]>();
    for (const unit of await this.units.findByIds([...new Set(unitIds)])) {
      const own = calendarRegionsOf(unit, []);
      // Most units carry a division code (or none is on their path): ancestors only when needed.
      regions.set(
        unit.id,
        own.length > 0 ? own : calendarRegionsOf(unit, await this.units.findAncestors(unit)),
      );
    }
    return {
      workingDaysLeft: (unitId, due) =>
        due === null ? null : workingDaysLeftAt({ now, due, regions: regions.get(unitId) ?? [], counter }),
    };
  }
}
