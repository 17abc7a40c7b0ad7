import { z } from 'zod/v4';
import { named, timestamp } from '../../http/api-response';

export const UrgeSchema = named(
  'Urge',
  z.object({
    id: z.string(),
    campaignId: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }),
    urgedAt: timestamp(),
    urgedOn: z.string().meta({ description: 'The China date of the press (one per target and day)' }),
    urgedBy: z.object({ id: z.string(), displayName: z.string() }),
    message: z.string().nullable().meta({ description: '催办说明, trimmed; null: none' }),
  }),
);
