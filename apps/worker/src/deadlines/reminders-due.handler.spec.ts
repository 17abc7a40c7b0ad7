import { ManualClock } from '@app/common';
import { BatchFailed, type DrainedBatch, type ReminderBatch } from './reminder-batch';
import type { ReminderScheduler } from './reminder-scheduler';
import type { ReminderTimer } from './reminder-timer.repository';
import {
  DRAIN_BATCH,
  DRAIN_SENDERS,
  FAILED_TIMER_DELAY_MS,
  RemindersDueHandler,
} from './reminders-due.handler';

const NOW = new Date('2027-02-22T01:00:00.000Z');
const timer = (id: number): ReminderTimer => ({
  deadlineId: `d${id}`,
  deadlineVersion: 1,
  occurrence: 'on-day',
  runAt: NOW,
});

/**
 * A table of `due` timers as the real one behaves for the handler: a batch takes up to `limit` of
 * those no other batch holds (SKIP LOCKED), and a failed batch is rolled back, leaving its timers
 * and saying which they were (BatchFailed).
 */
function fakeTable(due: number, options: { failing?: number; deadlocks?: number } = {}) {
  const left = new Set(Array.from({ length: due }, (_, i) => i));
  const held = new Set<number>();
  const sent: number[] = [];
  const putOff: Array<{ id: number; runAt: Date }> = [];
  let deadlocks = options.deadlocks ?? 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const batch = {
    drainOnce: async (limit: number): Promise<DrainedBatch> => {
      const taken = [...left].filter((id) => !held.has(id)).slice(0, limit);
      taken.forEach((id) => held.add(id));
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      taken.forEach((id) => held.delete(id));
      if (deadlocks > 0 && taken.length > 0) {
        deadlocks--;
        const deadlock = Object.assign(new Error('Deadlock found'), { code: 'ER_LOCK_DEADLOCK' });
        throw new BatchFailed(taken.map(timer), deadlock);
      }
      if (taken.includes(options.failing ?? -1))
        throw new BatchFailed(taken.map(timer), new Error('bad row'));
      taken.forEach((id) => left.delete(id));
      sent.push(...taken);
      return { claimed: taken.length, sent: taken.length, skipped: 0, deferredTo: [] };
    },
    postpone: async (t: ReminderTimer, runAt: Date) => {
      const id = Number(t.deadlineId.slice(1));
      left.delete(id);
      putOff.push({ id, runAt });
    },
    anyDue: async () => left.size > 0,
  };
  return { batch: batch as unknown as ReminderBatch, sent, putOff, left, mostInFlight: () => mostInFlight };
}

function handlerWith(batch: ReminderBatch, opening: Date = NOW) {
  const calls = { instants: [] as Date[][], runAgain: 0 };
  const scheduler = {
    officeNow: async (now: Date) => (opening.getTime() > now.getTime() ? opening : now),
    ensureInstants: async (at: Date[]) => {
      calls.instants.push(at);
      return { added: at.length, promoted: 0 };
    },
    runAgainSoon: async () => {
      calls.runAgain++;
    },
  } as unknown as ReminderScheduler;
  return { handler: new RemindersDueHandler(batch, scheduler, new ManualClock(NOW)), calls };
}

describe('RemindersDueHandler', () => {
  it('sends a handful in one batch, and no second run', async () => {
    const table = fakeTable(3);
    const { handler, calls } = handlerWith(table.batch);
    expect(await handler.handle({ runAt: NOW.getTime() })).toEqual({
      status: 'done',
      detail: '3 sent, 0 skipped, 0 put off',
    });
    expect(table.mostInFlight()).toBe(1);
    expect(calls.runAgain).toBe(0);
  });

  it('drains a backlog with several senders, each timer once; run twice, sends nothing more', async () => {
    const due = DRAIN_BATCH * 9 + 17;
    const table = fakeTable(due);
    const { handler } = handlerWith(table.batch);
    await handler.handle({ runAt: NOW.getTime() });
    expect(table.sent.length).toBe(due);
    expect(new Set(table.sent).size).toBe(due);
    expect(table.mostInFlight()).toBe(DRAIN_SENDERS);
    expect(await handler.handle({ runAt: NOW.getTime() })).toEqual({
      status: 'done',
      detail: '0 sent, 0 skipped, 0 put off',
    });
  });

  it('puts back a run for an instant still ahead (promoted by hand), sending nothing', async () => {
    const table = fakeTable(5);
    const { handler } = handlerWith(table.batch);
    expect(await handler.handle({ runAt: NOW.getTime() + 60_000 })).toMatchObject({
      status: 'deferred',
      delayMs: 60_000,
    });
    expect(table.sent).toEqual([]);
  });

  it('outside office hours sends nothing and waits for the next opening', async () => {
    const table = fakeTable(5);
    const opening = new Date(NOW.getTime() + 13 * 3600_000);
    const { handler } = handlerWith(table.batch, opening);
    expect(await handler.handle({ runAt: NOW.getTime() - 3600_000 })).toMatchObject({
      status: 'deferred',
      delayMs: 13 * 3600_000,
    });
    expect(table.sent).toEqual([]);
  });

  it('runs a deadlocked batch again, putting off nothing', async () => {
    const table = fakeTable(600, { deadlocks: 3 });
    const { handler } = handlerWith(table.batch);
    await handler.handle({ runAt: NOW.getTime() });
    expect(table.sent.length).toBe(600);
    expect(table.putOff).toEqual([]);
  });

  it('finds the timer that always fails among many, puts off that one, and sends every other', async () => {
    const table = fakeTable(600, { failing: 437 });
    const { handler, calls } = handlerWith(table.batch);
    const outcome = await handler.handle({ runAt: NOW.getTime() });
    expect(table.putOff.map((p) => p.id)).toEqual([437]);
    expect(table.putOff[0].runAt).toEqual(new Date(NOW.getTime() + FAILED_TIMER_DELAY_MS));
    expect(table.sent.length).toBe(599);
    expect(table.sent).not.toContain(437);
    expect(calls.instants).toEqual([[table.putOff[0].runAt]]);
    expect(outcome).toEqual({ status: 'done', detail: '599 sent, 0 skipped, 1 put off' });
  });

  it('runs again soon when timers are left due (held by another transaction as it looked)', async () => {
    const table = fakeTable(2);
    const { handler, calls } = handlerWith(table.batch);
    const drainOnce = table.batch.drainOnce.bind(table.batch);
    // The first look finds nothing it may take: both are held elsewhere for a moment.
    let first = true;
    (table.batch as { drainOnce: typeof drainOnce }).drainOnce = async (limit) => {
      if (!first) return drainOnce(limit);
      first = false;
      return { claimed: 0, sent: 0, skipped: 0, deferredTo: [] };
    };
    await handler.handle({ runAt: NOW.getTime() });
    expect(calls.runAgain).toBe(1);
  });
});
