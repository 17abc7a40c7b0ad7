import { randomBytes } from 'node:crypto';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { createUnit, uniqueName, unitById } from '../support/factories';
import { campaignClient, login } from './campaign-helpers';

// This file's report year and units are its own; its keys too (a key is kept per user for good).
const YEAR = 2062;
const RUN = randomBytes(6).toString('hex');

/**
 * Issuing with an Idempotency-Key: the console's 确认下发 whose answer was lost (a timeout, a second
 * click) is sent again with the same key and must issue once, answering with the same campaign.
 */
describe('issuing a campaign again with the same Idempotency-Key', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let bureau: string;
  let prefecture: ReturnType<typeof campaignClient>;
  let firstCampaign: string;
  let lastTitle: string;

  beforeAll(async () => {
    api = await startApi();
    const demo = await loadDemo(api.dataSource);
    const yl = await unitById(api.dataSource, demo.unitIds.yl);
    bureau = (await createUnit(api.dataSource, yl, { name: uniqueName('重试州财政局'), level: 'prefecture' }))
      .id;
    prefecture = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const notice = (title: string) => ({
    reportYear: YEAR,
    title,
    body: '请按时报送。',
    targets: { unitIds: [bureau] },
  });
  const issue = (key: string, body: object) =>
    api.http().post('/campaigns').set(prefecture.auth).set('Idempotency-Key', key).send(body);
  const campaignsTitled = async (title: string) =>
    (await api.dataSource.query('SELECT id FROM campaigns WHERE title = ?', [title])) as Array<{
      id: string;
    }>;

  it('answers a retry with the campaign the first request issued, and issues nothing more', async () => {
    const title = uniqueName('关于报送年度报告的通知');
    const first = await issue(`retry-${RUN}-1`, notice(title)).expect(201);
    const again = await issue(`retry-${RUN}-1`, notice(title)).expect(201);
    expect(again.body.id).toBe(first.body.id);
    firstCampaign = first.body.id;
    expect(again.body).toMatchObject({ targetCount: 1, notice: { title } });
    expect(await campaignsTitled(title)).toEqual([{ id: first.body.id }]);
    // Without the key the same request is the duplicate it is.
    const plain = await api.http().post('/campaigns').set(prefecture.auth).send(notice(title)).expect(409);
    expect(plain.body.error).toBe('CAMPAIGN_DUPLICATE');
  });

  it('issues once when the same request is sent twice at the same moment', async () => {
    const title = uniqueName('关于报送年度报告的通知');
    lastTitle = title;
    // The first campaign asks the same unit: withdrawn, so this one is no duplicate of it.
    await prefecture.withdraw(firstCampaign, '重新下发').expect(200);
    const [a, b] = await Promise.all([
      issue(`retry-${RUN}-2`, notice(title)),
      issue(`retry-${RUN}-2`, notice(title)),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await campaignsTitled(title)).toHaveLength(1);
  });

  it('issues once when identical requests without a key arrive together: the others are duplicates', async () => {
    const title = uniqueName('关于报送年度报告的通知');
    // The campaign of the test before asks the same unit: withdrawn, so these race on their own.
    const before = await campaignsTitled(lastTitle);
    await prefecture.withdraw(before[0].id, '重新下发').expect(200);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => api.http().post('/campaigns').set(prefecture.auth).send(notice(title))),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error === 'CAMPAIGN_DUPLICATE')).toBe(
      true,
    );
    expect(await campaignsTitled(title)).toHaveLength(1);
  });

  it('tells keys apart by case: they are two keys', async () => {
    // A unit of its own: the campaigns above still ask the first one.
    const yl = await unitById(api.dataSource, (await loadDemo(api.dataSource)).unitIds.yl);
    const other = await createUnit(api.dataSource, yl, {
      name: uniqueName('大小写州审计局'),
      level: 'prefecture',
    });
    const to = (title: string) => ({ ...notice(title), targets: { unitIds: [other.id] } });
    const upper = await issue(`case-${RUN}-KEY`, to(uniqueName('关于报送年度报告的通知'))).expect(201);
    await prefecture.withdraw(upper.body.id, '重新下发').expect(200);
    const lower = await issue(`case-${RUN}-key`, to(uniqueName('关于报送年度报告的通知'))).expect(201);
    expect(lower.body.id).not.toBe(upper.body.id);
  });

  it('refuses the key for a different request', async () => {
    const reused = await issue(`retry-${RUN}-1`, notice(uniqueName('另一份通知'))).expect(422);
    expect(reused.body.error).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
