import { ManualClock } from '@app/common';
import type { DrainedBatch, ReminderBatch } from './reminder-batch';
import type { ReminderScheduler } from './reminder-scheduler';
import type { ReminderTimer } from './reminder-timer.repository';
import { DRAIN_BATCH, DRAIN_SENDERS, RemindersDueHandler } from './reminders-due.handler';

const NOW = new Date('2027-02-22T01:00:00.000Z');

/**
 * A table of `due` timers taken by batches as the real one is (SKIP LOCKED: no two batches take the
 * same); `fails(id)` makes a timer's batch fail, as a bad row would.
 */
function fakeBatch(due: number, options: { fails?: (id: number) => boolean; deadlocks?: number } = {}) {
  const left = Array.from({ length: due }, (_, i) => i);
  const sent: number[] = [];
  const putOff: number[] = [];
  let deadlocks = options.deadlocks ?? 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const batch = {
    drainOnce: async (limit: number): Promise<DrainedBatch> => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      if (deadlocks > 0) {
        deadlocks--;
        throw Object.assign(new Error('Deadlock found when trying to get lock'), {
          code: 'ER_LOCK_DEADLOCK',
        });
      }
      const taken = left.splice(0, limit);
      if (taken.some((id) => options.fails?.(id))) {
        left.unshift(...taken);
        throw new Error('bad row');
      }
      sent.push(...taken);
      return { claimed: taken.length, sent: taken.length, skipped: 0, deferredTo: [] };
    },
    postponeFirstDue: async (): Promise<ReminderTimer | null> => {
      const id = left.shift();
      if (id === undefined) return null;
      putOff.push(id);
      return { deadlineId: `d${id}`, deadlineVersion: 1, occurrence: 'on-day', runAt: NOW };
    },
  };
  return { batch: batch as unknown as ReminderBatch, sent, putOff, left, mostInFlight: () => mostInFlight };
}

const handlerWith = (batch: ReminderBatch) => {
  const instants: Date[][] = [];
  const scheduler = {
    ensureInstants: async (at: Date[]) => {
      instants.push(at);
      return { added: at.length, promoted: 0 };
    },
  } as unknown as ReminderScheduler;
  return { handler: new RemindersDueHandler(batch, scheduler, new ManualClock(NOW)), instants };
};

describe('RemindersDueHandler', () => {
  it('sends a handful in one batch, without a second look', async () => {
    const fake = fakeBatch(3);
    const { handler } = handlerWith(fake.batch);
    expect(await handler.handle({ runAt: NOW.getTime() })).toEqual({
      status: 'done',
      detail: '3 sent, 0 skipped, 0 put off',
    });
    expect(fake.mostInFlight()).toBe(1);
  });

  it('drains a backlog with several senders, each timer once; run twice, sends nothing more', async () => {
    const due = DRAIN_BATCH * 9 + 17;
    const fake = fakeBatch(due);
    const { handler } = handlerWith(fake.batch);
    await handler.handle({ runAt: NOW.getTime() });
    expect(fake.sent.length).toBe(due);
    expect(new Set(fake.sent).size).toBe(due);
    expect(fake.mostInFlight()).toBe(DRAIN_SENDERS);
    expect(await handler.handle({ runAt: NOW.getTime() })).toEqual({
      status: 'done',
      detail: '0 sent, 0 skipped, 0 put off',
    });
  });

  it('puts back a run for an instant still ahead (promoted by hand), sending nothing', async () => {
    const fake = fakeBatch(5);
    const { handler } = handlerWith(fake.batch);
    expect(await handler.handle({ runAt: NOW.getTime() + 60_000 })).toMatchObject({
      status: 'deferred',
      delayMs: 60_000,
    });
    expect(fake.sent).toEqual([]);
  });

  it('runs a deadlocked batch again, putting off nothing', async () => {
    const fake = fakeBatch(40, { deadlocks: 3 });
    const { handler } = handlerWith(fake.batch);
    await handler.handle({ runAt: NOW.getTime() });
    expect(fake.sent.length).toBe(40);
    expect(fake.putOff).toEqual([]);
  });

  it('finds the timer that always fails, puts it off to its own run, and sends the others', async () => {
    const fake = fakeBatch(30, { fails: (id) => id === 0 });
    const { handler, instants } = handlerWith(fake.batch);
    await handler.handle({ runAt: NOW.getTime() });
    expect(fake.putOff).toEqual([0]);
    expect(fake.sent.sort((a, b) => a - b)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(instants).toEqual([[NOW]]);
  });
});
