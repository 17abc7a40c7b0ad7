/**
 * `npm run audit:verify`: re-computes every report's audit hash chain and names each broken one.
 * Exit code 1 when any chain is broken, so it can run from cron or CI.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';
import { toAuditEvent, verifyChain, type AuditEventRow } from '@app/reports';

async function main(): Promise<number> {
  const dataSource = await new DataSource(buildDataSourceOptions(loadConfig())).initialize();
  try {
    const reports: Array<{ id: string; last_hash: string }> = await dataSource.query(
      'SELECT id, last_hash FROM reports ORDER BY id',
    );
    let broken = 0;
    // One report at a time keeps memory flat however many reports there are.
    for (const report of reports) {
      const rows: AuditEventRow[] = await dataSource.query(
        'SELECT * FROM audit_events WHERE report_id = ? ORDER BY seq',
        [report.id],
      );
      const result = verifyChain(rows.map(toAuditEvent), report.last_hash);
      if (!result.verified) {
        broken++;
        console.log(`${report.id}: broken at event ${result.brokenAt} (${result.reason})`);
      }
    }
    console.log(`audit:verify: ${reports.length} chains checked, ${broken} broken`);
    return broken > 0 ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
