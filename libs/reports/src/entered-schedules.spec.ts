import type { CalendarScheduleEntry } from './calendar-schedule.repository';
import { enteredSchedules } from './entered-schedules';

const entry = (region: string | null, year: number, schedule: unknown): CalendarScheduleEntry => ({
  id: `${region ?? 'cn'}-${year}`,
  version: year,
  region,
  year,
  schedule,
  actorUserId: 'u',
  unitId: 'x',
  createdAt: new Date(0),
});
const file = (year: number) => ({ year, source: { title: 't' }, holidays: [], workdays: [] });

describe('enteredSchedules', () => {
  it('keeps valid entries, drops withdrawn ones, and reports (not throws) an entry that no longer validates', () => {
    const { schedules, rejected } = enteredSchedules([
      entry(null, 2030, file(2030)),
      entry(null, 2031, null),
      entry(null, 2032, { ...file(2032), extra: true }),
      entry('65', 2030, { ...file(2030), region: '65', regionName: '新疆' }),
    ]);
    expect(schedules.national.map((s) => s.year)).toEqual([2030]);
    expect(schedules.regional.map((s) => [s.region, s.year])).toEqual([['65', 2030]]);
    expect(rejected).toEqual(['cn-2032: cn-2032.json: file has unknown key(s) extra']);
  });
});
