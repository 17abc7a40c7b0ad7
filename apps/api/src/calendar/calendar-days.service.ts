import { Injectable } from '@nestjs/common';
import { dayOfWeek, isLocalDate, localDateOf, yearOf, type DayKind, type LocalDate } from '@app/calendar';
import { Clock } from '@app/common';
import { calendarRegionsOf, UnitRepository, type Principal } from '@app/directory';
import { StageClock } from '@app/reports';
import { CalendarErrors } from './calendar.errors';

/** One day as the working-day counts see it, for the caller's own region. */
export interface CalendarDay {
  date: LocalDate;
  /** 1 = Monday … 7 = Sunday, as 星期一 … 星期日. */
  weekday: number;
  isWorkingDay: boolean;
  kind: DayKind;
  /** The holiday ("春节"), or for a worked weekend day the holiday it makes up for. */
  name: string | null;
  /**
   * Whether the State Council's holiday schedule (节假日安排) of that year is in force. When it is
   * not, the day is judged Monday to Friday and a holiday of that year is not known yet.
   */
  scheduled: boolean;
}

/**
 * The working-day calendar as any signed-in user may read it: the holiday schedules are public
 * documents, and the console needs them to say what a due date falls on and when its working-day
 * counts are only provisional (a walk, stop 49: 2027's counts ran Monday to Friday through 元旦 and
 * 春节 with nothing on screen saying so, and a Saturday due date was taken without a word).
 */
@Injectable()
export class CalendarDaysService {
  constructor(
    private readonly stageClock: StageClock,
    private readonly units: UnitRepository,
    private readonly clock: Clock,
  ) {}

  /** The years whose State Council schedule is in force, and today in China. */
  async years(): Promise<{ today: LocalDate; scheduledYears: number[] }> {
    const calendar = await this.stageClock.calendar();
    return { today: localDateOf(this.clock.now()), scheduledYears: calendar.coveredYears() };
  }

  /** One day, with the extra days of the caller's own region (Xinjiang's, say). */
  async day(principal: Principal, raw: string): Promise<CalendarDay> {
    if (!isLocalDate(raw) || yearOf(raw) < 2000 || yearOf(raw) > 2999) throw CalendarErrors.badDate(raw);
    const date = raw;
    const calendar = await this.stageClock.calendar();
    const info = calendar.describeDay(date, await this.regionsOf(principal));
    const weekday = dayOfWeek(date);
    return {
      date,
      weekday: weekday === 0 ? 7 : weekday,
      isWorkingDay: info.isWorkingDay,
      kind: info.kind,
      name: info.name ?? null,
      scheduled: calendar.coversYear(yearOf(date)),
    };
  }

  private async regionsOf(principal: Principal): Promise<string[]> {
    const [unit] = await this.units.findByIds([principal.unitId]);
    if (!unit) return [];
    const own = calendarRegionsOf(unit, []);
    return own.length > 0 ? own : calendarRegionsOf(unit, await this.units.findAncestors(unit));
  }
}
