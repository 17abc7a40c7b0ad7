import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { RedisTopology } from '@app/config';
import { createRedisClient } from '@app/queue';
import mysql from 'mysql2/promise';
import { ROOT } from './env';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  /** 1-minute load average when the run started: above the core count, others were busy too. */
  loadAtStart: number;
  node: string;
  mariadb: string;
  redis: string;
  commit: string;
}

export async function describeMachine(databaseUrl: string, redisTarget: RedisTopology): Promise<Machine> {
  const connection = await mysql.createConnection(databaseUrl);
  const [[{ v }]] = (await connection.query('SELECT VERSION() AS v')) as unknown as [[{ v: string }]];
  await connection.end();
  const redis = createRedisClient(redisTarget, 'fail-fast');
  const info = await redis.info('server');
  redis.disconnect();
  let commit = 'unknown';
  try {
    const git = (args: string) =>
      execSync(`git ${args}`, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    commit = git('rev-parse --short HEAD');
    if (git('status --porcelain')) commit += ' (modified)';
  } catch {
    // Not a git checkout: leave "unknown".
  }
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAtStart: Math.round(loadavg()[0] * 10) / 10,
    node: process.version,
    mariadb: v,
    redis: /^redis_version:(\S+)/m.exec(info)?.[1] ?? 'unknown',
    commit,
  };
}

export function machineLine(m: Machine): string {
  return (
    `${m.date}; ${m.cores} × ${m.cpu}, ${m.memoryGb} GB; load ${m.loadAtStart} at start; ` +
    `Node ${m.node}, MariaDB ${m.mariadb}, Redis ${m.redis}; commit ${m.commit}`
  );
}
