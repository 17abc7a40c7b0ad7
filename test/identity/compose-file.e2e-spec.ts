import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Issue #15.11 (deployment defaults): docker-compose.yml takes every secret from the environment
 * (no default password), publishes the API on 127.0.0.1 unless told otherwise, and restarts the
 * services. Checked with `docker-compose config` (no container is started); like scripts/test.sh,
 * skipped where docker-compose is not installed.
 */
const ROOT = resolve(__dirname, '../..');
const available = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
const SECRETS = {
  JWT_SECRET: 'compose-check-0123456789abcdef0123456789',
  MYSQL_PASSWORD: 'mysql0pass',
  MYSQL_ROOT_PASSWORD: 'root0pass',
  REDIS_PASSWORD: 'redis0pass',
};

function config(env: Record<string, string>): { status: number | null; out: string } {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !(k in SECRETS) && !k.startsWith('API_PUBLISH') && !k.startsWith('COMPOSE'),
    ),
  ) as Record<string, string>;
  const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

(available ? describe : describe.skip)('docker-compose.yml', () => {
  it.each(Object.keys(SECRETS))('refuses to run without %s, saying how to set it', (name) => {
    const env: Record<string, string> = { ...SECRETS };
    delete env[name];
    const { status, out } = config(env);
    expect(status).not.toBe(0);
    expect(out).toMatch(new RegExp(`set ${name} to a random`));
  });

  it('puts the given passwords where they belong and no default one anywhere', () => {
    const { status, out } = config(SECRETS);
    expect(status).toBe(0);
    expect(out).toContain('mysql://reportflow:mysql0pass@mysql:3306/reportflow');
    expect(out).toContain('redis://:redis0pass@redis:6379');
    expect(out).toMatch(/--requirepass\s*\n\s*- redis0pass/);
    expect(out).not.toMatch(/reportflow-compose|reportflow-root/);
  });

  it('publishes the API on 127.0.0.1 by default, elsewhere only when API_PUBLISH_ADDRESS says so', () => {
    expect(config(SECRETS).out).toMatch(/- 127\.0\.0\.1:3000:3000/);
    expect(config(SECRETS).out).not.toMatch(/- (0\.0\.0\.0:)?3000:3000/);
    const open = config({ ...SECRETS, API_PUBLISH_ADDRESS: '0.0.0.0', API_PUBLISH_PORT: '8080' }).out;
    expect(open).toMatch(/- 0\.0\.0\.0:8080:3000/);
  });

  it('restarts MySQL, Redis, the API and the worker; runs the migration once', () => {
    const { out } = config(SECRETS);
    const blocks = out.split(/\n {2}(?=[a-z-]+:\n)/);
    const restartOf = (service: string) =>
      /restart: (\S+)/.exec(blocks.find((b) => b.startsWith(`${service}:`)) ?? '')?.[1];
    for (const service of ['mysql', 'redis', 'api', 'worker'])
      expect(restartOf(service)).toBe('unless-stopped');
    expect(restartOf('migrate')).toBe('"no"');
  });
});
