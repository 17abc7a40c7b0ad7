import { api } from './client';

/** A year (current or next) without a holiday schedule; `warn`: the console shows the banner now. */
export interface MissingSchedule {
  /** null: the State Council schedule; else a division code prefix such as "65". */
  region: string | null;
  year: number;
  warnFrom: string;
  warn: boolean;
}

export interface ScheduleYearStatus {
  year: number;
  origin: 'entered' | 'file';
  entryId?: string;
  enteredBy?: string;
  enteredAt?: string;
  overridesFile?: boolean;
}

export interface CalendarOverview {
  today: string;
  places: Array<{ unitId: string; unitName: string; root: boolean; region: string | null }>;
  national: ScheduleYearStatus[] | null;
  regions: Array<{ region: string; years: ScheduleYearStatus[] }>;
  missing: MissingSchedule[];
}

const scopePath = (region: string | null, year: number) =>
  region === null
    ? `/admin/calendar/national/${year}`
    : `/admin/calendar/regions/${encodeURIComponent(region)}/${year}`;

/** Sent on window after an entry or withdrawal, so the missing-schedule banner reads the list again. */
export const CALENDAR_CHANGED = 'reportflow:calendar-changed';

/** Holiday schedules (节假日安排) entered without a redeploy: see config/calendar/README.md. */
export const getMissingSchedules = () =>
  api<{ today: string; missing: MissingSchedule[] }>('/admin/calendar/missing');
export const getCalendarOverview = () => api<CalendarOverview>('/admin/calendar');
export const enterSchedule = (region: string | null, year: number, schedule: unknown) =>
  api<{ id: string; replaced: 'entry' | 'file' | null }>(scopePath(region, year), {
    method: 'PUT',
    body: schedule,
  });
export const withdrawSchedule = (region: string | null, year: number) =>
  api<{ id: string }>(scopePath(region, year), { method: 'DELETE' });
