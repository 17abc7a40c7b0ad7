import type { Pool } from 'mysql2/promise';

export interface Ledger {
  /** Audit events written for the benchmark's reports. */
  events: number;
  /** Reports whose event count, chain head and version do not agree (an event lost or doubled). */
  inconsistent: number;
}

/**
 * Each accepted transition bumps the report's version once and appends exactly one event: for every
 * report, events = version - 2 (the seeded version) = last_event_seq = the highest seq. Requests still
 * in flight when a load run stopped may have committed without the client seeing the answer, so
 * the answers counted are a lower bound and this ledger is the exact check.
 */
export async function ledger(db: Pool, reportIds: string[]): Promise<Ledger> {
  let events = 0;
  let inconsistent = 0;
  for (let i = 0; i < reportIds.length; i += 2000) {
    const [rows] = (await db.query(
      `SELECT r.version, r.last_event_seq AS head, COUNT(a.id) AS events, COALESCE(MAX(a.seq), 0) AS top
         FROM reports r LEFT JOIN audit_events a ON a.report_id = r.id WHERE r.id IN (?) GROUP BY r.id`,
      [reportIds.slice(i, i + 2000)],
    )) as unknown as [Array<{ version: number; head: number; events: number; top: number }>];
    for (const r of rows) {
      const n = Number(r.events);
      events += n;
      if (n !== Number(r.version) - 2 || n !== Number(r.head) || n !== Number(r.top)) inconsistent++;
    }
  }
  return { events, inconsistent };
}
