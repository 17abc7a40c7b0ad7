import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('works with no variables at all, on the local defaults', () => {
    const config = loadConfig({}, '');
    expect(config.database.url).toBe('mysql://reportflow:reportflow-local@127.0.0.1:13306/reportflow');
    expect(config.redis.url).toBe('redis://127.0.0.1:16379');
    expect(config.corsOrigins).toEqual([]);
  });

  it('names DATABASE_URL in one line when it is nonsense', () => {
    expect(() => loadConfig({ DATABASE_URL: 'nonsense' }, '')).toThrow(
      /^Invalid configuration: DATABASE_URL: expected a URL like mysql:\/\/.*\(got "nonsense"\)$/,
    );
  });

  it('lists every bad variable, not only the first', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: 'abc', REDIS_URL: 'http://x', LOG_LEVEL: 'loud' }, '');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(names.sort()).toEqual(['API_PORT', 'LOG_LEVEL', 'REDIS_URL']);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('refuses the development JWT secret in production and never prints secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, '')).toThrow(/JWT_SECRET: must be set/);
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' }, '')).toThrow(/got "<redacted>"/);
  });

  it('parses CORS origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.gov.cn, https://b.gov.cn' }, '').corsOrigins).toEqual([
      'https://a.gov.cn',
      'https://b.gov.cn',
    ]);
  });

  it('takes a queue prefix as a plain name or as a Redis Cluster hash tag, nothing else', () => {
    expect(loadConfig({ QUEUE_PREFIX: 'rf-65' }, '').redis.prefix).toBe('rf-65');
    expect(loadConfig({ QUEUE_PREFIX: '{rf-65}' }, '').redis.prefix).toBe('{rf-65}');
    for (const bad of ['rf:65', '{rf-65', 'rf 65', '{}'])
      expect(() => loadConfig({ QUEUE_PREFIX: bad }, '')).toThrow(/QUEUE_PREFIX: expected 1-32 letters/);
  });

  it('takes the number of API processes as 1-64 or auto, and names the setting when it is wrong', () => {
    expect(loadConfig({}, '').env.API_PROCESSES).toBe(1);
    expect(loadConfig({ API_PROCESSES: 'auto' }, '').env.API_PROCESSES).toBe('auto');
    expect(loadConfig({ API_PROCESSES: '4' }, '').env.API_PROCESSES).toBe(4);
    for (const bad of ['0', '65', 'many'])
      expect(() => loadConfig({ API_PROCESSES: bad }, '')).toThrow(/API_PROCESSES/);
  });
});
