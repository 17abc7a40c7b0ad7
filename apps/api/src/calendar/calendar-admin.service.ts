import { Injectable, Logger } from '@nestjs/common';
import {
  CalendarDataError,
  localDateOf,
  parseNationalOverride,
  parseRegionalOverride,
  type YearSchedule,
} from '@app/calendar';
import { Clock, normalizeDocumentNumberYear } from '@app/common';
import { AdminEventRepository, UnitRepository, type Principal, type Unit } from '@app/directory';
import { Transactions } from '@app/persistence';
import { CalendarScheduleRepository, StageClock, type CalendarScheduleEntry } from '@app/reports';
import {
  calendarAdminPlaces,
  nationalPlace,
  regionPlace,
  unitIdsForAdminRoles,
  type CalendarAdminPlace,
} from './calendar-authority';
import { missingSchedules, type MissingSchedule } from './calendar-coverage';
import { CalendarErrors } from './calendar.errors';

/** National (region null) or one region, for one year: what an entry or withdrawal is about. */
export interface ScheduleScope {
  region: string | null;
  year: number;
}

export interface YearStatus {
  year: number;
  /** Where the schedule in force comes from: an entry (overrides a file of that year) or a built-in file. */
  origin: 'entered' | 'file';
  entryId?: string;
  enteredBy?: string;
  enteredAt?: Date;
  /** An entered year that also has a built-in file: the entry wins. */
  overridesFile?: boolean;
}

const describe = (scope: ScheduleScope) =>
  scope.region === null
    ? `the State Council schedule of ${scope.year}`
    : `region ${scope.region} in ${scope.year}`;

/**
 * Entering and withdrawing holiday schedules (节假日安排) from the console or API. An entry is
 * validated exactly as a file of config/calendar is at load, stored with an admin event in one
 * transaction, and in force at once here and within seconds in every other process (StageClock
 * compares the stored version before it uses its cache).
 */
@Injectable()
export class CalendarAdminService {
  private readonly logger = new Logger(CalendarAdminService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly events: AdminEventRepository,
    private readonly schedules: CalendarScheduleRepository,
    private readonly stageClock: StageClock,
    private readonly clock: Clock,
  ) {}

  /** The years (current and next) without a schedule, for the national scope and regions the caller manages. */
  async missing(principal: Principal): Promise<{ today: string; missing: MissingSchedule[] }> {
    const places = await this.placesOf(principal);
    const calendar = await this.stageClock.calendar();
    const today = localDateOf(this.clock.now());
    return {
      today,
      missing: missingSchedules(calendar, today, this.scopesOf(places, calendar.coveredRegions())),
    };
  }

  /** Every year in force per scope the caller manages (file or entry, who entered it), plus what is missing. */
  async overview(principal: Principal) {
    const places = await this.placesOf(principal);
    const calendar = await this.stageClock.calendar();
    const today = localDateOf(this.clock.now());
    const scopes = this.scopesOf(places, calendar.coveredRegions());
    const entries = (await this.schedules.current()).filter((e) => e.schedule !== null);
    const builtIn = this.stageClock.builtInSchedules;
    const statusOf = (region: string | null, fileYears: number[]) => {
      const entered = entries.filter((e) => e.region === region);
      const years = new Set([...fileYears, ...entered.map((e) => e.year)]);
      return [...years]
        .sort((a, b) => a - b)
        .map((year): YearStatus => {
          const entry = entered.find((e) => e.year === year);
          if (!entry) return { year, origin: 'file' };
          return {
            year,
            origin: 'entered',
            entryId: entry.id,
            enteredBy: entry.actorUserId,
            enteredAt: entry.createdAt,
            overridesFile: fileYears.includes(year),
          };
        });
    };
    return {
      today,
      places: places.map(({ unitId, unitName, root, region }) => ({ unitId, unitName, root, region })),
      national: scopes.national
        ? statusOf(
            null,
            builtIn.national.map((s) => s.year),
          )
        : null,
      regions: scopes.regions.map((region) => ({
        region,
        years: statusOf(
          region,
          builtIn.regional.filter((s) => s.region === region).map((s) => s.year),
        ),
      })),
      missing: missingSchedules(calendar, today, scopes),
    };
  }

