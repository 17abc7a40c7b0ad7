import { z } from 'zod/v4';
import { named } from '../http/api-response';

export const LivenessSchema = named('Liveness', z.object({ status: z.literal('ok') }));

export const ReadinessSchema = named(
  'Readiness',
  z.object({
    status: z.string(),
    details: z.record(z.string(), z.object({ status: z.string() })),
  }),
  'Each dependency (database, redis) and whether it answers',
);
