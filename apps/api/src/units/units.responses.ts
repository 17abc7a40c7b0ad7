import { z } from 'zod/v4';
import { named } from '../http/api-response';

export const DrafterCountSchema = named(
  'DrafterCount',
  z.object({ unitId: z.string(), drafters: z.number().int() }),
  'How many active users hold the drafter role in a unit (no names)',
);