  /** Validates and stores a year's schedule; it replaces a built-in file or earlier entry of that year. */
  async enter(principal: Principal, scope: ScheduleScope, body: unknown) {
    const place = await this.placeFor(principal, scope);
    let parsed: YearSchedule;
    try {
      parsed =
        scope.region === null
          ? parseNationalOverride(body, scope.year)
          : parseRegionalOverride(body, scope.region, scope.year);
    } catch (error) {
      if (error instanceof CalendarDataError) throw CalendarErrors.invalidSchedule(error);
      throw error;
    }
    // The notice's 文号 typed 国办发明电[2098]1号 is stored 〔2098〕, as every 文号 the API accepts.
    const schedule: YearSchedule =
      parsed.source.number === undefined
        ? parsed
        : {
            ...parsed,
            source: { ...parsed.source, number: normalizeDocumentNumberYear(parsed.source.number) },
          };
    const replaced = await this.replacedBy(scope);
    const entry = await this.store(principal, place, scope, schedule, 'calendar.schedule_entered', {
      title: schedule.source.title,
      number: schedule.source.number ?? null,
      holidays: schedule.holidays.length,
      workdays: schedule.workdays.length,
      replaced,
    });
    await this.refreshAfterCommit();
    return { ...toView(entry), replaced };
  }

  /** Withdraws the entry in force: the built-in file of that year (or Monday to Friday) counts again. */
  async withdraw(principal: Principal, scope: ScheduleScope) {
    const place = await this.placeFor(principal, scope);
    const current = await this.entryInForce(scope);
    if (!current) throw CalendarErrors.nothingToWithdraw(describe(scope));
    const entry = await this.store(principal, place, scope, null, 'calendar.schedule_withdrawn', {
      withdrawnEntryId: current.id,
    });
    await this.refreshAfterCommit();
    return toView(entry);
  }

  /**
   * The entry is committed: a failed re-read must not turn the answer into an error (the client
   * would retry something that worked). The next use, or the 5-second recheck, reads it again.
   */
  private async refreshAfterCommit(): Promise<void> {
    await this.stageClock.refresh().catch((error: unknown) => {
      this.logger.warn(`holiday schedule stored; re-reading the calendar failed: ${String(error)}`);
    });
  }

  private async store(
    principal: Principal,
    place: CalendarAdminPlace,
    scope: ScheduleScope,
    schedule: YearSchedule | null,
    action: string,
    details: Record<string, unknown>,
  ): Promise<CalendarScheduleEntry> {
    const now = this.clock.now();
    return this.transactions.run(async () => {
      const entry = await this.schedules.record({
        ...scope,
        schedule,
        actorUserId: principal.userId,
        unitId: place.unitId,
        now,
      });
      await this.events.record({
        actorUserId: principal.userId,
        action,
        targetType: 'calendar_schedule',
        targetId: entry.id,
        unitId: place.unitId,
        details: { region: scope.region, year: scope.year, ...details },
        now,
      });
      return entry;
    });
  }

  /** What an entry for this scope replaces, for the record: an earlier entry, a built-in file, or nothing. */
  private async replacedBy(scope: ScheduleScope): Promise<'entry' | 'file' | null> {
    if (await this.entryInForce(scope)) return 'entry';
    const builtIn = this.stageClock.builtInSchedules;
    const hasFile =
      scope.region === null
        ? builtIn.national.some((s) => s.year === scope.year)
        : builtIn.regional.some((s) => s.region === scope.region && s.year === scope.year);
    return hasFile ? 'file' : null;
  }

  private async entryInForce(scope: ScheduleScope): Promise<CalendarScheduleEntry | undefined> {
    return (await this.schedules.current()).find(
      (e) => e.region === scope.region && e.year === scope.year && e.schedule !== null,
    );
  }

  private async placeFor(principal: Principal, scope: ScheduleScope): Promise<CalendarAdminPlace> {
    const places = await this.placesOf(principal);
    const place = scope.region === null ? nationalPlace(places) : regionPlace(places, scope.region);
    if (!place) {
      throw scope.region === null
        ? CalendarErrors.nationalNeedsRootAdmin()
        : CalendarErrors.regionNeedsRegionAdmin(scope.region);
    }
    return place;
  }

  /** The caller's admin places; 403 for a caller who is no admin anywhere. */
  private async placesOf(principal: Principal): Promise<CalendarAdminPlace[]> {
    const ids = unitIdsForAdminRoles(principal);
    if (ids.length === 0) throw CalendarErrors.notAdmin(principal.roles.map((r) => r.role));
    const units = new Map<string, Unit>((await this.units.findByIds(ids)).map((u) => [u.id, u]));
    return calendarAdminPlaces(principal, units);
  }

  /** The national scope for top-level admins; every region with data for them, a province admin's own region. */
  private scopesOf(places: readonly CalendarAdminPlace[], regionsWithData: readonly string[]) {
    const root = places.some((p) => p.root);
    const own = new Set(places.map((p) => p.region).filter((r): r is string => r !== null));
    return {
      national: root,
      regions: root ? [...regionsWithData] : regionsWithData.filter((r) => own.has(r)),
    };
  }
}

function toView(entry: CalendarScheduleEntry) {
  return {
    id: entry.id,
    region: entry.region,
    year: entry.year,
    withdrawn: entry.schedule === null,
    enteredBy: entry.actorUserId,
    enteredAt: entry.createdAt,
  };
}
