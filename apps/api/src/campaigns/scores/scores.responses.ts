import { z } from 'zod/v4';
import { named } from '../../http/api-response';

export const ScoringRuleSchema = named(
  'ScoringRule',
  z.object({
    basePoints: z.number().int(),
    perWorkingDayLate: z.number().int(),
    notSubmitted: z.number().int(),
    notPublishedByDisclosureDate: z.number().int(),
    perMissingItem: z.number().int(),
    perReturnBeyondFirst: z.number().int(),
  }),
  '评分规则: base points and what each fact costs (docs/campaigns.md)',
);

export const CampaignScoringRuleSchema = named(
  'CampaignScoringRule',
  z.object({
    rule: ScoringRuleSchema,
    isDefault: z.boolean().meta({ description: 'true: the campaign scores by the documented default' }),
    version: z.number().int().meta({ description: 'expectedVersion for the next PUT' }),
  }),
);
