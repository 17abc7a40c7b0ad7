import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  calendarWithOverrides,
  endOfDayInstant,
  localDateOf,
  readCalendarDir,
  yearOf,
  type CalendarSchedules,
  type WorkingCalendar,
} from '@app/calendar';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { CalendarScheduleRepository } from './calendar-schedule.repository';
import { enteredSchedules } from './entered-schedules';

/**
 * How long a process trusts its calendar before it compares the data version in the database
 * again. A schedule entered on one API instance reaches every other instance and every worker
 * within this time (the instance that took the entry refreshes at once).
 */
export const CALENDAR_RECHECK_MS = 5_000;

interface CachedCalendar {
  calendar: WorkingCalendar;
  version: number;
  checkedAt: number;
}

/**
 * Stage time limits in working days, on the working-day calendar: the files of config/calendar
 * (read at start; a bad file stops the process with the file named) overridden by the schedules
 * administrators entered (table calendar_schedules). A year without a State Council schedule
 * counts Monday to Friday. A due date is the end of that day in Asia/Shanghai.
 */
@Injectable()
export class StageClock implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(StageClock.name);
  private builtIn!: CalendarSchedules;
  private cached: CachedCalendar | null = null;
  private loading: Promise<WorkingCalendar> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly schedules: CalendarScheduleRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.builtIn = readCalendarDir(resolve(this.config.env.CALENDAR_DIR));
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      const calendar = await this.calendar();
      const current = yearOf(localDateOf(this.clock.now()));
      for (const year of [current, current + 1].filter((y) => !calendar.coversYear(y))) {
        // Deadlines still work (Monday to Friday), but holidays and 调休 of that year are not known yet.
        this.logger.warn(
          `no State Council holiday schedule for ${year}: enter it in the console (节假日安排) or add cn-${year}.json to ${this.config.env.CALENDAR_DIR} (see its README); until then ${year} counts Monday to Friday`,
        );
      }
    } catch (error) {
      // The first deadline computed will read the database again; start-up does not depend on it.
      this.logger.warn(`could not read the entered holiday schedules yet: ${String(error)}`);
    }
  }

  /** The calendar in force: cached, and compared with the database version at most every few seconds. */
  async calendar(): Promise<WorkingCalendar> {
    if (this.cached && performance.now() - this.cached.checkedAt < CALENDAR_RECHECK_MS) {
      return this.cached.calendar;
    }
    this.loading ??= this.reload().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Drops the cache so the next use reads the database: after this process stored an entry. */
  async refresh(): Promise<WorkingCalendar> {
    // A read already under way may predate the entry: let it finish, then read again.
    if (this.loading) await this.loading.catch(() => undefined);
    if (this.cached) this.cached.checkedAt = Number.NEGATIVE_INFINITY;
    return this.calendar();
  }

  /** The schedules of the config/calendar files, before entered schedules override them. */
  get builtInSchedules(): CalendarSchedules {
    return this.builtIn;
  }

  /** The end of the n-th working day after `now`'s day. */
  async dueAfter(now: Date, workingDays: number, regions: string[] = []): Promise<Date> {
    const calendar = await this.calendar();
    return endOfDayInstant(calendar.addWorkingDays(localDateOf(now), workingDays, regions));
  }

  private async reload(): Promise<WorkingCalendar> {
    const version = await this.schedules.version();
    if (this.cached && this.cached.version === version) {
      this.cached.checkedAt = performance.now();
      return this.cached.calendar;
    }
    const entries = await this.schedules.current();
    const { schedules, rejected } = enteredSchedules(entries);
    for (const problem of rejected) this.logger.error(`entered holiday schedule ignored: ${problem}`);
    const calendar = calendarWithOverrides(this.builtIn, schedules, { missingYears: 'weekdays' });
    const loaded = Math.max(0, ...entries.map((e) => e.version));
    this.cached = { calendar, version: loaded, checkedAt: performance.now() };
    return calendar;
  }
}
