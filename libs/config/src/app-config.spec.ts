import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('works with no variables at all, on the local defaults', () => {
    const config = loadConfig({}, '');
    expect(config.database.url).toBe('mysql://reportflow:reportflow-local@127.0.0.1:13306/reportflow');
    expect(config.redis.topology).toEqual({ kind: 'single', url: 'redis://127.0.0.1:16379' });
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

  it('trusts no X-Forwarded-For by default, or that of the proxies named; names a bad entry', () => {
    expect(loadConfig({}, '').env.TRUST_PROXY).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }, '').env.TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'none' }, '').env.TRUST_PROXY).toEqual([]);
    expect(
      loadConfig({ TRUST_PROXY: ' 10.8.0.5, 10.9.0.0/24,[fd00::1],loopback' }, '').env.TRUST_PROXY,
    ).toEqual(['10.8.0.5', '10.9.0.0/24', 'fd00::1', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' }, '')).toThrow(
      /^Invalid configuration: TRUST_PROXY: expected loopback, none, or comma-separated proxy addresses or CIDRs like 10\.8\.0\.5,10\.9\.0\.0\/24 \(bad: true\)/,
    );
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.intranet,10.0.0.0/33' }, '')).toThrow(
      /bad: proxy\.intranet, 10\.0\.0\.0\/33/,
    );
  });

  it('counts failed logins per address at three times the per-account limit unless set', () => {
    expect(loadConfig({}, '').loginFailuresPerAddressPerMinute).toBe(30);
    expect(loadConfig({ LOGIN_THROTTLE_PER_MINUTE: '5' }, '').loginFailuresPerAddressPerMinute).toBe(15);
    expect(
      loadConfig({ LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: '200' }, '').loginFailuresPerAddressPerMinute,
    ).toBe(200);
  });

  it('refuses the development JWT secret in production and never prints secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, '')).toThrow(/JWT_SECRET: must be set/);
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' }, '')).toThrow(/got "<redacted>"/);
  });

  it('has no read replicas unless DATABASE_REPLICA_URLS names them, and keeps reads on the primary a while after a write', () => {
    expect(loadConfig({}, '').database).toMatchObject({ replicaUrls: [], readYourWritesMs: 5000 });
    const config = loadConfig(
      {
        DATABASE_URL: 'mysql://rf:pw@127.0.0.1:13316/reportflow',
        DATABASE_REPLICA_URLS:
          'mysql://rf:pw@127.0.0.1:13317/reportflow, mysql://rf:pw@127.0.0.1:13318/reportflow',
        DATABASE_READ_YOUR_WRITES_MS: '3000',
      },
      '',
    );
    expect(config.database.replicaUrls).toEqual([
      'mysql://rf:pw@127.0.0.1:13317/reportflow',
      'mysql://rf:pw@127.0.0.1:13318/reportflow',
    ]);
    expect(config.database.readYourWritesMs).toBe(3000);
  });

  it('names DATABASE_REPLICA_URLS and the bad entry by position, without printing any password', () => {
    let message = '';
    try {
      loadConfig(
        {
          DATABASE_REPLICA_URLS:
            'mysql://rf:secret1@127.0.0.1:13317/reportflow,redis://:secret2@127.0.0.1:6379',
        },
        '',
      );
    } catch (error) {
      message = (error as ConfigError).message;
    }
    expect(message).toMatch(
      /DATABASE_REPLICA_URLS: expected comma-separated URLs like mysql:\/\/.*\(bad: #2\)/,
    );
    expect(message).not.toMatch(/secret1|secret2/);
  });

  it('refuses a replica that names another database than the primary', () => {
    expect(() =>
      loadConfig({ DATABASE_REPLICA_URLS: 'mysql://reportflow:pw@127.0.0.1:13317/reportflow_test' }, ''),
    ).toThrow(
      /DATABASE_REPLICA_URLS: every replica must name the database of DATABASE_URL \(reportflow\); #1/,
    );
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

  it('counts login attempts in Redis in production or with several API processes, in memory otherwise', () => {
    expect(loadConfig({}, '').loginThrottleStore).toBe('memory');
    expect(loadConfig({ API_PROCESSES: '2' }, '').loginThrottleStore).toBe('redis');
    expect(loadConfig({ API_PROCESSES: 'auto' }, '').loginThrottleStore).toBe('redis');
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(production, '').loginThrottleStore).toBe('redis');
    expect(loadConfig({ ...production, LOGIN_THROTTLE_STORE: 'memory' }, '').loginThrottleStore).toBe(
      'memory',
    );
  });

  it('takes the number of API processes as 1-64 or auto, and names the setting when it is wrong', () => {
    expect(loadConfig({}, '').env.API_PROCESSES).toBe(1);
    expect(loadConfig({ API_PROCESSES: 'auto' }, '').env.API_PROCESSES).toBe('auto');
    expect(loadConfig({ API_PROCESSES: '4' }, '').env.API_PROCESSES).toBe(4);
    for (const bad of ['0', '65', 'many'])
      expect(() => loadConfig({ API_PROCESSES: bad }, '')).toThrow(/API_PROCESSES/);
  });

  describe('Redis: one server, a Sentinel set or a Cluster', () => {
    const sentinelSet = {
      REDIS_SENTINELS: '10.0.0.1:26379, 10.0.0.2:26379,[::1]:26380',
      REDIS_SENTINEL_NAME: 'reportflow',
    };

    it('reads a Sentinel set with its master name and both passwords', () => {
      const config = loadConfig(
        { ...sentinelSet, REDIS_SENTINEL_PASSWORD: 'sentinel-secret', REDIS_PASSWORD: 'redis-secret' },
        '',
      );
      expect(config.redis).toEqual({
        topology: {
          kind: 'sentinel',
          masterName: 'reportflow',
          sentinels: [
            { host: '10.0.0.1', port: 26379 },
            { host: '10.0.0.2', port: 26379 },
            { host: '::1', port: 26380 },
          ],
          sentinelPassword: 'sentinel-secret',
          password: 'redis-secret',
        },
        prefix: 'rf',
      });
    });

    it('reads a Cluster and gives it a hash-tagged prefix when QUEUE_PREFIX is unset', () => {
      const config = loadConfig(
        { REDIS_CLUSTER_NODES: '10.0.1.1:7000,10.0.1.2:7000', REDIS_PASSWORD: 'pw' },
        '',
      );
      expect(config.redis).toEqual({
        topology: {
          kind: 'cluster',
          nodes: [
            { host: '10.0.1.1', port: 7000 },
            { host: '10.0.1.2', port: 7000 },
          ],
          password: 'pw',
        },
        prefix: '{rf}',
      });
      expect(
        loadConfig({ REDIS_CLUSTER_NODES: '10.0.1.1:7000', QUEUE_PREFIX: '{rf-65}' }, '').redis.prefix,
      ).toBe('{rf-65}');
    });

    it('refuses a Cluster prefix without a hash tag and says which one to use', () => {
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: '10.0.1.1:7000', QUEUE_PREFIX: 'rf-65' }, '')).toThrow(
        /QUEUE_PREFIX: on a Redis Cluster must be a hash tag such as \{rf-65\}/,
      );
    });

    it('refuses two topologies at once, naming both', () => {
      expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', ...sentinelSet }, '')).toThrow(
        /REDIS_SENTINELS: set only one of REDIS_URL .* REDIS_URL and REDIS_SENTINELS are both set/,
      );
      expect(() => loadConfig({ ...sentinelSet, REDIS_CLUSTER_NODES: '10.0.1.1:7000' }, '')).toThrow(
        /REDIS_CLUSTER_NODES: set only one of/,
      );
    });

    it('asks for the master name with the Sentinels, and for the Sentinels with a Sentinel setting', () => {
      expect(() => loadConfig({ REDIS_SENTINELS: '10.0.0.1:26379' }, '')).toThrow(
        /REDIS_SENTINEL_NAME: must be set with REDIS_SENTINELS: the master name .*\(missing\)/,
      );
      expect(() => loadConfig({ REDIS_SENTINEL_NAME: 'reportflow' }, '')).toThrow(
        /REDIS_SENTINEL_NAME: is a Sentinel setting: set REDIS_SENTINELS/,
      );
    });

    it('sends a lone REDIS_PASSWORD into REDIS_URL, without printing it', () => {
      let message = '';
      try {
        loadConfig({ REDIS_PASSWORD: 'Hunter2-secret' }, '');
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/REDIS_PASSWORD: .*put it in REDIS_URL \(redis:\/\/:password@host:6379\)/);
      expect(message).not.toContain('Hunter2-secret');
    });

    it('names a node list that is not host:port pairs', () => {
      for (const bad of ['10.0.0.1', '10.0.0.1:0', 'redis://10.0.0.1:26379', '10.0.0.1:26379;10.0.0.2:26379'])
        expect(() => loadConfig({ REDIS_CLUSTER_NODES: bad }, '')).toThrow(
          /REDIS_CLUSTER_NODES: expected comma-separated host:port pairs/,
        );
    });
  });
});
