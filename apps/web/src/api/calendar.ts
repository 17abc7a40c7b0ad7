import { call } from './contract';
import type { CalendarOverview, MissingSchedule, ScheduleYearStatus } from './openapi.gen';

export type { CalendarOverview, MissingSchedule, ScheduleYearStatus };

/** Holiday schedules (节假日安排) entered without a redeploy: see config/calendar/README.md. */
export const getMissingSchedules = () => call('get', '/admin/calendar/missing');
export const getCalendarOverview = () => call('get', '/admin/calendar');
/** The schedule is checked by the API exactly as a file of config/calendar (its shape is not typed here). */
export const enterSchedule = (region: string | null, year: number, schedule: Record<string, unknown>) =>
  region === null
    ? call('put', '/admin/calendar/national/{year}', { params: { year }, body: schedule })
    : call('put', '/admin/calendar/regions/{region}/{year}', { params: { region, year }, body: schedule });
export const withdrawSchedule = (region: string | null, year: number) =>
  region === null
    ? call('delete', '/admin/calendar/national/{year}', { params: { year } })
    : call('delete', '/admin/calendar/regions/{region}/{year}', { params: { region, year } });
