import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';
import { loadDemo } from '../support/demo';
import { createUnit, createUser, unitById } from '../support/factories';
import { spawnApp, stop } from '../support/processes';
import { countReminders, seedDueReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';

const ROOT = resolve(__dirname, '../..');
const run = (args: string[], env: Record<string, string>) =>
  spawnSync('bash', ['scripts/backup.sh', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('backup and restore', () => {
  it('dumps MySQL, restores it into an empty database, and the reconciler restores every pending reminder', async () => {
    const source = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env }, '')),
    ).initialize();
    const demo = await loadDemo(source);
    const unit = await createUnit(source, await unitById(source, demo.unitIds.xj), {
      kind: 'department',
      level: 'province',
    });
    await createUser(source, unit.id, ['drafter']);
    await seedDueReminders(source, unit.id, demo.userIds['xj-admin'], 50);
    const reports = Number((await source.query('SELECT COUNT(*) AS n FROM reports'))[0].n);
    await source.destroy();

    const file = join(mkdtempSync(join(tmpdir(), 'rf-backup-')), 'dump.sql.gz');
    const dump = run(['dump', file], {});
    expect(dump.stderr).toBe('');
    expect(dump.stdout).toMatch(/dumped to/);

    const target = new URL(process.env.DATABASE_URL!);
    target.pathname = `/${target.pathname.slice(1)}_restored`;
    const admin = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env }, '')),
    ).initialize();
    await admin.query(`DROP DATABASE IF EXISTS \`${target.pathname.slice(1)}\``);
    await admin.query(
      `CREATE DATABASE \`${target.pathname.slice(1)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await admin.destroy();
    const restore = run(['restore', file], { DATABASE_URL: target.toString() });
    expect(restore.status).toBe(0);
    // A second restore into the now non-empty database is refused.
    const again = run(['restore', file], { DATABASE_URL: target.toString() });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/not empty/);

    const restored = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env, DATABASE_URL: target.toString() }, '')),
    ).initialize();
    try {
      expect(Number((await restored.query('SELECT COUNT(*) AS n FROM reports'))[0].n)).toBe(reports);
      // A brand-new Redis prefix: nothing scheduled there. The worker's reconciler must bring the reminders back.
      const worker = spawnApp('worker', {
        DATABASE_URL: target.toString(),
        QUEUE_PREFIX: `rfrestore${Date.now()}`,
        LATE_REMINDERS: 'immediately',
      });
      try {
        await waitFor(
          'every pending reminder to be delivered from the restored data',
          async () => (await countReminders(restored, unit.id)).log === 50,
          {
            timeoutMs: 60_000,
            intervalMs: 300,
          },
        );
        expect(await countReminders(restored, unit.id)).toEqual({
          notifications: 50,
          distinctDeadlines: 50,
          log: 50,
        });
      } finally {
        await stop(worker);
      }
    } finally {
      await restored.destroy();
    }
  });
});
