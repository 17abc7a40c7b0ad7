/**
 * `npm run audit:verify`: re-computes every report's audit hash chain and names each broken one.
 * Exit code 1 when any chain is broken, so it can run from cron or CI.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions, Database } from '@app/persistence';
import { verifyChain } from '@app/reports';
import { AuditChainsRepository } from './audit-chains.repository';

async function main(): Promise<number> {
  const dataSource = await new DataSource(buildDataSourceOptions(loadConfig())).initialize();
  try {
    const chains = new AuditChainsRepository(new Database(dataSource));
    const reports = await chains.heads();
    let broken = 0;
    // One report at a time keeps memory flat however many reports there are.
    for (const report of reports) {
      const result = verifyChain(await chains.events(report.reportId), report.lastHash);
      if (!result.verified) {
        broken++;
        console.log(`${report.reportId}: broken at event ${result.brokenAt} (${result.reason})`);
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
