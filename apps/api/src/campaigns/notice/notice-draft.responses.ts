import { z } from 'zod/v4';
import { named } from '../../http/api-response';

export const NoticeDraftSchema = named(
  'NoticeDraft',
  z.object({
    title: z.string().meta({ description: '关于…年度法治政府建设年度报告报送情况的通报' }),
    paragraphs: z
      .array(z.string())
      .meta({ description: 'The body, one paragraph per line, headings numbered 一、二、…' }),
    namedUnitIds: z.array(z.string()).meta({ description: 'The units the draft names' }),
  }),
  'The 通报 draft generated from the board’s facts',
);
