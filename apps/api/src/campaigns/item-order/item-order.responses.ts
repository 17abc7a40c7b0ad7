import { z } from 'zod/v4';
import { named } from '../../http/api-response';

export const CampaignItemOrderSchema = named(
  'CampaignItemOrder',
  z.object({
    itemOrder: z.array(z.number().int()).describe('The order the five items are printed in'),
    isStatutory: z.boolean().describe('true: the regulation’s 1,2,3,4,5'),
    version: z.number().int().describe('expectedVersion for the next PUT'),
    changeable: z
      .boolean()
      .describe('false once a report has been dispatched to the campaign, or the campaign was withdrawn'),
    lockedBecause: z
      .enum(['dispatched', 'withdrawn'])
      .nullable()
      .describe('Why it no longer changes; null while it may'),
    dispatched: z.number().int().describe('How many reports have been dispatched to the campaign'),
  }),
  "A campaign's item order (#18 item 7): the order its reports' exports print the five items in",
);
