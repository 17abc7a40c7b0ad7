import { z } from 'zod/v4';
import { named } from '../http/api-response';

export const SelfCheckSchema = named(
  'SelfCheck',
  z.object({
    id: z.string(),
    requestedAt: z.string(),
    processedAt: z.string().nullable(),
    processedBy: z.string().nullable(),
  }),
  'A round trip API → outbox → Redis → worker → database; processedAt is set when the worker answered',
);
