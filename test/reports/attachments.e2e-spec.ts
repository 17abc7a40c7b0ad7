import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { reportClient, submitDraft } from './report-helpers';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]);

describe('attachments', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let unitId: string;
  let auth: string;
  let foreignAuth: string;

  beforeAll(async () => {
    api = await startApi({
      env: { ATTACHMENT_MAX_BYTES: '4096', ATTACHMENT_DIR: '.local/test-attachments' },
    });
    const demo = await loadDemo(api.dataSource);
    // A bureau of this file's own: the demo's bureaus have campaign reports for years other files
    // ask for, and a unit asked for a year writes that report, not one of its own (REPORT_EXISTS).
    const ds = api.dataSource;
    const unit = await createUnit(ds, await unitById(ds, demo.unitIds.mns), {
      name: uniqueName('附件测试局'),
      level: 'county',
    });
    unitId = unit.id;
    const drafter = await createUser(ds, unit.id, ['drafter']);
    auth = `Bearer ${await tokenFor(api.http, drafter.username, FACTORY_PASSWORD)}`;
    foreignAuth = `Bearer ${await tokenFor(api.http, 'htb-drafter')}`;
  });
  afterAll(() => api?.app.close());

  async function newReport(year: number) {
    const client = reportClient(api.http, auth.slice(7));
    return (await client.create({ unitId, reportYear: year }).expect(201)).body.id as string;
  }

  it('stores a PDF, lists it, serves the same bytes, and records the upload in the audit chain', async () => {
    const id = await newReport(2012);
    const up = await api
      .http()
      .post(`/reports/${id}/attachments`)
      .set('Authorization', auth)
      .attach('file', PDF, '党组会议纪要.pdf')
      .expect(201);
    expect(up.body).toMatchObject({
      filename: '党组会议纪要.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const list = await api.http().get(`/reports/${id}/attachments`).set('Authorization', auth).expect(200);
    expect(list.body).toHaveLength(1);
    const file = await api
      .http()
      .get(`/reports/${id}/attachments/${up.body.id}/content`)
      .set('Authorization', auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    const history = await api.http().get(`/reports/${id}/history`).set('Authorization', auth).expect(200);
    expect(history.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'attach']);
    expect(history.body.chain.verified).toBe(true);
    // Another county cannot see it.
    await api.http().get(`/reports/${id}/attachments`).set('Authorization', foreignAuth).expect(404);
    await api
      .http()
      .get(`/reports/${id}/attachments/${up.body.id}/content`)
      .set('Authorization', foreignAuth)
      .expect(404);
  });

  it('refuses a file over the limit (413), a disguised type (415), and a missing file (400), storing nothing', async () => {
    const id = await newReport(2011);
    const big = Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(5000)]);
    const tooBig = await api
      .http()
      .post(`/reports/${id}/attachments`)
      .set('Authorization', auth)
      .attach('file', big, 'big.pdf')
      .expect(413);
    expect(tooBig.body.statusCode).toBe(413);
    const fake = await api
      .http()
      .post(`/reports/${id}/attachments`)
      .set('Authorization', auth)
      .attach('file', Buffer.from('MZ\x90\x00 this is an exe'), 'notes.pdf')
      .expect(415);
    expect(fake.body.error).toBe('FILE_TYPE_NOT_ALLOWED');
    await api
      .http()
      .post(`/reports/${id}/attachments`)
      .set('Authorization', auth)
      .attach('file', PDF, 'run.exe')
      .expect(415);
    const missing = await api
      .http()
      .post(`/reports/${id}/attachments`)
      .set('Authorization', auth)
      .field('x', '1')
      .expect(400);
    expect(missing.body.error).toBe('FILE_REQUIRED');
    expect((await api.http().get(`/reports/${id}/attachments`).set('Authorization', auth)).body).toEqual([]);
  });

  it('accepts attachments only while drafting', async () => {
    const id = await newReport(2010);
    await submitDraft(reportClient(api.http, auth.slice(7)), id);
    const res = await api
      .http()
      .post(`/reports/${id}/attachments`)
      .set('Authorization', auth)
      .attach('file', PDF, 'a.pdf')
      .expect(409);
    expect(res.body.error).toBe('REPORT_NOT_EDITABLE');
  });
});
