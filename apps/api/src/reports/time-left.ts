import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { type LocalDate } from '@app/calendar';
import { calendarRegionsOf, UnitRepository } from '@app/directory';
import { ReportRepository, StageClock } from '@app/reports';
import { WorkingDayCounter, workingDaysLeftAt } from '../campaigns/board-rows';

// One rule for every screen; it lives beside the board's counter, which the board row uses too.
export { workingDaysLeftAt } from '../campaigns/board-rows';

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
