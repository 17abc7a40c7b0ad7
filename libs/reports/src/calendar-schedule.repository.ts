import { Injectable } from '@nestjs/common';
import type { InferResult } from 'kysely';
import { newId } from '@app/common';
import { Database, fromJson, type SqlBuilder } from '@app/persistence';

/** The State Council schedule is stored under the empty region. */
export const NATIONAL = '';

/** One administrator's entry (or withdrawal) of a year's schedule; the newest per (region, year) counts. */
export interface CalendarScheduleEntry {
  id: string;
  version: number;
  /** null for the State Council schedule. */
  region: string | null;
  year: number;
  /** The validated schedule as entered (cn-YYYY.json format); null when the entry was withdrawn. */
  schedule: unknown;
  actorUserId: string;
  unitId: string;
  createdAt: Date;
}

export interface NewCalendarScheduleEntry {
  region: string | null;
  year: number;
  /** null withdraws the entry in force. */
  schedule: unknown;
  actorUserId: string;
  unitId: string;
  now: Date;
}

const selectEntries = (db: SqlBuilder) => db.selectFrom('calendar_schedules as s').selectAll('s');
type EntryRow = InferResult<ReturnType<typeof selectEntries>>[number];

function toEntry(r: EntryRow): CalendarScheduleEntry {
  return {
    id: r.public_id,
    version: Number(r.id),
    region: r.region === NATIONAL ? null : r.region,
    year: Number(r.year),
    schedule: r.schedule === null ? null : (fromJson<unknown>(r.schedule) ?? null),
    actorUserId: r.actor_user_id,
    unitId: r.unit_id,
    createdAt: r.created_at,
  };
}

/**
 * Schedules entered through the console or API (table calendar_schedules, append-only). MAX(id)
 * is the calendar data version: one indexed read tells a process whether its cache is current.
 */
@Injectable()
export class CalendarScheduleRepository {
  constructor(private readonly db: Database) {}

  async version(): Promise<number> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('calendar_schedules')
        .select((eb) => eb.fn.coalesce(eb.fn.max('id'), eb.lit(0)).as('v')),
    );
    return Number(row?.v ?? 0);
  }

  /** The entry in force for each (region, year), withdrawn ones included (schedule null). */
  async current(): Promise<CalendarScheduleEntry[]> {
    const rows = await this.db.rows(
      selectEntries(this.db.sql)
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('calendar_schedules')
              .select((inner) => inner.fn.max('id').as('id'))
              .groupBy(['region', 'year'])
              .as('latest'),
          (join) => join.onRef('latest.id', '=', 's.id'),
        )
        .orderBy('s.region')
        .orderBy('s.year'),
    );
    return rows.map(toEntry);
  }

  async record(entry: NewCalendarScheduleEntry): Promise<CalendarScheduleEntry> {
    const publicId = newId();
    await this.db.write(
      this.db.sql.insertInto('calendar_schedules').values({
        public_id: publicId,
        region: entry.region ?? NATIONAL,
        year: entry.year,
        schedule: entry.schedule === null ? null : JSON.stringify(entry.schedule),
        actor_user_id: entry.actorUserId,
        unit_id: entry.unitId,
        created_at: entry.now,
      }),
    );
    const row = await this.db.row(selectEntries(this.db.sql).where('s.public_id', '=', publicId));
    return toEntry(row!);
  }
}
