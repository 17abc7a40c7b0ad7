import { z } from 'zod/v4';
import { named } from '../http/api-response';
import { ReportSectionsSchema, StatutoryItemSchema } from '../http/shared.responses';

/** What the import of a pasted or uploaded draft answers: the five sections, and what went where. */

export const MappingEntrySchema = named(
  'MappingEntry',
  z.object({
    item: StatutoryItemSchema,
    kind: z.enum(['preamble', 'section', 'subsection', 'signature']),
    heading: z.string(),
    line: z.number().int().meta({ description: '1-based line in the input where the block starts' }),
    chars: z.number().int(),
    confidence: z.number().meta({ description: '0..1' }),
    reason: z.string().meta({ description: 'Why, in Chinese, for the drafter' }),
  }),
);

export const ImportResultSchema = named(
  'ImportResult',
  z.object({
    title: z.string().optional(),
    unitName: z.string().optional(),
    year: z.number().int().optional(),
    yearBasis: z
      .object({ source: z.enum(['title', 'body', 'date']), confidence: z.number(), reason: z.string() })
      .optional(),
    sections: ReportSectionsSchema,
    mapping: z.array(MappingEntrySchema),
    missing: z.array(StatutoryItemSchema),
    preamble: z.string().optional(),
    signature: z.string().optional(),
    removedLines: z.array(z.object({ line: z.number().int(), text: z.string() })),
  }),
);
