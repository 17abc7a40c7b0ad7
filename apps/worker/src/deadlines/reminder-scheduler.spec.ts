import { join } from 'node:path';
import { loadCalendarFromDir } from '@app/calendar';
import { ManualClock } from '@app/common';
import type { JobProducer } from '@app/queue';
import type { Deadline, ReportRepository, StageClock } from '@app/reports';
import type { OfficeOpening } from './office-opening';
import type { ReminderRepository } from './reminder.repository';
import type { ReminderTimerRepository } from './reminder-timer.repository';
import { ReminderScheduler } from './reminder-scheduler';

const plannedFrom = new Date('2026-12-01T01:00:00Z');
const deadline = (id: string, dueAt: Date): Deadline => ({
  id,
  reportId: `r-${id}`,
  kind: 'due',
  stage: null,
  dueAt,
  version: 1,
  plannedFrom,
  closedAt: null,
});

describe('ReminderScheduler.pending (the reconciler asks it for every open deadline, a page at a time)', () => {
  // Production's calendar: a year without State Council data counts Monday to Friday.
  const calendar = loadCalendarFromDir(join(__dirname, '..', '..', '..', '..', 'config', 'calendar'), {
    missingYears: 'weekdays',
  });
  const scheduler = new ReminderScheduler(
    { handled: async () => [] } as unknown as ReminderRepository,
    {} as ReminderTimerRepository,
    {} as ReportRepository,
    { calendar: async () => calendar } as unknown as StageClock,
    {} as JobProducer,
    {} as OfficeOpening,
    new ManualClock(plannedFrom),
  );

  it('leaves out a deadline it cannot plan and still plans the others on the page', async () => {
    // 9999-12-31: the reminders after it fall in year 10000, which no date can name (a penetration
    // test granted an extension to it, and the whole pass stopped there, repairing nobody's timers).
    const far = deadline('far', new Date('9999-12-31T15:59:59.999Z'));
    const near = deadline('near', new Date('2026-12-18T15:59:59.999Z'));
    const pending = await scheduler.pending([far, near], new Map());
    expect(new Set(pending.map((p) => p.deadline.id))).toEqual(new Set(['near']));
    expect(pending.length).toBeGreaterThan(0);
  });
});
