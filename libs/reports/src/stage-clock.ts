import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import {
  addDays,
  endOfDayInstant,
  isWeekend,
  loadCalendarFromDir,
  localDateOf,
  type LocalDate,
  type WorkingCalendar,
} from '@app/calendar';
import { AppConfig } from '@app/config';

/**
 * Stage time limits in working days, on the State Council calendar loaded from config/calendar at
 * start (a bad data file stops the process with the file named). A due date is the end of that
 * day in Asia/Shanghai.
 */
@Injectable()
export class StageClock implements OnModuleInit {
  private readonly logger = new Logger(StageClock.name);
  private calendar!: WorkingCalendar;

  constructor(private readonly config: AppConfig) {}

  onModuleInit(): void {
    this.calendar = loadCalendarFromDir(resolve(this.config.env.CALENDAR_DIR));
  }

  get workingCalendar(): WorkingCalendar {
    return this.calendar;
  }

  /** The end of the n-th working day after `now`'s day. */
  dueAfter(now: Date, workingDays: number, regions: string[] = []): Date {
    return endOfDayInstant(this.addWorkingDays(localDateOf(now), workingDays, regions));
  }

  private addWorkingDays(from: LocalDate, n: number, regions: string[]): LocalDate {
    try {
      return this.calendar.addWorkingDays(from, n, regions);
    } catch (error) {
      // A year without holiday data must not stop the review: count Monday-Friday and say so loudly.
      this.logger.warn(`${(error as Error).message}; counting Monday to Friday instead`);
      let day = from;
      for (let left = n; left > 0;) {
        day = addDays(day, 1);
        if (!isWeekend(day)) left--;
      }
      return day;
    }
  }
}
