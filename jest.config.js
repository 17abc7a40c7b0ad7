// Two projects: `unit` (pure logic, no servers) and `e2e` (real MariaDB + Redis, started by scripts/test.sh).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.ts$': swc },
  // `.js` suffixes (needed by TypeScript on dynamic imports) point at the .ts sources under Jest.
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src', '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  testTimeout: 240_000,
};
module.exports = {
  // A failed Nest start-up can leave sockets open; never let that hang CI.
  forceExit: true,
  // The e2e files share one test database, its demo tree and its outbox (test/support/leftover-work.ts):
  // they run one at a time, by hand as in scripts/test.sh.
  maxWorkers: 1,
  // In one process the heap grew by every file's modules and Nest apps (3 GB by the 110th file of
  // 300) and garbage collection slowed every later file: the full suite took 80 min on CI instead of
  // 37. With a memory limit Jest runs the files in a child process, even with one worker, and starts
  // a fresh one after a file that leaves more than this behind. (No --runInBand, which would ignore it.)
  workerIdleMemoryLimit: '1GB',
  // e2e tests talk to real servers; a loaded CI machine must not turn slowness into failures.
  testTimeout: 240_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/test/queue-ha/',
        '<rootDir>/test/replica/',
        '<rootDir>/test/failover/',
      ],
      setupFiles: ['<rootDir>/test/support/env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/leftover-work.ts'],
    },
    // Redis Sentinel failover and Cluster master restart (npm run test:ha): their own Redis
    // processes, outside the default run until the intermittent post-failover stall is understood.
    {
      ...common,
      displayName: 'ha',
      testMatch: ['<rootDir>/test/queue-ha/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
    // A MariaDB primary + replica of its own (npm run test:replica): two more mariadbd processes
    // take ~15 s to initialise and start, too much for every run of the default suite.
    {
      ...common,
      displayName: 'replica',
      testMatch: ['<rootDir>/test/replica/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
    // Both failovers in one run (npm run test:failover): a MariaDB primary + replica and a Redis
    // Sentinel set of its own under load, the primary killed then the Redis master; ~6 min here.
    {
      ...common,
      displayName: 'failover',
      testMatch: ['<rootDir>/test/failover/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
  ],
};
