import { z } from 'zod/v4';
import { named, timestamp } from '../http/api-response';

export const NotificationSchema = named(
  'Notification',
  z.object({
    id: z.number().int(),
    kind: z
      .string()
      .meta({ description: 'action_required, returned, reminder, escalation, campaign_issued, …' }),
    reportId: z.string().nullable(),
    campaignId: z.string().nullable().meta({
      description:
        'The campaign it is about, when one (notice_issued: open its 通报; extension_requested: decide it on the campaign’s 延期申请)',
    }),
    title: z.string(),
    body: z.string(),
    createdAt: timestamp(),
    readAt: timestamp().nullable(),
  }),
  'A message in my notification list (站内通知)',
);

export const UnreadCountSchema = named('UnreadCount', z.object({ unread: z.number().int() }));
