import { resolve } from 'node:path';
import { loadCalendarFromDir } from '@app/calendar';
import { DEFAULT_REMINDER_POLICY } from './policy';
import { pendingOccurrences, planOccurrences, timerInstant } from './plan';

const calendar = loadCalendarFromDir(resolve(__dirname, '../../../config/calendar'));
const iso = (o: { name: string; runAt: Date }) => `${o.name} ${o.runAt.toISOString()}`;

describe('planOccurrences', () => {
  it('plans 3 and 1 working days before, the day, overdue days and escalations at 09:00 China time', () => {
    // Due Friday 2025-02-28 (end of day): before-3 = Tue 25, before-1 = Thu 27, on-day = Fri 28.
    const plan = planOccurrences(
      { kind: 'due', dueAt: new Date('2025-02-28T15:59:59.999Z') },
      DEFAULT_REMINDER_POLICY,
      calendar,
    );
    expect(plan.map(iso)).toEqual([
      'before-3 2025-02-25T01:00:00.000Z',
      'before-1 2025-02-27T01:00:00.000Z',
      'on-day 2025-02-28T01:00:00.000Z',
      'escalate-leader 2025-03-03T01:00:00.000Z',
      'overdue-1 2025-03-03T01:00:00.000Z',
      'overdue-2 2025-03-04T01:00:00.000Z',
      'escalate-coordinator 2025-03-05T01:00:00.000Z',
      'overdue-3 2025-03-05T01:00:00.000Z',
      'overdue-4 2025-03-06T01:00:00.000Z',
      'overdue-5 2025-03-07T01:00:00.000Z',
    ]);
  });

  it('skips holidays and uses swapped working days (National Day 2024)', () => {
    // Due Tuesday 8 Oct 2024; 1 working day before is Sunday 29 Sep? No: 30 Sep (Mon) is the last
    // working day before the holiday, and 29 Sep (Sun) a swapped working day.
    const plan = planOccurrences(
      { kind: 'stage', dueAt: new Date('2024-10-08T15:59:59.999Z') },
      DEFAULT_REMINDER_POLICY,
      calendar,
    );
    expect(plan.filter((o) => o.name.startsWith('before')).map(iso)).toEqual([
      'before-3 2024-09-27T01:00:00.000Z',
      'before-1 2024-09-30T01:00:00.000Z',
    ]);
  });

  it('drops occurrences planned before the deadline got its date, and those already handled', () => {
    const plan = planOccurrences(
      { kind: 'due', dueAt: new Date('2025-02-28T15:59:59.999Z') },
      DEFAULT_REMINDER_POLICY,
      calendar,
    );
    const pending = pendingOccurrences(plan, new Date('2025-02-26T00:00:00Z'), new Set(['on-day']));
    expect(pending.map((o) => o.name)).toEqual([
      'before-1',
      'escalate-leader',
      'overdue-1',
      'overdue-2',
      'escalate-coordinator',
      'overdue-3',
      'overdue-4',
      'overdue-5',
    ]);
  });

  it('gives every timer of one tenth of a second the same instant, never before its own time', () => {
    const nine = Date.parse('2027-02-22T01:00:00.000Z');
    expect(timerInstant(new Date(nine))).toBe(nine);
    expect(timerInstant(nine + 1)).toBe(nine + 100);
    expect(timerInstant(nine + 99)).toBe(nine + 100);
    expect(timerInstant(nine + 100)).toBe(nine + 100);
    for (const ms of [nine + 1, nine + 37, nine + 250]) expect(timerInstant(ms)).toBeGreaterThanOrEqual(ms);
  });
});
