import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { newId } from '@app/common';

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

function toEntry(r: Record<string, unknown>): CalendarScheduleEntry {
  return {
    id: r.public_id as string,
    version: Number(r.id),
    region: r.region === NATIONAL ? null : (r.region as string),
    year: Number(r.year),
    schedule: (typeof r.schedule === 'string' ? JSON.parse(r.schedule) : r.schedule) ?? null,
    actorUserId: r.actor_user_id as string,
    unitId: r.unit_id as string,
    createdAt: r.created_at as Date,
  };
}

/**
 * Schedules entered through the console or API (table calendar_schedules, append-only). MAX(id)
 * is the calendar data version: one indexed read tells a process whether its cache is current.
 */
@Injectable()
export class CalendarScheduleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async version(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT COALESCE(MAX(id), 0) AS v FROM calendar_schedules');
    return Number(row.v);
  }

  /** The entry in force for each (region, year), withdrawn ones included (schedule null). */
  async current(): Promise<CalendarScheduleEntry[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT s.* FROM calendar_schedules s
        JOIN (SELECT MAX(id) AS id FROM calendar_schedules GROUP BY region, year) latest ON latest.id = s.id
       ORDER BY s.region, s.year`,
    );
    return rows.map(toEntry);
  }

  async record(
    entry: { region: string | null; year: number; schedule: unknown; actorUserId: string; unitId: string },
    now: Date,
    manager: EntityManager,
  ): Promise<CalendarScheduleEntry> {
    const publicId = newId();
    await manager.query(
      `INSERT INTO calendar_schedules (public_id, region, year, schedule, actor_user_id, unit_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        publicId,
        entry.region ?? NATIONAL,
        entry.year,
        entry.schedule === null ? null : JSON.stringify(entry.schedule),
        entry.actorUserId,
        entry.unitId,
        now,
      ],
    );
    const [row] = await manager.query('SELECT * FROM calendar_schedules WHERE public_id = ?', [publicId]);
    return toEntry(row);
  }
}
