import { loadConfig } from '@app/config';
import { startApi } from '../support/apps';
import { scratchDatabase } from '../support/scratch-db';

/**
 * Issue #15.8d: /metrics (how busy and how broken the system is) and /docs (the API's map) are
 * served in development and test, but not on the public listener of a production API unless
 * METRICS_ENABLED / DOCS_ENABLED turn them on.
 */
describe('/metrics and /docs exposure', () => {
  let production: Record<string, string>;

  beforeAll(async () => {
    // Production refuses to start while demo accounts exist (#15.11), so not on the shared test database.
    const { url, dataSource } = await scratchDatabase('ops_exposure');
    await dataSource.destroy();
    production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: url };
  });

  async function answers(env: Record<string, string>) {
    const api = await startApi({ env });
    try {
      const metrics = await api.http().get('/metrics');
      const docs = await api.http().get('/docs/openapi.json');
      const page = await api.http().get('/docs');
      return { metrics, docs, page };
    } finally {
      await api.app.close();
    }
  }

  it('are off in production by default, answering like any unknown route', async () => {
    const { metrics, docs, page } = await answers(production);
    expect([metrics.status, docs.status, page.status]).toEqual([404, 404, 404]);
    expect(metrics.text).not.toMatch(/reportflow_/);
    expect(metrics.body).toMatchObject({
      statusCode: 404,
      error: 'NOT_FOUND',
      requestId: expect.any(String),
    });
    expect(JSON.stringify(docs.body)).not.toContain('ReportFlow API');
  });

  it('are served in production when METRICS_ENABLED and DOCS_ENABLED say so', async () => {
    const { metrics, docs } = await answers({ ...production, METRICS_ENABLED: 'true', DOCS_ENABLED: 'true' });
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(metrics.text).toMatch(/reportflow_dead_letters \d+/);
    expect(docs.status).toBe(200);
    expect(docs.body.info.title).toBe('ReportFlow API');
  });

  it('are on in development and test unless turned off', async () => {
    const on = await answers({ NODE_ENV: 'development' });
    expect([on.metrics.status, on.docs.status]).toEqual([200, 200]);
    const off = await answers({ NODE_ENV: 'development', METRICS_ENABLED: 'false', DOCS_ENABLED: 'false' });
    expect([off.metrics.status, off.docs.status]).toEqual([404, 404]);
  });

  it('refuses a setting that is not a boolean, naming it', async () => {
    expect(() => loadConfig({ METRICS_ENABLED: 'yes please' }, '')).toThrow(/METRICS_ENABLED/);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: 'robot.intranet.gov.cn, not a host!' }, '')).toThrow(
      /WEBHOOK_ALLOWED_HOSTS: expected comma-separated hostnames or CIDRs .*bad: not a host!/,
    );
    expect(() => loadConfig({ QUEUE_BOARD_READ_ONLY: 'sometimes' }, '')).toThrow(/QUEUE_BOARD_READ_ONLY/);
  });
});
