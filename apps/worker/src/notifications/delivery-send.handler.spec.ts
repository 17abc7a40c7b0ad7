import type { Clock } from '@app/common';
import type { AppConfig } from '@app/config';
import type { Delivery, DeliveryClaim, DeliveryFailure, DeliveryRepository } from '@app/notifications';
import type { Channels, OutgoingMessage } from './channels';
import { claimStaleAfterMs } from './claim-bound';
import { DeliverySendHandler } from './delivery-send.handler';

const now = new Date('2026-12-09T01:00:00Z');
const clock = { now: () => now } as Clock;
const config = { env: { WEBHOOK_TIMEOUT_MS: 5000 } } as AppConfig;
const staleAfterMs = claimStaleAfterMs(config.env);

function setUp(options: { stored: Delivery | null; channelFails?: Error; loseClaim?: boolean }) {
  const sent: OutgoingMessage[] = [];
  const failures: DeliveryFailure[] = [];
  const claims: DeliveryClaim[] = [];
  const marked: DeliveryClaim[] = [];
  const unconfirmed: Array<{ id?: number; claimedBefore: Date }> = [];
  const deliveries = {
    findById: async () => options.stored,
    claim: async (claim: DeliveryClaim) => {
      claims.push(claim);
      return !options.loseClaim;
    },
    markSent: async (claim: DeliveryClaim) => {
      marked.push(claim);
      return true;
    },
    recordFailure: async (failure: DeliveryFailure) => {
      failures.push(failure);
    },
    deadLetterUnconfirmed: async (stale: { id?: number; claimedBefore: Date }) => {
      unconfirmed.push(stale);
      return 1;
    },
  } as Pick<
    DeliveryRepository,
    'findById' | 'claim' | 'markSent' | 'recordFailure' | 'deadLetterUnconfirmed'
  > as DeliveryRepository;
  const channels = {
    send: async (message: OutgoingMessage) => {
      if (options.channelFails) throw options.channelFails;
      sent.push(message);
    },
  } as Pick<Channels, 'send'> as Channels;
  return {
    handler: new DeliverySendHandler(deliveries, channels, clock, config),
    sent,
    failures,
    claims,
    marked,
    unconfirmed,
  };
}

const pending: Delivery = {
  id: 7,
  channel: 'webhook',
  target: 'http://127.0.0.1:9/robot',
  subject: '催办：2026年度报告',
  body: '请及时办理。',
  link: null,
  status: 'pending',
  claimedAt: null,
};
const run = { deliveryId: 7, replay: 0 };

describe('DeliverySendHandler', () => {
  it('claims a pending delivery, sends it and marks it sent under the same claim', async () => {
    const { handler, sent, claims, marked } = setUp({ stored: pending });
    await expect(handler.handle(run, { jobId: 'j', attempt: 1 })).resolves.toEqual({
      status: 'done',
      detail: 'sent by webhook',
    });
    expect(sent).toEqual([expect.objectContaining({ target: pending.target, subject: pending.subject })]);
    expect(claims).toEqual([{ id: 7, token: expect.any(String), now }]);
    expect(marked).toEqual([claims[0]]);
  });

  it('sends nothing when another run won the claim', async () => {
    const { handler, sent, marked } = setUp({ stored: pending, loseClaim: true });
    await expect(handler.handle(run, { jobId: 'j', attempt: 1 })).resolves.toEqual({
      status: 'skipped',
      reason: 'another run of this job claimed it first',
    });
    expect(sent).toEqual([]);
    expect(marked).toEqual([]);
  });

  it('sends nothing when the re-read delivery was already sent (a job run twice)', async () => {
    const { handler, sent, claims } = setUp({ stored: { ...pending, status: 'sent' } });
    await expect(handler.handle(run, { jobId: 'j', attempt: 1 })).resolves.toEqual({
      status: 'skipped',
      reason: 'delivery is sent',
    });
    expect(sent).toEqual([]);
    expect(claims).toEqual([]);
  });

  it('leaves a delivery another run is sending to that run', async () => {
    const fresh = { ...pending, status: 'sending' as const, claimedAt: new Date(now.getTime() - 1000) };
    const { handler, sent, claims, unconfirmed } = setUp({ stored: fresh });
    await expect(handler.handle(run, { jobId: 'j', attempt: 2 })).resolves.toEqual({
      status: 'skipped',
      reason: 'another run of this job is sending it',
    });
    expect([sent, claims, unconfirmed]).toEqual([[], [], []]);
  });

  it('dead-letters as unconfirmed, unsent, a delivery whose sender stopped mid-send', async () => {
    const claimedAt = new Date(now.getTime() - staleAfterMs);
    const { handler, sent, unconfirmed } = setUp({ stored: { ...pending, status: 'sending', claimedAt } });
    await expect(handler.handle(run, { jobId: 'j', attempt: 2 })).resolves.toEqual({
      status: 'done',
      detail: 'dead-lettered as unconfirmed: the sender stopped mid-send',
    });
    expect(sent).toEqual([]);
    expect(unconfirmed).toEqual([{ id: 7, claimedBefore: claimedAt, now }]);
  });

  it('counts a failed attempt under its claim and throws, so the job is retried', async () => {
    const { handler, failures, claims } = setUp({
      stored: pending,
      channelFails: new Error('webhook answered 500'),
    });
    await expect(handler.handle(run, { jobId: 'j', attempt: 1 })).rejects.toThrow('webhook answered 500');
    expect(failures).toEqual([
      { id: 7, claimToken: claims[0].token, error: 'webhook answered 500', dead: false, now },
    ]);
  });

  it('dead-letters the delivery on its last attempt instead of throwing', async () => {
    const { handler, failures, claims } = setUp({
      stored: pending,
      channelFails: new Error('webhook unreachable'),
    });
    const outcome = await handler.handle(run, { jobId: 'j', attempt: 5 });
    expect(outcome).toEqual({
      status: 'done',
      detail: 'dead-lettered after 5 attempts: webhook unreachable',
    });
    expect(failures).toEqual([
      { id: 7, claimToken: claims[0].token, error: 'webhook unreachable', dead: true, now },
    ]);
  });
});
