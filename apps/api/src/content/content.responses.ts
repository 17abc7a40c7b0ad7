import { z } from 'zod/v4';
import { named } from '../http/api-response';
import { ReportSectionsSchema, StatutoryItemSchema } from '../http/shared.responses';
import { FindingSchema } from '../reports/reports.responses';

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
    title: z.string().optional().meta({
      description:
        "The report's title, for the title field (joined when split over two lines); its lines are in no section",
    }),
    unitName: z.string().optional(),
    year: z.number().int().optional(),
    yearBasis: z
      .object({ source: z.enum(['title', 'body', 'date']), confidence: z.number(), reason: z.string() })
      .optional(),
    sections: ReportSectionsSchema,
    mapping: z.array(MappingEntrySchema),
    missing: z.array(StatutoryItemSchema),
    preamble: z.string().optional().meta({
      description: 'The text before the first heading but the title, kept at the start of sections.measures',
    }),
    signature: z.string().optional(),
    removedLines: z.array(z.object({ line: z.number().int(), text: z.string() })),
    notices: z.array(FindingSchema).meta({
      description:
        'For the drafter before applying: title_moved (info), preamble_sender_lines (warning: 报送单位, 发布时间 or a ' +
        'date before the first heading, kept at the start of item 1 to delete), preamble_kept (info: addressee and ' +
        'introduction kept at the start of item 1, printed before 一、); location points into sections.measures',
    }),
  }),
);
