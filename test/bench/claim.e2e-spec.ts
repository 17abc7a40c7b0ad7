import { claimBenchTarget } from '../../bench/lib/database';
import { smokeTarget } from './smoke';

describe('bench: claiming the database and the Redis prefix', () => {
  it('stops a second run on the same database or prefix, naming the setting to change, until the first ends', async () => {
    const target = await smokeTarget('claim');
    const other = new URL(target.databaseUrl);
    other.pathname = `${other.pathname}_other`;
    const first = await claimBenchTarget(target.databaseUrl, target.prefix);
    try {
      await expect(claimBenchTarget(target.databaseUrl, `${target.prefix}_other`)).rejects.toThrow(
        /another benchmark is running on the database .*BENCH_DATABASE_URL/,
      );
      await expect(claimBenchTarget(other.toString(), target.prefix)).rejects.toThrow(
        /another benchmark is running on the Redis prefix .*BENCH_QUEUE_PREFIX/,
      );
    } finally {
      await first.release();
    }
    // The first run ended: the same target can be claimed again.
    const again = await claimBenchTarget(target.databaseUrl, target.prefix);
    await again.release();
  });
});
