import { z } from 'zod/v4';
import { named } from '../http/api-response';
import { DISCLOSURE_COLUMNS } from './board-measures';

/** The board's two lateness measures and its disclosure column (board-measures.ts). */

const localDate = () => z.string().meta({ format: 'date' });

const LatenessMeasureSchema = z.object({
  dueDate: localDate(),
  onTime: z.boolean().nullable(),
  workingDaysLate: z.number().int().nullable(),
});

export const LatenessSchema = named(
  'Lateness',
  z.object({
    againstNotice: LatenessMeasureSchema.meta({
      description: "Against the notice's date (original_due_date): an extension never changes it",
    }),
    againstExtended: LatenessMeasureSchema.meta({ description: 'Against the due date after extensions' }),
  }),
  'Both lateness measures of a submission; onTime null while not submitted',
);

export const DisclosureColumnSchema = named(
  'DisclosureColumn',
  z.enum(DISCLOSURE_COLUMNS),
  '已公开 / 未公开 / 逾期未公开',
);

export const BoardDisclosureSchema = named(
  'BoardDisclosure',
  z.object({
    column: DisclosureColumnSchema,
    dueDate: localDate(),
    publishedOn: localDate().nullable(),
    publishedLate: z.boolean().nullable(),
    url: z.string().nullable(),
  }),
);

export const MeasureTotalsSchema = named(
  'BoardMeasureTotals',
  z.object({
    onTimeRateAgainstNotice: z.number().nullable(),
    onTimeRateAgainstExtended: z.number().nullable(),
    submittedLateAgainstNotice: z.number().int(),
    submittedLateAgainstExtended: z.number().int(),
    published: z.number().int(),
    publishedLate: z.number().int(),
    notPublished: z.number().int(),
    overdueUnpublished: z.number().int(),
  }),
  "The board's own rows: on-time rates by both measures, disclosure counts",
);
