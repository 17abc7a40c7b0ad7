import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { createUnit, uniqueName, unitById } from '../support/factories';
import { campaignClient, login } from './campaign-helpers';

// This file's report year and units are its own.
const YEAR = 2062;

/**
 * Issuing with an Idempotency-Key: the console's 确认下发 whose answer was lost (a timeout, a second
 * click) is sent again with the same key and must issue once, answering with the same campaign.
 */
describe('issuing a campaign again with the same Idempotency-Key', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let bureau: string;
  let prefecture: ReturnType<typeof campaignClient>;
  let firstCampaign: string;

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
    const first = await issue('retry-issue-0001', notice(title)).expect(201);
    const again = await issue('retry-issue-0001', notice(title)).expect(201);
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
    // The first campaign asks the same unit: withdrawn, so this one is no duplicate of it.
    await prefecture.withdraw(firstCampaign, '重新下发').expect(200);
    const [a, b] = await Promise.all([
      issue('retry-issue-0002', notice(title)),
      issue('retry-issue-0002', notice(title)),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await campaignsTitled(title)).toHaveLength(1);
  });

  it('refuses the key for a different request', async () => {
    const reused = await issue('retry-issue-0001', notice(uniqueName('另一份通知'))).expect(422);
    expect(reused.body.error).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
