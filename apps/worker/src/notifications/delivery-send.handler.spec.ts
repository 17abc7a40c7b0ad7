import type { Clock } from '@app/common';
import type { Delivery, DeliveryFailure, DeliveryRepository } from '@app/notifications';
import type { Channels, OutgoingMessage } from './channels';
import { DeliverySendHandler } from './delivery-send.handler';

const now = new Date('2026-12-09T01:00:00Z');
const clock = { now: () => now } as Clock;

function setUp(options: { stored: Delivery | null; channelFails?: Error }) {
  const sent: OutgoingMessage[] = [];
  const failures: DeliveryFailure[] = [];
  const marked: number[] = [];
  const deliveries = {
    findById: async () => options.stored,
    markSent: async (id: number) => {
      marked.push(id);
    },
    recordFailure: async (failure: DeliveryFailure) => {
      failures.push(failure);
    },
  } as Pick<DeliveryRepository, 'findById' | 'markSent' | 'recordFailure'> as DeliveryRepository;
  const channels = {
    send: async (message: OutgoingMessage) => {
      if (options.channelFails) throw options.channelFails;
      sent.push(message);
    },
  } as Pick<Channels, 'send'> as Channels;
  return { handler: new DeliverySendHandler(deliveries, channels, clock), sent, failures, marked };
}

const pending: Delivery = {
  id: 7,
  channel: 'webhook',
  target: 'http://127.0.0.1:9/robot',
  subject: '催办：2026年度报告',
  body: '请及时办理。',
  link: null,
  status: 'pending',
};

describe('DeliverySendHandler', () => {
  it('sends a pending delivery and marks it sent', async () => {
    const { handler, sent, marked } = setUp({ stored: pending });
    await expect(handler.handle({ deliveryId: 7, replay: 0 }, { jobId: 'j', attempt: 1 })).resolves.toEqual({
      status: 'done',
      detail: 'sent by webhook',
    });
    expect(sent).toEqual([expect.objectContaining({ target: pending.target, subject: pending.subject })]);
    expect(marked).toEqual([7]);
  });

  it('sends nothing when the re-read delivery was already sent (a job run twice)', async () => {
    const { handler, sent, marked } = setUp({ stored: { ...pending, status: 'sent' } });
    await expect(handler.handle({ deliveryId: 7, replay: 0 }, { jobId: 'j', attempt: 1 })).resolves.toEqual({
      status: 'skipped',
      reason: 'delivery is sent',
    });
    expect(sent).toEqual([]);
    expect(marked).toEqual([]);
  });

  it('counts a failed attempt and throws, so the job is retried', async () => {
    const { handler, failures } = setUp({ stored: pending, channelFails: new Error('webhook answered 500') });
    await expect(handler.handle({ deliveryId: 7, replay: 0 }, { jobId: 'j', attempt: 1 })).rejects.toThrow(
      'webhook answered 500',
    );
    expect(failures).toEqual([{ id: 7, error: 'webhook answered 500', dead: false, now }]);
  });

  it('dead-letters the delivery on its last attempt instead of throwing', async () => {
    const { handler, failures } = setUp({ stored: pending, channelFails: new Error('webhook unreachable') });
    const outcome = await handler.handle({ deliveryId: 7, replay: 0 }, { jobId: 'j', attempt: 5 });
    expect(outcome).toEqual({
      status: 'done',
      detail: 'dead-lettered after 5 attempts: webhook unreachable',
    });
    expect(failures).toEqual([{ id: 7, error: 'webhook unreachable', dead: true, now }]);
  });
});
