// The notifications table's one writer on a real database: a text too long for its column is cut
// with an ellipsis by fitText (never silently by MySQL), and a key is delivered once.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { DeliveryRepository, NotificationRepository } from '@app/notifications';
import { buildDataSourceOptions, Database } from '@app/persistence';
import { createUnit, createUser } from '../support/factories';

describe('NotificationRepository', () => {
  let dataSource: DataSource;
  let db: Database;
  let notifications: NotificationRepository;
  let userId: string;
  let unitId: string;
  const now = new Date('2026-12-09T01:00:00Z');

  beforeAll(async () => {
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env }, '')),
    ).initialize();
    db = new Database(dataSource);
    notifications = new NotificationRepository(db);
    unitId = (await createUnit(dataSource, null)).id;
    userId = (await createUser(dataSource, unitId, ['drafter'])).id;
  });
  afterAll(() => dataSource?.destroy());

  it('stores a too-long title and body cut to their columns, each ending with an ellipsis', async () => {
    const title = `催办：${'某县交通运输局2026年度法治政府建设年度报告'.repeat(12)}`;
    const body = '请及时办理。'.repeat(400);
    const message = {
      userId,
      kind: 'reminder',
      reportId: null,
      title,
      body,
      dedupKey: `long-${randomUUID()}`,
    };
    await expect(notifications.deliver([message], now)).resolves.toBe(1);
    const [stored] = await notifications.inbox({ userId, unreadOnly: false, limit: 1 });
    expect(Array.from(stored.title)).toHaveLength(200);
    expect(stored.title).toBe(`${Array.from(title).slice(0, 199).join('')}…`);
    expect(Array.from(stored.body)).toHaveLength(2000);
    expect(stored.body.endsWith('…')).toBe(true);
  });

  it('delivers a key once: the same message again inserts nothing', async () => {
    const message = {
      userId,
      kind: 'reminder',
      reportId: null,
      title: '催办',
      body: '请及时办理。',
      dedupKey: `once-${randomUUID()}`,
    };
    await expect(notifications.deliver([message], now)).resolves.toBe(1);
    await expect(notifications.deliver([message, message], now)).resolves.toBe(0);
  });

  it('marks only my own notification read, and counts what is unread', async () => {
    const other = (await createUser(dataSource, unitId, ['drafter'])).id;
    await notifications.deliver(
      [
        {
          userId: other,
          kind: 'reminder',
          reportId: null,
          title: '催办',
          body: '…',
          dedupKey: `mine-${randomUUID()}`,
        },
      ],
      now,
    );
    const [theirs] = await notifications.inbox({ userId: other, unreadOnly: true, limit: 5 });
    await expect(notifications.markRead({ id: theirs.id, userId, now })).resolves.toBe(false);
    await expect(notifications.unreadCount(other)).resolves.toBe(1);
    await expect(notifications.markRead({ id: theirs.id, userId: other, now })).resolves.toBe(true);
    await expect(notifications.unreadCount(other)).resolves.toBe(0);
    // Marking it again keeps the first time and still answers "yours".
    await expect(
      notifications.markRead({ id: theirs.id, userId: other, now: new Date('2026-12-10T01:00:00Z') }),
    ).resolves.toBe(true);
    const [read] = await notifications.inbox({ userId: other, unreadOnly: false, limit: 1 });
    expect(read.readAt).toEqual(now);
  });
});

describe('DeliveryRepository', () => {
  let dataSource: DataSource;
  let db: Database;
  let deliveries: DeliveryRepository;
  let unitId: string;
  const now = new Date('2026-12-09T01:00:00Z');

  beforeAll(async () => {
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env }, '')),
    ).initialize();
    db = new Database(dataSource);
    deliveries = new DeliveryRepository(db);
    unitId = (await createUnit(dataSource, null)).id;
  });
  afterAll(() => dataSource?.destroy());

  it('stores a delivery once per key, its subject cut with an ellipsis, and dead-letters it on the last failure', async () => {
    const delivery = {
      dedupKey: `hook-${randomUUID()}`,
      channel: 'webhook' as const,
      target: 'http://127.0.0.1:9/robot',
      userId: null,
      unitId,
      reportId: randomUUID(),
      subject: '督办：'.repeat(100),
      body: '已超期，请及时办理。',
      link: null,
    };
    const id = await db.transaction(() => deliveries.insertIfNew(delivery, now));
    expect(id).toEqual(expect.any(Number));
    await expect(db.transaction(() => deliveries.insertIfNew(delivery, now))).resolves.toBeNull();
    const stored = await deliveries.findById(id!);
    expect(Array.from(stored!.subject)).toHaveLength(200);
    expect(stored!.subject.endsWith('…')).toBe(true);
    const first = { id: id!, token: randomUUID(), now };
    await expect(deliveries.claim(first)).resolves.toBe(true);
    // The same delivery is claimed once: a second run gets nothing to send.
    await expect(deliveries.claim({ ...first, token: randomUUID() })).resolves.toBe(false);
    await expect(deliveries.findById(id!)).resolves.toMatchObject({ status: 'sending', claimedAt: now });
    await deliveries.recordFailure({
      id: id!,
      claimToken: first.token,
      error: 'webhook unreachable',
      dead: false,
      now,
    });
    await expect(deliveries.findById(id!)).resolves.toMatchObject({ status: 'pending' });
    const second = { id: id!, token: randomUUID(), now };
    await expect(deliveries.claim(second)).resolves.toBe(true);
    await deliveries.recordFailure({
      id: id!,
      claimToken: second.token,
      error: 'webhook unreachable',
      dead: true,
      now,
    });
    await expect(deliveries.findById(id!)).resolves.toMatchObject({ status: 'dead' });
    // A dead delivery is not marked sent by a late job.
    await expect(deliveries.markSent(second)).resolves.toBe(false);
    await expect(deliveries.findById(id!)).resolves.toMatchObject({ status: 'dead' });
  });
});
