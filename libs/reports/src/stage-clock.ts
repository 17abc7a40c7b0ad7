import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import { endOfDayInstant, loadCalendarFromDir, localDateOf, type WorkingCalendar } from '@app/calendar';
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
    this.calendar = loadCalendarFromDir(resolve(this.config.env.CALENDAR_DIR), { missingYears: 'weekdays' });
    const next = new Date().getUTCFullYear() + 1;
    if (!this.calendar.coversYear(next)) {
      // Deadlines still work (Monday to Friday), but holidays and 调休 of that year are not known yet.
      this.logger.warn(
        `no State Council holiday schedule for ${next} in ${this.config.env.CALENDAR_DIR}: add cn-${next}.json (see its README); until then ${next} counts Monday to Friday`,
      );
    }
  }

  get workingCalendar(): WorkingCalendar {
    return this.calendar;
  }

  /** The end of the n-th working day after `now`'s day. */
  dueAfter(now: Date, workingDays: number, regions: string[] = []): Date {
    return endOfDayInstant(this.calendar.addWorkingDays(localDateOf(now), workingDays, regions));
  }
}
